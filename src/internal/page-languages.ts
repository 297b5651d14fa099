import { loadLanguage } from './i18n/catalogue.js';

/**
 * Loads the labels of every language the page's `lang` attributes name,
 * before the script-tag builds register their elements: nothing in the
 * build that ships every language (npm), one small chunk per language in
 * the script-tag builds.
 */
export async function loadPageLanguages(): Promise<void> {
  if (typeof document === 'undefined') return;
  const languages = new Set<string>();
  for (const element of document.querySelectorAll('[lang]')) {
    languages.add((element.getAttribute('lang') ?? '').split('-')[0]!.trim().toLowerCase());
  }
  await Promise.all([...languages].map((language) => loadLanguage(language)));
}
