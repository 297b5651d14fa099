/**
 * Lit templates rendered by @lit-labs/ssr in tests/node/ssr-bindings.test.mjs
 * and hydrated from this same module in Chromium (hydration needs the very
 * template the server rendered): property bindings, `messages`, a failing image.
 */
import { html } from 'lit';

export const items = [
  { title: 'Seoul adds shipping firms to its sanctions list', url: '/news/seoul-sanctions' },
  { title: 'Freight traffic rises on the Khasan–Rajin rail link', url: '/news/rail-link' },
];

export const authors = [{ name: 'Newsroom staff', url: '/authors/newsroom' }];

export const templates = {
  /** Rich properties bound as properties, as a Lit app writes them. */
  bindings: () =>
    html`<lede-article-header lang="en" .authors=${authors} published="2024-03-19T17:17:00Z"><h1>North Korea has sent Russia munitions</h1></lede-article-header><lede-related-content lang="en" .items=${items}></lede-related-content>`,
  /** Labels overridden through the messages attribute, as a CMS writes them. */
  messages: () =>
    html`<lede-related-content lang="en" messages='{"relatedContent":"More on this story"}' items='[{"title":"Seoul adds shipping firms to its sanctions list","url":"/news/seoul-sanctions"}]'></lede-related-content><lede-live-banner lang="en" topic="Election night" messages='{"live":"Breaking"}'>Results as they come in</lede-live-banner>`,
  /** Images that fail before the element's script runs: one as most CMSs write it, one already in slot="image". */
  brokenImage: () =>
    html`<lede-captioned-image lang="en" credit="Reuters"><img src="/missing/freight-yard.jpg" alt="Containers in a freight yard" width="1200" height="800">Most of the cargo now goes by rail.</lede-captioned-image><lede-captioned-image lang="en" credit="AP"><img slot="image" src="/missing/port.jpg" alt="A port at dusk" width="1200" height="800">The port of Rajin.</lede-captioned-image>`,
};
