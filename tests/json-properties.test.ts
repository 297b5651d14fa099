/**
 * Object properties (`items`, `authors`, `messages`) also take JSON text set
 * as the property: some frameworks (and templating layers) can only set strings.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LedeArticleHeader, LedeRelatedContent } from '../src/index.js';
import { part, warningsPerTest } from './helpers.js';

const linkTexts = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('[part~="link"]'), (a) => a.textContent!.trim());

describe('JSON text set as an object property', () => {
  const warnings = warningsPerTest();

  it('items given as JSON text are read like the attribute', async () => {
    const el = await fixture<LedeRelatedContent>(html`<lede-related-content lang="en"></lede-related-content>`);
    (el as unknown as { items: string }).items = '[{"title":"Seoul adds shipping firms","url":"/news/seoul"},{"title":"Rail link","url":"/news/rail"}]';
    await el.updateComplete;
    expect(linkTexts(el)).to.deep.equal(['Seoul adds shipping firms', 'Rail link']);
    expect(el.items).to.be.an('array').with.length(2);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('authors and messages given as JSON text fill the byline and its label', async () => {
    const el = await fixture<LedeArticleHeader>(html`<lede-article-header lang="en"><h1>Headline</h1></lede-article-header>`);
    const loose = el as unknown as { authors: string; messages: string };
    loose.authors = '[{"name":"Jane Doe","url":"/authors/jane-doe"}]';
    loose.messages = '{"by":"Reported by"}';
    await el.updateComplete;
    expect(part(el, 'byline')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Reported by Jane Doe');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('malformed JSON text gives the attribute’s one warning and an empty list, without throwing', async () => {
    const el = await fixture<LedeRelatedContent>(html`<lede-related-content lang="en"></lede-related-content>`);
    (el as unknown as { items: string }).items = '[{title: "not JSON"}]';
    await el.updateComplete;
    expect(linkTexts(el)).to.deep.equal([]);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<lede-related-content> items:').and.contain('not valid JSON');
  });
});
