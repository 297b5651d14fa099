// lede-elements/react: the wrappers' props are the elements' properties, and events are onLede… props.
import { LedeArticleHeader, LedeLiveBanner, LedeRelatedContent, type RelatedItem } from 'lede-elements/react';

const items: RelatedItem[] = [{ title: 'Seoul adds shipping firms to its sanctions list', url: '/news/seoul-sanctions' }];

export const page = (
  <>
    <LedeArticleHeader kicker="News" authors={[{ name: 'Newsroom staff' }]} messages={{ by: 'Reported by' }} />
    <LedeRelatedContent items={items} layout="grid" headingLevel={3} onLedeRelatedSelect={(event) => console.log(event.item.title, event.position)} />
    <LedeLiveBanner topic="War in Ukraine" onLedeLiveUpdate={(event) => console.log(event.updates.length)} onLedeDismiss={(event) => console.log(event.key)} />

    {/* @ts-expect-error layout is list, grid or compact */}
    <LedeRelatedContent layout="carousel" />
    {/* @ts-expect-error an item's title is text */}
    <LedeRelatedContent items={[{ title: 1, url: '/a' }]} />
    {/* @ts-expect-error the select event's item has no headline */}
    <LedeRelatedContent onLedeRelatedSelect={(event) => event.item.headline} />
  </>
);
