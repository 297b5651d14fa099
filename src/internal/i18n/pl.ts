import type { Messages } from '../i18n.js';

/** Polish labels. */
export const pl: Messages = {
  relatedContent: 'Powiązane treści',
  live: 'Na żywo',
  ended: 'Zakończona',
  updated: 'Aktualizacja',
  by: 'Autor:',
  close: 'Zamknij',
  enlargeImage: 'Powiększ zdjęcie',
  pauseAnimation: 'Zatrzymaj animację',
  playAnimation: 'Wznów animację',
  newUpdates: {
    one: '1 nowa aktualizacja',
    few: '{count} nowe aktualizacje',
    many: '{count} nowych aktualizacji',
    other: '{count} nowej aktualizacji',
  },
  source: 'Źródło',
  quoteSource: 'Źródło',
  quotes: ['\u201E', '\u201D', '\u00AB', '\u00BB'],
};
