import type { Messages } from '../i18n.js';

/** English labels. */
export const en: Messages = {
  relatedContent: 'Related content',
  live: 'Live',
  ended: 'Ended',
  updated: 'Updated',
  by: 'By',
  close: 'Close',
  enlargeImage: 'Enlarge image',
  pauseAnimation: 'Pause animation',
  playAnimation: 'Play animation',
  newUpdates: { one: '1 new update', other: '{count} new updates' },
  source: 'Source',
  quoteSource: 'Source',
  quotes: ['\u201C', '\u201D', '\u2018', '\u2019'],
};
