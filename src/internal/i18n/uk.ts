import type { Messages } from '../i18n.js';

/** Ukrainian labels. */
export const uk: Messages = {
  relatedContent: 'Пов’язані матеріали',
  live: 'Наживо',
  ended: 'Завершено',
  updated: 'Оновлено',
  by: 'Автор:',
  close: 'Закрити',
  enlargeImage: 'Збільшити зображення',
  pauseAnimation: 'Зупинити анімацію',
  playAnimation: 'Відновити анімацію',
  newUpdates: {
    one: '{count} нове оновлення',
    few: '{count} нові оновлення',
    many: '{count} нових оновлень',
    other: '{count} нового оновлення',
  },
  source: 'Джерело',
  quoteSource: 'Джерело',
  quotes: ['\u00AB', '\u00BB', '\u201E', '\u201C'],
};
