import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/live-banner/lede-live-banner.js';
import { sampleArticle } from './sample-article.js';
import { languageControls } from './controls.js';

const { live } = sampleArticle;

/** Story feeds, served by Storybook from stories/assets/live-banner/. */
const feeds = {
  live: 'assets/live-banner/live.json',
  ended: 'assets/live-banner/ended.json',
};

interface LiveBannerArgs {
  topic: string;
  message: string;
  href: string;
  label: string;
  state: 'live' | 'ended';
  src: string;
  interval: number;
  dismissible: boolean;
  'dismiss-key': string;
  'hide-when-ended': boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const meta: Meta<LiveBannerArgs> = {
  title: 'Components/Live banner',
  component: 'lede-live-banner',
  args: {
    topic: live.topic,
    message: live.message,
    href: live.href,
    label: '',
    state: 'live',
    src: '',
    interval: 15,
    dismissible: false,
    'dismiss-key': '',
    'hide-when-ended': false,
    lang: 'en',
    dir: 'ltr',
  },
  argTypes: {
    message: { control: 'text', description: 'The message, written as light-DOM text.' },
    state: { control: 'inline-radio', options: ['live', 'ended'] },
    src: { control: 'select', options: ['', feeds.live, feeds.ended] },
    interval: { control: { type: 'number', min: 15 } },
    ...languageControls(),
  },
  render: (args) => html`
    <div lang=${args.lang} dir=${args.dir} style="max-inline-size: 42rem">
      <lede-live-banner
        topic=${ifDefined(args.topic || undefined)}
        href=${ifDefined(args.href || undefined)}
        label=${ifDefined(args.label || undefined)}
        state=${args.state}
        src=${ifDefined(args.src || undefined)}
        interval=${args.interval}
        ?dismissible=${args.dismissible}
        dismiss-key=${ifDefined(args['dismiss-key'] || undefined)}
        ?hide-when-ended=${args['hide-when-ended']}
      >${args.message || nothing}</lede-live-banner>
    </div>
  `,
};
export default meta;

type Story = StoryObj<LiveBannerArgs>;

/** Live coverage: the pulsing dot (stoppable), label, topic and message, linked to the live page. */
export const Live: Story = {};

/** With a feed: the newest update's title and age, polled every 15 s; new updates are announced. */
export const WithUpdate: Story = { args: { src: feeds.live } };

/** Coverage has ended: no dot, the label says "Ended". */
export const Ended: Story = { args: { state: 'ended', message: 'Our live coverage has ended' } };

/** The feed says coverage has ended (`"_lede": { "ended": true }`): the banner ends itself and stops polling. */
export const EndedByFeed: Story = { args: { src: feeds.ended } };

/**
 * A close button; the dismissal is remembered in localStorage under
 * `dismiss-key` (clear it from the browser's storage to see the banner again).
 */
export const Dismissible: Story = { args: { dismissible: true, 'dismiss-key': 'storybook-live-banner-dismissible', src: feeds.live } };

/** A custom label instead of "Live". */
export const CustomLabel: Story = { args: { label: 'Breaking', topic: 'Election night' } };

/** German labels from `lang="de"`. */
export const German: Story = {
  args: { lang: 'de', topic: 'Krieg in der Ukraine', message: 'Verfolgen Sie unsere Live-Berichterstattung', src: feeds.live },
};

/** Right to left: the rule, dot and controls move to the right. */
export const Arabic: Story = {
  args: { lang: 'ar', dir: 'rtl', topic: 'الحرب في أوكرانيا', message: 'تابعوا تغطيتنا المباشرة لآخر المستجدات', dismissible: true, 'dismiss-key': 'storybook-live-banner-arabic' },
};

/** Themed with tokens set on an ancestor. */
export const Themed: Story = {
  render: () => html`
    <div style="--lede-accent-color: #0b6e4f; --lede-surface-color: #eef6f2; --lede-live-rule-width: 0.5rem; --lede-font-family: system-ui, sans-serif; color: #10231b">
      <lede-live-banner topic=${live.topic} href=${live.href} src=${feeds.live}>${live.message}</lede-live-banner>
    </div>
  `,
};

/** Script-driven: the message from the `message` attribute. */
export const FromAttributes: Story = {
  render: () => html`<lede-live-banner topic=${live.topic} href=${live.href} message=${live.message}></lede-live-banner>`,
};
