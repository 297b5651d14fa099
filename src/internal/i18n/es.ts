import type { Messages } from '../i18n.js';

/** Spanish labels. */
export const es: Messages = {
  relatedContent: 'Contenido relacionado',
  live: 'En directo',
  ended: 'Finalizado',
  updated: 'Actualizado',
  by: 'Por',
  close: 'Cerrar',
  enlargeImage: 'Ampliar imagen',
  pauseAnimation: 'Pausar animación',
  playAnimation: 'Reanudar animación',
  newUpdates: { one: '1 nueva actualización', many: '{count} nuevas actualizaciones', other: '{count} nuevas actualizaciones' },
  source: 'Fuente',
  quoteSource: 'Fuente',
  quotes: ['\u00AB', '\u00BB', '\u201C', '\u201D'],
};
