import type { Messages } from '../i18n.js';

/** French labels. */
export const fr: Messages = {
  relatedContent: 'Contenus associés',
  live: 'En direct',
  ended: 'Terminé',
  updated: 'Mis à jour',
  by: 'Par',
  close: 'Fermer',
  enlargeImage: 'Agrandir l’image',
  pauseAnimation: 'Mettre l’animation en pause',
  playAnimation: 'Relancer l’animation',
  newUpdates: { one: '1 nouvelle mise à jour', many: '{count} nouvelles mises à jour', other: '{count} nouvelles mises à jour' },
  source: 'Source',
  quoteSource: 'Source',
  quotes: ['\u00AB\u202F', '\u202F\u00BB', '\u201C', '\u201D'],
};
