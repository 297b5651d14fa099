import { expect } from '@open-wc/testing';
import { formatCount, messagesFor, SUPPORTED_LANGUAGES, type MessageOverrides, type Messages } from '../src/internal/i18n.js';

describe('messages', () => {
  it('has every label in every promised language', () => {
    expect(SUPPORTED_LANGUAGES).to.include.members(['en', 'pl', 'de', 'fr', 'es', 'uk', 'ko', 'ar']);
    const keys = Object.keys(messagesFor('en')).sort();
    for (const language of SUPPORTED_LANGUAGES) {
      expect(Object.keys(messagesFor(language)).sort(), language).to.deep.equal(keys);
    }
  });

  it('falls back to English by language and applies overrides', () => {
    expect(messagesFor('pt-BR').live).to.equal('Live');
    expect(messagesFor('pl-PL').live).to.equal('Na żywo');
    expect(messagesFor('de', { live: 'Jetzt live' }).live).to.equal('Jetzt live');
  });

  it('pluralises counts by the locale', () => {
    expect(formatCount('en', messagesFor('en').newUpdates, 1)).to.equal('1 new update');
    expect(formatCount('en', messagesFor('en').newUpdates, 3)).to.equal('3 new updates');
    expect(formatCount('pl', messagesFor('pl').newUpdates, 3)).to.equal('3 nowe aktualizacje');
    expect(formatCount('pl', messagesFor('pl').newUpdates, 5)).to.equal('5 nowych aktualizacji');
  });
});

describe('messages overrides of the wrong shape', () => {
  it('are left out with a report, and plural forms merge with the built-in ones', () => {
    const problems: string[] = [];
    const report = (problem: string) => problems.push(problem);
    const bad = messagesFor('en', { quotes: '«»' as unknown as Messages['quotes'], live: 42 as unknown as string, nonsense: 'x' } as MessageOverrides, report);
    expect(bad.quotes).to.deep.equal(messagesFor('en').quotes);
    expect(bad.live).to.equal('Live');
    // One report naming every key left out, never one per key (an object of 10,000 keys is one warning).
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('"quotes"').and.contain('"live"').and.contain('"nonsense"');

    const partial = messagesFor('es', { newUpdates: { one: 'una novedad' } as Messages['newUpdates'] }, report);
    expect(formatCount('es', partial.newUpdates, 1)).to.equal('una novedad');
    expect(formatCount('es', partial.newUpdates, 3)).to.equal('3 nuevas actualizaciones');
    const text = messagesFor('en', { newUpdates: '{count} new' as unknown as Messages['newUpdates'] }, report);
    expect(formatCount('en', text.newUpdates, 2)).to.equal('2 new updates');
  });
});
