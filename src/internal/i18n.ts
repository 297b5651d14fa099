/**
 * Built-in labels in the languages newsrooms asked for first. Each element
 * takes overrides through its `messages` property, so a newsroom can rename
 * a label or add a language without waiting for a release.
 */

import { formatter } from './intl.js';
import { echo } from './limits.js';

export interface Messages {
  /** Heading of the related-content list. */
  relatedContent: string;
  /** Label of a live banner while coverage runs. */
  live: string;
  /** Label of a live banner once coverage has ended. */
  ended: string;
  /** Prefix for an update time in the article header ("Updated 2:05 PM"). */
  updated: string;
  /** Prefix for the author list ("By Jane Doe"). */
  by: string;
  /** Accessible name of a close button (banner dismiss, lightbox close). */
  close: string;
  /** Accessible name of the control that enlarges an image. */
  enlargeImage: string;
  /** Control that stops the live dot's motion. */
  pauseAnimation: string;
  /** Control that restarts the live dot's motion. */
  playAnimation: string;
  /** Announcement of new live updates; `{count}` is replaced. Plural forms keyed by Intl.PluralRules category. */
  newUpdates: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** Label before an image credit ("Source: …"). */
  source: string;
  /** Link text to a quotation's source. */
  quoteSource: string;
  /** Quotation marks: primary open, primary close, secondary open, secondary close. */
  quotes: readonly [string, string, string, string];
}

export type MessageOverrides = Partial<Messages>;

const en: Messages = {
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

const catalogue: Record<string, Messages> = {
  en,
  pl: {
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
  },
  de: {
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
  },
  fr: {
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
  },
  es: {
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
  },
  uk: {
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
  },
  ko: {
    relatedContent: '관련 콘텐츠',
    live: '라이브',
    ended: '종료',
    updated: '업데이트',
    by: '글',
    close: '닫기',
    enlargeImage: '이미지 확대',
    pauseAnimation: '애니메이션 일시정지',
    playAnimation: '애니메이션 재생',
    newUpdates: { other: '새 업데이트 {count}건' },
    source: '출처',
    quoteSource: '출처',
    quotes: ['\u201C', '\u201D', '\u2018', '\u2019'],
  },
  ar: {
    relatedContent: 'محتوى ذو صلة',
    live: 'مباشر',
    ended: 'انتهت',
    updated: 'تم التحديث',
    by: 'بقلم',
    close: 'إغلاق',
    enlargeImage: 'تكبير الصورة',
    pauseAnimation: 'إيقاف الحركة',
    playAnimation: 'تشغيل الحركة',
    newUpdates: {
      zero: 'لا تحديثات جديدة',
      one: 'تحديث جديد واحد',
      two: 'تحديثان جديدان',
      few: '{count} تحديثات جديدة',
      many: '{count} تحديثًا جديدًا',
      other: '{count} تحديث جديد',
    },
    source: 'المصدر',
    quoteSource: 'المصدر',
    quotes: ['\u201D', '\u201C', '\u2019', '\u2018'],
  },
};

/** Languages with built-in labels. */
export const SUPPORTED_LANGUAGES = Object.freeze(Object.keys(catalogue));

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * Whether an override has the shape of the label it replaces: text for
 * text, four marks for `quotes`, plural forms (text) for `newUpdates`.
 */
function fits(key: keyof Messages, value: unknown): boolean {
  if (key === 'quotes') return Array.isArray(value) && value.length === 4 && value.every(isText);
  if (key === 'newUpdates') return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isText);
  return isText(value);
}

/**
 * The labels for `locale`: its language's built-ins (English when Lede has
 * none), with `overrides` on top. An override that is not a known label, or
 * not of its shape, is left out and reported; plural forms are merged with
 * the built-in ones, so overriding only `one` keeps `other`.
 */
export function messagesFor(
  locale: string,
  overrides?: MessageOverrides,
  report?: (problem: string, fix: string) => void,
): Messages {
  const language = locale.split('-')[0]!.toLowerCase();
  const base = catalogue[language] ?? en;
  if (overrides === undefined || overrides === null) return base;
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    report?.(
      `is ${Array.isArray(overrides) ? 'an array' : `a ${typeof overrides}`}, not an object of labels, so it was ignored.`,
      'Give an object such as {"live": "En vivo"}.',
    );
    return base;
  }
  const merged: Record<string, unknown> = { ...base };
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    // Own keys only: `toString` or `__proto__` are not labels.
    if (!Object.prototype.hasOwnProperty.call(en, key) || !fits(key as keyof Messages, value)) {
      ignored.push(key);
      continue;
    }
    merged[key] = key === 'newUpdates' ? { ...base.newUpdates, ...(value as object) } : value;
  }
  if (ignored.length > 0) {
    // One warning for all of them, naming a few: an object of 10,000 keys is not 10,000 warnings.
    const named = ignored.slice(0, 5).map(echo).join(', ') + (ignored.length > 5 ? ` and ${ignored.length - 5} more` : '');
    report?.(
      `${named} ${ignored.length === 1 ? 'is not a label' : 'are not labels'} Lede knows, or not of ${ignored.length === 1 ? 'its' : 'their'} shape, so ${ignored.length === 1 ? 'it was' : 'they were'} ignored.`,
      `Give text for a label (e.g. {"live": "En vivo"}), four marks for "quotes", and plural forms for "newUpdates" (e.g. {"other": "{count} nuevas"}).`,
    );
  }
  return merged as unknown as Messages;
}

/**
 * "3 new updates" in the locale's plural form, counting in the locale's digits.
 */
export function formatCount(
  locale: string,
  forms: Messages['newUpdates'],
  count: number,
): string {
  const category = formatter('PluralRules', locale).select(count);
  const template = forms[category] ?? forms.other ?? en.newUpdates.other;
  return template.replace('{count}', formatter('NumberFormat', locale).format(count));
}
