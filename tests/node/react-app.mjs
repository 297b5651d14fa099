/**
 * One React app, rendered on the server by tests/node/react.test.mjs and
 * hydrated by the same module in the browser: the Lede wrappers with rich
 * properties (items, authors, messages) and event props.
 */
import { createElement as h } from 'react';
import { LedeArticleHeader, LedeCaptionedImage, LedeLiveBanner, LedeQuoteBlock, LedeRelatedContent } from '../../dist/react/index.js';

export const items = [
  { title: 'Seoul adds shipping firms to its sanctions list', url: '/news/seoul-sanctions' },
  { title: 'Freight traffic rises on the Khasan–Rajin rail link', url: '/news/rail-link' },
];

export function App({ onSelect, related = items }) {
  return h(
    'main',
    null,
    h(
      LedeArticleHeader,
      {
        kicker: 'News',
        published: '2024-03-19T17:17:00Z',
        timeZone: 'America/New_York',
        authors: [{ name: 'Newsroom staff', url: '/authors/newsroom' }],
        messages: { by: 'Reported by' },
      },
      h('h1', null, 'North Korea has sent Russia munitions, Seoul says'),
    ),
    h(
      LedeCaptionedImage,
      { credit: 'East News' },
      // slot and loading written as the element would set them: React's hydration wants the <img> as it rendered it.
      h('img', { slot: 'image', loading: 'lazy', src: '/demo/assets/freight-yard.svg', alt: 'Containers in a freight yard', width: 1200, height: 800 }),
      'Most of the cargo now goes by rail.',
    ),
    h(LedeQuoteBlock, { speaker: 'Shin Won-sik' }, h('p', null, 'It is very likely they were being given a last test.')),
    h(LedeRelatedContent, { items: related, layout: 'compact', onLedeRelatedSelect: onSelect }),
    h(LedeLiveBanner, { topic: 'War in Ukraine', href: '/live/war-in-ukraine' }, 'Follow our live coverage'),
    // Inputs given only as props: the element has nothing until the wrapper sets them (no false "missing" warning).
    h(LedeLiveBanner, { topic: 'Election night', href: '/live/election' }),
    h(LedeCaptionedImage, { src: '/demo/assets/freight-yard.svg', alt: 'A freight yard', width: '1200', height: '800', caption: 'By rail.' }),
  );
}
