import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/captioned-image/lede-captioned-image.js';
import { sampleArticle } from './sample-article.js';
import { languageControls } from './controls.js';

const { image } = sampleArticle;
const PHOTO = '/assets/captioned-image/freight-yard.svg';
/** A file that is not an image: the browser cannot decode it, so the element shows its broken state. */
const BROKEN = '/assets/captioned-image/broken.svg';

interface ImageArgs {
  src: string;
  alt: string;
  /** Whether the <img> carries an alt attribute at all (off shows the missing-alt warning). */
  'has-alt': boolean;
  caption: string;
  credit: string;
  width: number;
  height: number;
  'aspect-ratio': string;
  loading: 'lazy' | 'eager';
  priority: boolean;
  zoomable: boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const meta: Meta<ImageArgs> = {
  title: 'Components/Captioned image',
  component: 'lede-captioned-image',
  args: {
    src: PHOTO,
    alt: image.alt,
    'has-alt': true,
    caption: image.caption,
    credit: image.credit,
    width: image.width,
    height: image.height,
    'aspect-ratio': '',
    loading: 'lazy',
    priority: false,
    zoomable: false,
    lang: 'en',
    dir: 'ltr',
  },
  argTypes: {
    src: { control: 'text', description: 'URL of the light-DOM <img>.' },
    alt: { control: 'text', description: 'The <img>’s alt text; empty marks a decorative image.' },
    'has-alt': { control: 'boolean' },
    caption: { control: 'text', description: 'Caption text, written after the <img> inside the element.' },
    width: { control: 'number' },
    height: { control: 'number' },
    'aspect-ratio': { control: 'text' },
    loading: { control: 'inline-radio', options: ['lazy', 'eager'] },
    ...languageControls(),
  },
  // The markup a CMS writes: a light-DOM <img> followed by the caption text.
  render: (args) => html`
    <div lang=${args.lang} dir=${args.dir} style="max-inline-size: 40rem">
      <lede-captioned-image
        credit=${ifDefined(args.credit || undefined)}
        aspect-ratio=${ifDefined(args['aspect-ratio'] || undefined)}
        loading=${args.loading}
        ?priority=${args.priority}
        ?zoomable=${args.zoomable}
      >
        <img
          src=${args.src}
          alt=${ifDefined(args['has-alt'] ? args.alt : undefined)}
          width=${ifDefined(args.width || undefined)}
          height=${ifDefined(args.height || undefined)}
          fetchpriority=${ifDefined(args.priority ? 'high' : undefined)}
        />
        ${args.caption || nothing}
      </lede-captioned-image>
    </div>
  `,
};
export default meta;

type Story = StoryObj<ImageArgs>;

/** The CMS markup: `<img>` with width and height, caption text, and a credit. */
export const Default: Story = {};

/** The article's lead photo: `priority` loads it eagerly with `fetchpriority="high"` (mirrored on the `<img>`). */
export const LeadImage: Story = { args: { priority: true } };

/** Click the image, or press Enter or Space on it: the lightbox opens; Esc or the close button closes it. */
export const Zoomable: Story = { args: { zoomable: true } };

/** The box takes a 16:9 shape from `aspect-ratio`; the photo is cropped to fit. */
export const AspectRatio: Story = { args: { 'aspect-ratio': '16/9' } };

/** A decorative image (`alt=""`) without caption or credit. */
export const Decorative: Story = { args: { alt: '', caption: '', credit: '' } };

/** Only a credit, no caption. */
export const CreditOnly: Story = { args: { caption: '' } };

/** The image cannot be loaded: the box stays, with the alt text and the caption (see the console warning). */
export const Broken: Story = { args: { src: BROKEN } };

/** No alt attribute on the `<img>`: the element warns in the console. */
export const MissingAlt: Story = { args: { 'has-alt': false } };

/** No width, height or aspect-ratio: the element warns, because the page would move when the image loads. */
export const WithoutSize: Story = { args: { width: 0, height: 0 } };

/** Script-driven: image, caption and credit from attributes, with `srcset` and `sizes`. */
export const FromAttributes: Story = {
  render: () => html`
    <div style="max-inline-size: 40rem">
      <lede-captioned-image
        src=${PHOTO}
        srcset="${PHOTO} 1200w"
        sizes="(min-width: 40rem) 40rem, 100vw"
        alt=${image.alt}
        width=${image.width}
        height=${image.height}
        caption=${image.caption}
        credit=${image.credit}
        zoomable
      ></lede-captioned-image>
    </div>
  `,
};

/** Caption as paragraphs and the credit as HTML (`slot="credit"`). */
export const SlottedCredit: Story = {
  render: () => html`
    <div style="max-inline-size: 40rem">
      <lede-captioned-image>
        <img src=${PHOTO} alt=${image.alt} width=${image.width} height=${image.height} />
        <p>${image.caption}</p>
        <span slot="credit">East News | <a href="/photographers/zemlianichenko">Alexander Zemlianichenko</a></span>
      </lede-captioned-image>
    </div>
  `,
};

/** Polish labels ("Źródło", "Powiększ zdjęcie"). */
export const Polish: Story = {
  args: { lang: 'pl', zoomable: true, caption: 'Większość ładunków jedzie dziś koleją, a nie drogą morską — twierdzi Seul.' },
};

/** Right to left: the zoom button moves to the left corner, the text aligns right. */
export const Arabic: Story = {
  args: {
    lang: 'ar',
    dir: 'rtl',
    zoomable: true,
    alt: 'حاويات شحن مكدسة في ساحة للشحن',
    caption: 'تنقل معظم الشحنات الآن بالسكك الحديدية بدلًا من البحر، بحسب سيول.',
  },
};

/** Dark page (`color-scheme: dark`): the caption follows the page colours. */
export const Dark: Story = {
  args: { zoomable: true },
  decorators: [(story) => html`<div style="color-scheme: dark; background: Canvas; color: CanvasText; padding: 1rem">${story()}</div>`],
};

/** Themed with tokens on an ancestor. */
export const Themed: Story = {
  decorators: [
    (story) => html`<div
      style="--lede-caption-font-size: 0.8rem; --lede-credit-color: #0b6e4f; --lede-font-family: system-ui, sans-serif; --lede-image-background: #e8f0ec"
    >
      ${story()}
    </div>`,
  ],
};
