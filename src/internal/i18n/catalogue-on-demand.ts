import type { Messages } from '../i18n.js';
import { en } from './en.js';

/**
 * The catalogue of the script-tag builds (Rollup replaces catalogue.ts with
 * it): English built in, every other language a chunk loaded when a page
 * uses it, so a reader downloads the labels of the page's language only.
 * Registration waits for the page's languages (loadPageLanguages), so an
 * element never renders English first and then changes its labels; a
 * language that appears later (a translation tool changing `lang`) renders
 * in English until its labels arrive.
 */
export const catalogue: Record<string, Messages> = { en };

const loaders: Record<string, () => Promise<Messages>> = {
  pl: () => import('./pl.js').then((module) => module.pl),
  de: () => import('./de.js').then((module) => module.de),
  fr: () => import('./fr.js').then((module) => module.fr),
  es: () => import('./es.js').then((module) => module.es),
  uk: () => import('./uk.js').then((module) => module.uk),
  ko: () => import('./ko.js').then((module) => module.ko),
  ar: () => import('./ar.js').then((module) => module.ar),
};

/** Every language this build can speak, loaded or not. */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(loaders)];

const loading = new Map<string, Promise<boolean>>();

/**
 * Loads `language`'s labels: `true` once they are in the catalogue, `false` if they could not be
 * loaded (offline, a missing chunk: English stays, and the page is not asked again until it
 * reloads). `undefined` when they are here already or it is not one of ours.
 */
export function loadLanguage(language: string): Promise<boolean> | undefined {
  if (catalogue[language] || !Object.prototype.hasOwnProperty.call(loaders, language)) return undefined;
  let loaded = loading.get(language);
  if (!loaded) {
    loaded = loaders[language]!().then(
      (messages) => {
        catalogue[language] = messages;
        return true;
      },
      () => false,
    );
    loading.set(language, loaded);
  }
  return loaded;
}
