import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/article-header/lede-article-header.js';
import { sampleArticle } from './sample-article.js';
import { languageControls } from './controls.js';

const { kicker, kickerHref, headline, standfirst, published, timeZone } = sampleArticle;

interface HeaderArgs {
  kicker: string;
  'kicker-href': string;
  /** Written as a light-DOM <h1> when `headlineFrom` is "slot", as the attribute otherwise. */
  headline: string;
  headlineFrom: 'slot' | 'attribute';
  'headline-level': number;
  standfirst: string;
  authors: string;
  published: string;
  updated: string;
  'time-zone': string;
  relative: boolean;
  'relative-until': string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const minutesAgo = (minutes: number): string => new Date(Date.now() - minutes * 60_000).toISOString();

const meta: Meta<HeaderArgs> = {
  title: 'Components/Article header',
  component: 'lede-article-header',
  args: {
    kicker,
    'kicker-href': kickerHref,
    headline,
    headlineFrom: 'slot',
    'headline-level': 1,
    standfirst,
    authors: JSON.stringify([{ name: 'Newsroom staff', url: '/authors/newsroom' }]),
    published,
    updated: '',
    'time-zone': timeZone,
    relative: false,
    'relative-until': '',
    lang: 'en-US',
    dir: 'ltr',
  },
  argTypes: {
    headline: { control: 'text', description: 'The headline: a light-DOM <h1>, or the headline attribute (see headlineFrom).' },
    headlineFrom: { control: 'inline-radio', options: ['slot', 'attribute'] },
    'headline-level': { control: { type: 'number', min: 1, max: 6 } },
    standfirst: { control: 'text', description: 'The standfirst, written as a light-DOM <p slot="standfirst">.' },
    authors: { control: 'text', description: 'JSON array of { name, url? }.' },
    published: { control: 'text' },
    updated: { control: 'text' },
    'time-zone': { control: 'select', options: ['', 'America/New_York', 'Europe/Warsaw', 'Europe/Berlin', 'Africa/Cairo', 'Asia/Seoul', 'UTC'] },
    relative: { control: 'boolean' },
    'relative-until': { control: 'text' },
    ...languageControls(['en-US', 'en-GB', 'pl', 'de', 'fr', 'es', 'uk', 'ko', 'ar-EG']),
  },
  render: (args) => html`
    <article lang=${args.lang} dir=${args.dir} style="max-inline-size: 42rem">
      <lede-article-header
        kicker=${ifDefined(args.kicker || undefined)}
        kicker-href=${ifDefined(args['kicker-href'] || undefined)}
        headline=${ifDefined(args.headlineFrom === 'attribute' ? args.headline : undefined)}
        headline-level=${ifDefined(args.headlineFrom === 'attribute' ? args['headline-level'] : undefined)}
        authors=${ifDefined(args.authors || undefined)}
        published=${ifDefined(args.published || undefined)}
        updated=${ifDefined(args.updated || undefined)}
        time-zone=${ifDefined(args['time-zone'] || undefined)}
        relative-until=${ifDefined(args['relative-until'] || undefined)}
        ?relative=${args.relative}
      >
        ${args.headlineFrom === 'slot' && args.headline ? html`<h1>${args.headline}</h1>` : nothing}
        ${args.standfirst ? html`<p slot="standfirst">${args.standfirst}</p>` : nothing}
      </lede-article-header>
    </article>
  `,
};
export default meta;

type Story = StoryObj<HeaderArgs>;

/** As the CMS writes it: light-DOM `<h1>` and standfirst, New York time with its abbreviation. */
export const Default: Story = {};

/** Several authors, joined in the locale's list style, some linked. */
export const SeveralAuthors: Story = {
  args: {
    authors: JSON.stringify([
      { name: 'Jane Doe', url: '/authors/jane-doe' },
      { name: 'Kim Min-jun', url: '/authors/kim-min-jun' },
      { name: 'Agency staff' },
    ]),
  },
};

/** Updated after publication: "Updated …" follows the publication time. */
export const Updated: Story = { args: { updated: '2024-03-19T20:05:00Z' } };

/** Relative times ("5 minutes ago"), refreshed while visible; hover or focus a time for the exact one. */
export const Relative: Story = { args: { relative: true, published: minutesAgo(5), updated: minutesAgo(1) } };

/** Relative only under a threshold: this story is two hours old, under `relative-until="24h"`. */
export const RelativeUntil: Story = { args: { 'relative-until': '24h', published: minutesAgo(120) } };

/** Older than the threshold: the exact time again. */
export const BeyondThreshold: Story = { args: { 'relative-until': '24h' } };

/** Without `time-zone`: the reader's own zone. */
export const ReadersTimeZone: Story = { args: { 'time-zone': '' } };

/** Script-driven: the headline and standfirst from attributes, rendered as a real heading in the shadow DOM. */
export const FromAttributes: Story = {
  args: { headlineFrom: 'attribute' },
  render: (args) => html`
    <article style="max-inline-size: 42rem" lang=${args.lang}>
      <lede-article-header
        kicker=${args.kicker}
        kicker-href=${args['kicker-href']}
        headline=${args.headline}
        headline-level=${args['headline-level']}
        standfirst=${args.standfirst}
        authors=${args.authors}
        published=${args.published}
        time-zone=${args['time-zone']}
      ></lede-article-header>
    </article>
  `,
};

/** Slotted kicker and byline, as a CMS may write them. */
export const SlottedKickerAndByline: Story = {
  render: () => html`
    <article style="max-inline-size: 42rem" lang="en-US">
      <lede-article-header published=${published} time-zone=${timeZone}>
        <a slot="kicker" href="/world/asia/">Asia</a>
        <h1>${headline}</h1>
        <p slot="standfirst">${standfirst}</p>
        <p slot="byline">By <a href="/authors/newsroom">Newsroom staff</a> in Seoul</p>
      </lede-article-header>
    </article>
  `,
};

/** Polish: "19 marca 2024 13:17 GMT-4", authors joined with "i". */
export const Polish: Story = {
  args: {
    lang: 'pl',
    kicker: 'Wiadomości',
    headline: 'Korea Północna wysłała do Rosji tysiące kontenerów amunicji, twierdzi Seul',
    standfirst: 'Korea Południowa naliczyła od zeszłego lata około 7000 kontenerów.',
    authors: JSON.stringify([{ name: 'Anna Kowalska' }, { name: 'Jan Nowak' }]),
    'time-zone': 'Europe/Warsaw',
  },
};

/** German: "19. März 2024 um 18:17 MEZ". */
export const German: Story = {
  args: {
    lang: 'de',
    kicker: 'Nachrichten',
    headline: 'Nordkorea hat Russland Tausende Container mit Munition geliefert, sagt Seoul',
    standfirst: 'Südkorea zählt seit dem vergangenen Sommer rund 7000 Container.',
    'time-zone': 'Europe/Berlin',
  },
};

/** Egyptian Arabic, right to left, with Arabic-Indic digits from Intl. */
export const ArabicRightToLeft: Story = {
  args: {
    lang: 'ar-EG',
    dir: 'rtl',
    kicker: 'أخبار',
    headline: 'كوريا الشمالية أرسلت إلى روسيا آلاف الحاويات من الذخائر، بحسب سيول',
    standfirst: 'تحصي كوريا الجنوبية نحو ٧٠٠٠ حاوية منذ الصيف الماضي.',
    authors: JSON.stringify([{ name: 'فريق التحرير', url: '/authors/newsroom' }, { name: 'مراسلنا في سيول' }]),
    'time-zone': 'Africa/Cairo',
  },
};

/** Relative and right to left: the exact-time tip opens at the inline start. */
export const ArabicRelative: Story = {
  args: { ...ArabicRightToLeft.args, relative: true, published: minutesAgo(5) },
};

/** An invalid date keeps its raw text (see the console warning). */
export const InvalidDate: Story = { args: { published: '19 March 2024, afternoon' } };

/** Unsafe links are dropped (see the console warnings); the kicker and name stay as text. */
export const UnsafeLinks: Story = {
  args: {
    'kicker-href': 'javascript:alert(1)',
    authors: JSON.stringify([{ name: 'Eve', url: 'javascript:alert(1)' }]),
  },
};

/** Only a headline: no kicker, byline or dateline. */
export const HeadlineOnly: Story = {
  args: { kicker: '', standfirst: '', authors: '', published: '' },
};

/** Themed with tokens set on an ancestor. */
export const Themed: Story = {
  render: () => html`
    <article
      lang="en-US"
      style="max-inline-size: 42rem; --lede-kicker-color: #0b6e4f; --lede-headline-font-family: Georgia, serif; --lede-headline-font-size: 2.75rem; --lede-kicker-transform: none; --lede-meta-font-size: 0.8rem"
    >
      <lede-article-header kicker=${kicker} kicker-href=${kickerHref} published=${published} time-zone=${timeZone}
        authors='[{"name":"Newsroom staff","url":"/authors/newsroom"}]'>
        <h1>${headline}</h1>
        <p slot="standfirst">${standfirst}</p>
      </lede-article-header>
    </article>
  `,
};

/** Dark: the page declares `color-scheme: dark`. */
export const Dark: Story = {
  render: (args) => html`
    <div style="color-scheme: dark; background: Canvas; color: CanvasText; padding: 1rem">
      ${meta.render!(args, {} as never)}
    </div>
  `,
};
