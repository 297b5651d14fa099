/// <reference types="lede-elements/jsx/preact" />
// Preact JSX: the tags with their properties, attributes and typed `onlede-*` handlers.
import type { RelatedItem } from 'lede-elements';

const related: RelatedItem[] = [{ title: 'Freight traffic rises on the Khasan–Rajin rail link', url: '/news/rail-link' }];

export const article = (
  <article class="story">
    <lede-article-header kicker="World" authors='[{"name":"Jane Doe"}]' relative-until="24h" />
    <lede-captioned-image src="/yard.jpg" alt="A freight yard" aspect-ratio="3/2" zoomable onlede-image-error={(event) => console.log(event.src)} />
    <lede-quote-block speaker="Shin Won-sik" speaker-title="Minister" variant="block" />
    <lede-related-content items={related} heading="More on this story" layout="list" onlede-related-select={(event) => console.log(event.item.url, event.source)} />
    <lede-live-banner topic="Election night" dismissible dismiss-key="election" onlede-live-end={(event) => console.log(event.type)} />

    {/* @ts-expect-error layout is list, grid or compact */}
    <lede-related-content layout="cards" />
    {/* @ts-expect-error an item's url is text */}
    <lede-related-content items={[{ title: 'A', url: 42 }]} />
    {/* @ts-expect-error state is live or ended */}
    <lede-live-banner state="paused" />
    {/* @ts-expect-error the image error event has no item */}
    <lede-captioned-image onlede-image-error={(event) => event.item} />
  </article>
);
