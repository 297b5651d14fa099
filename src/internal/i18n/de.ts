import type { Messages } from '../i18n.js';

/** German labels. */
export const de: Messages = {
  relatedContent: 'Verwandte Inhalte',
  live: 'Live',
  ended: 'Beendet',
  updated: 'Aktualisiert',
  by: 'Von',
  close: 'Schließen',
  enlargeImage: 'Bild vergrößern',
  pauseAnimation: 'Animation anhalten',
  playAnimation: 'Animation abspielen',
  newUpdates: { one: '1 neue Meldung', other: '{count} neue Meldungen' },
  source: 'Quelle',
  quoteSource: 'Quelle',
  quotes: ['\u201E', '\u201C', '\u201A', '\u2018'],
};
