import { loadLanguage } from './i18n.js';

/** The longest registration waits for the page's languages. */
const LANGUAGE_WAIT_MS = 3000;

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
  // A slow network does not hold the elements back for long: past this, they render in English and follow when the labels arrive.
  const loads = Promise.all([...languages].map((language) => loadLanguage(language)));
  await Promise.race([loads, new Promise((resolve) => setTimeout(resolve, LANGUAGE_WAIT_MS))]);
}
