import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/related-content/lede-related-content.js';
import type { RelatedItem } from '../src/components/related-content/related-content.js';
import { sampleArticle } from './sample-article.js';
import { languageControls } from './controls.js';

/** Static feeds served with Storybook from stories/assets/related-content/. */
const ASSETS = 'assets/related-content/';

const { related } = sampleArticle;
const items: RelatedItem[] = related.map((item, i) => ({
  ...item,
  image: `${ASSETS}${['ship', 'rail', 'shell'][i % 3]}.svg`,
}));

interface RelatedArgs {
  source: 'html' | 'items' | 'json-feed' | 'rss' | 'atom';
  layout: 'list' | 'grid' | 'compact';
  heading: string;
  'heading-level': number;
  max: number | undefined;
  width: number;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const FEEDS: Record<string, string> = { 'json-feed': 'feed.json', rss: 'rss.xml', atom: 'atom.xml' };

const meta: Meta<RelatedArgs> = {
  title: 'Components/Related content',
  component: 'lede-related-content',
  args: {
    source: 'html',
    layout: 'list',
    heading: '',
    'heading-level': 2,
    max: undefined,
    width: 640,
    lang: 'en',
    dir: 'ltr',
  },
  argTypes: {
    source: {
      control: 'select',
      options: ['html', 'items', 'json-feed', 'rss', 'atom'],
      description: 'Where the list comes from: the CMS’s light-DOM <ul>, the items property, or a feed (src).',
    },
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    max: { control: { type: 'number', min: 1 } },
    width: { control: { type: 'range', min: 200, max: 1000, step: 20 }, description: 'Width of the container: the layout adapts to it (container queries).' },
    ...languageControls(),
  },
  render: (args) => html`
    <div lang=${args.lang} dir=${args.dir} style="max-inline-size: ${args.width}px">
      <lede-related-content
        layout=${args.layout}
        heading=${ifDefined(args.heading || undefined)}
        heading-level=${args['heading-level']}
        max=${ifDefined(args.max ?? undefined)}
        src=${ifDefined(FEEDS[args.source] ? `${ASSETS}${FEEDS[args.source]}` : undefined)}
        .items=${args.source === 'items' ? items : []}
      >
        ${args.source === 'items'
          ? ''
          : html`<ul>
              ${related.map(
                (item) => html`<li>
                  <a href=${item.url}>${item.title}</a>
                  <span data-kicker>${item.kicker}</span>
                  <time datetime=${item.published}>${item.published.slice(0, 10)}</time>
                </li>`,
              )}
            </ul>`}
      </lede-related-content>
    </div>
  `,
};
export default meta;

type Story = StoryObj<RelatedArgs>;

/** The CMS writes a plain <ul> of links (works without JavaScript); the element renders it as data. */
export const FromHtml: Story = {};

/** Script-driven: the `items` property, with thumbnails, kickers and dates. */
export const FromItems: Story = { args: { source: 'items' } };

/** The `items` JSON attribute. */
export const FromJsonAttribute: Story = {
  render: () => html`<lede-related-content items=${JSON.stringify(related.slice(0, 2))}></lede-related-content>`,
};

/** A JSON Feed 1.1 (`src`), fetched when the element comes near the viewport; the CMS list shows until it arrives. */
export const FromJsonFeed: Story = { args: { source: 'json-feed' } };

/** An RSS 2.0 feed with Media RSS thumbnails. */
export const FromRss: Story = { args: { source: 'rss' } };

/** An Atom 1.0 feed. */
export const FromAtom: Story = { args: { source: 'atom' } };

/** Cards in as many columns as fit the container. */
export const Grid: Story = { args: { source: 'json-feed', layout: 'grid', width: 960 } };

/** The same grid in a narrow sidebar: one column, thumbnails beside the titles. */
export const GridInSidebar: Story = { args: { source: 'json-feed', layout: 'grid', width: 300 } };

/** Titles only, on tight lines, for sidebars. */
export const Compact: Story = { args: { source: 'items', layout: 'compact', width: 320, heading: 'Most read', 'heading-level': 3 } };

/** At most two items. */
export const Max: Story = { args: { source: 'items', max: 2 } };

/** German heading and dates from `lang="de"`. */
export const German: Story = { args: { source: 'items', lang: 'de' } };

const arabic: RelatedItem[] = [
  ['سيول تضيف شركات شحن إلى قائمة عقوباتها', 'عقوبات'],
  ['ارتفاع حركة الشحن على خط سكة حديد خاسان-راجين', 'لوجستيات'],
  ['تحليل: إلى متى تكفي مخزونات المدفعية الروسية؟', 'تحليل'],
].map(([title, kicker], i) => ({ ...items[i]!, title: title!, kicker }));

/** Right to left, in Arabic: thumbnails and rules mirror; heading and dates follow `lang="ar"`. */
export const Arabic: Story = {
  render: () => html`
    <div lang="ar" dir="rtl" style="max-inline-size: 640px">
      <lede-related-content .items=${arabic}></lede-related-content>
    </div>
  `,
};

/** An empty feed and nothing else to list: no heading, and the CMS’s fallback content stays. */
export const EmptyWithFallback: Story = {
  render: () => html`<lede-related-content src="${ASSETS}empty.json"><p>More in <a href="/news/">News</a>.</p></lede-related-content>`,
};

/** Themed with tokens set on an ancestor. */
export const Themed: Story = {
  render: () => html`
    <div style="--lede-accent-color: #0b6e4f; --lede-related-heading-font-size: 1.5em; --lede-font-family: Georgia, serif; max-inline-size: 40rem">
      <lede-related-content .items=${items}></lede-related-content>
    </div>
  `,
};

/** A `javascript:` link is dropped (see the console warning); the rest renders. */
export const UnsafeLink: Story = {
  render: () => html`<lede-related-content .items=${[{ title: 'Unsafe', url: 'javascript:alert(1)' }, ...related]}></lede-related-content>`,
};
