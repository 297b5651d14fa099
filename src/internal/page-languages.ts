import { languageOf, loadLanguage } from './i18n.js';

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
  for (const element of document.querySelectorAll('[lang]')) languages.add(languageOf((element.getAttribute('lang') ?? '').trim()));
  const loads = [...languages].map((language) => loadLanguage(language)).filter((load) => load !== undefined);
  if (loads.length === 0) return;
  // A slow network does not hold the elements back for long: past this, they render in English and follow when the labels arrive.
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([Promise.all(loads), new Promise((resolve) => (timer = setTimeout(resolve, LANGUAGE_WAIT_MS)))]);
  clearTimeout(timer);
}
