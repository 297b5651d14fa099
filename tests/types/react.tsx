/// <reference types="lede-elements/jsx/react" />
// React 19 JSX: every Lede tag type-checks with its attributes, properties and events.
import type { LedeRelatedSelectEvent, RelatedItem } from 'lede-elements';

const items: RelatedItem[] = [{ title: 'Seoul adds shipping firms to its sanctions list', url: '/news/seoul-sanctions' }];

export const page = (
  <>
    <lede-article-header
      kicker="News"
      kicker-href="/news/"
      published="2024-03-19T17:17:00Z"
      time-zone="America/New_York"
      authors={[{ name: 'Newsroom staff', url: '/authors/newsroom' }]}
      headline-level={2}
      messages={{ by: 'Von' }}
    >
      <h1>Headline</h1>
    </lede-article-header>
    <lede-captioned-image credit="Reuters" loading="eager" priority onlede-image-error={(event) => console.log(event.src)}>
      <img src="/a.jpg" alt="" width="1200" height="800" />
    </lede-captioned-image>
    <lede-quote-block speaker="Shin Won-sik" variant="pull" />
    <lede-related-content
      items={items}
      layout="grid"
      heading-level="3"
      max={4}
      include-current
      onlede-related-select={(event) => {
        const title: string = event.item.title;
        const position: number = event.position;
        console.log(title, position, event.source satisfies 'content' | 'items' | 'feed');
      }}
      className="related"
      ref={(element) => void element?.items}
    />
    <lede-related-content items='[{"title":"JSON text is accepted too","url":"/a"}]' />
    <lede-live-banner topic="War in Ukraine" state="ended" interval={30} onlede-live-update={(event) => console.log(event.updates.length)} onlede-dismiss={(event) => console.log(event.key)} />

    {/* @ts-expect-error layout is list, grid or compact */}
    <lede-related-content layout="carousel" />
    {/* @ts-expect-error an item's title is text */}
    <lede-related-content items={[{ title: 1, url: '/a' }]} />
    {/* @ts-expect-error an item needs its url */}
    <lede-related-content items={[{ title: 'No link' }]} />
    {/* @ts-expect-error variant is block or pull */}
    <lede-quote-block variant="big" />
    {/* @ts-expect-error loading is lazy or eager */}
    <lede-captioned-image loading="auto" />
    {/* @ts-expect-error an author has a name */}
    <lede-article-header authors={[{ url: '/authors/x' }]} />
    {/* @ts-expect-error the handler gets the select event, whose item has no such field */}
    <lede-related-content onlede-related-select={(event: LedeRelatedSelectEvent) => event.item.headline} />
    {/* @ts-expect-error an unknown tag */}
    <lede-unknown-element />
  </>
);
