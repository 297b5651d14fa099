import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/quote-block/lede-quote-block.js';
import { sampleArticle } from './sample-article.js';
import { languageControls } from './controls.js';

const { quote } = sampleArticle;

interface QuoteArgs {
  text: string;
  speaker: string;
  'speaker-title': string;
  cite: string;
  variant: 'block' | 'pull';
  lang: string;
  dir: 'ltr' | 'rtl';
}

const meta: Meta<QuoteArgs> = {
  title: 'Components/Quote block',
  component: 'lede-quote-block',
  args: {
    text: quote.text,
    speaker: quote.speaker,
    'speaker-title': quote.speakerTitle,
    cite: quote.cite,
    variant: 'block',
    lang: 'en',
    dir: 'ltr',
  },
  argTypes: {
    text: { control: 'text', description: 'The quotation, written as a light-DOM <p>.' },
    variant: { control: 'inline-radio', options: ['block', 'pull'] },
    ...languageControls(),
  },
  render: (args) => html`
    <div lang=${args.lang} dir=${args.dir} style="max-inline-size: 40rem">
      <lede-quote-block
        speaker=${ifDefined(args.speaker || undefined)}
        speaker-title=${ifDefined(args['speaker-title'] || undefined)}
        cite=${ifDefined(args.cite || undefined)}
        variant=${args.variant}
      >
        ${args.text ? html`<p>${args.text}</p>` : nothing}
      </lede-quote-block>
    </div>
  `,
};
export default meta;

type Story = StoryObj<QuoteArgs>;

/** The quotation set into the article text, with a side rule. */
export const Block: Story = {};

/** A large, centred pull quote. */
export const Pull: Story = { args: { variant: 'pull' } };

/** Without a source link: attribution only. */
export const WithoutSource: Story = { args: { cite: '' } };

/** No attribution at all. */
export const Anonymous: Story = { args: { speaker: '', 'speaker-title': '', cite: '' } };

/** Several paragraphs of quotation. */
export const MultipleParagraphs: Story = {
  render: () => html`
    <lede-quote-block speaker=${quote.speaker} speaker-title=${quote.speakerTitle}>
      <p>Whether the launches were meant for front-line units or for export is not yet clear.</p>
      <p>${quote.text}</p>
    </lede-quote-block>
  `,
};

/** Script-driven: the quotation comes from the `quote` attribute instead of slotted HTML. */
export const FromAttribute: Story = {
  render: () => html`<lede-quote-block quote=${quote.text} speaker=${quote.speaker}></lede-quote-block>`,
};

/** German quotation marks („…“) from `lang="de"`. */
export const German: Story = {
  args: {
    lang: 'de',
    text: 'Die Raketen wurden höchstwahrscheinlich ein letztes Mal getestet, bevor sie nach Russland gingen.',
    'speaker-title': 'Südkoreanischer Verteidigungsminister',
  },
};

/** Polish quotation marks („…”) from `lang="pl"`. */
export const Polish: Story = {
  args: {
    lang: 'pl',
    text: 'Rakiety najpewniej przechodziły ostatni test przed wysyłką do Rosji.',
    'speaker-title': 'Minister obrony Korei Południowej',
  },
};

/** French guillemets (« … ») from `lang="fr"`, as a pull quote. */
export const FrenchPull: Story = {
  args: {
    lang: 'fr',
    variant: 'pull',
    text: 'Les missiles subissaient très probablement un dernier test avant leur envoi en Russie.',
    'speaker-title': 'Ministre sud-coréen de la Défense',
  },
};

/** Right to left: the rule and the mark move to the right. */
export const Arabic: Story = {
  args: {
    lang: 'ar',
    dir: 'rtl',
    text: 'من المرجح جدًا أن الصواريخ كانت تخضع لاختبار أخير قبل إرسالها إلى روسيا.',
    speaker: 'شين وون سيك',
    'speaker-title': 'وزير الدفاع الكوري الجنوبي',
  },
};

/** Themed with tokens set on an ancestor. */
export const Themed: Story = {
  render: () => html`
    <div style="--lede-accent-color: #0b6e4f; --lede-quote-font-style: italic; --lede-font-family: Georgia, serif">
      <lede-quote-block speaker=${quote.speaker} speaker-title=${quote.speakerTitle}><p>${quote.text}</p></lede-quote-block>
    </div>
  `,
};

/** A `javascript:` source is dropped (see the console warning); the quote still renders. */
export const UnsafeCite: Story = { args: { cite: 'javascript:alert(1)' } };
