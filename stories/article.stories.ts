import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { sampleArticle as a } from './sample-article.js';

interface ArticleArgs {
  dir: 'ltr' | 'rtl';
  colorScheme: 'light' | 'dark';
  accent: string;
  font: string;
}

/**
 * The sample article with all five elements, as a CMS page would compose
 * them: the words are light-DOM HTML, Lede adds layout and behaviour.
 */
const meta: Meta<ArticleArgs> = {
  title: 'Article/Sample article',
  args: { dir: 'ltr', colorScheme: 'light', accent: '#b3141b', font: 'Georgia, serif' },
  argTypes: {
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
    accent: { control: 'color' },
    font: { control: 'select', options: ['Georgia, serif', 'system-ui, sans-serif', "'Times New Roman', serif"] },
  },
  render: ({ dir, colorScheme, accent, font }) => html`
    <article
      lang="en-US"
      dir=${dir}
      style="max-inline-size: 42rem; margin-inline: auto; padding: 1rem; color-scheme: ${colorScheme}; background: Canvas; color: CanvasText; font: 18px/1.6 ${font}; --lede-accent-color: ${accent}"
    >
      <lede-live-banner topic=${a.live.topic} href=${a.live.href} src="assets/live-banner/live.json">${a.live.message}</lede-live-banner>
      <lede-article-header kicker=${a.kicker} kicker-href=${a.kickerHref} published=${a.published} time-zone=${a.timeZone}
        authors='[{"name":"Newsroom staff","url":"/authors/newsroom"}]'>
        <h1>${a.headline}</h1>
        <p slot="standfirst">${a.standfirst}</p>
      </lede-article-header>
      <lede-captioned-image priority zoomable credit=${a.image.credit}>
        <img src="assets/captioned-image/freight-yard.svg" alt=${a.image.alt} width=${a.image.width} height=${a.image.height} fetchpriority="high">
        ${a.image.caption}
      </lede-captioned-image>
      <p>North Korea has shipped roughly 7,000 containers of artillery shells, missiles and other military equipment to Russia since last year, South Korea’s defence minister told reporters on Monday.</p>
      <lede-quote-block speaker=${a.quote.speaker} speaker-title=${a.quote.speakerTitle} cite=${a.quote.cite}>
        <p>${a.quote.text}</p>
      </lede-quote-block>
      <p>Moscow and Pyongyang both deny any military cooperation.</p>
      <lede-related-content>
        <ul>
          ${a.related.map((item) => html`<li><a href=${item.url}>${item.title}</a></li>`)}
        </ul>
      </lede-related-content>
    </article>
  `,
};
export default meta;

type Story = StoryObj<ArticleArgs>;

export const Article: Story = {};
export const DarkMode: Story = { args: { colorScheme: 'dark', accent: '#ff8f8f' } };
export const RightToLeft: Story = { args: { dir: 'rtl' } };
