import type { Messages } from '../i18n.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ko } from './ko.js';
import { pl } from './pl.js';
import { uk } from './uk.js';

/**
 * The languages built in, one file each. A build for pages in known
 * languages can replace this module (a Rollup or Vite alias) with one that
 * lists only those (its `catalogue` is all it must export); English is
 * always the fallback. The script-tag builds
 * replace it with catalogue-on-demand.ts, which loads a language when a
 * page uses it.
 */
export const catalogue: Readonly<Record<string, Messages>> = { en, pl, de, fr, es, uk, ko, ar };

/** Every language this build can speak (here: all built in). */
export const LANGUAGES: readonly string[] = Object.keys(catalogue);

/** Loads a language's labels if they are not here yet: never, in this build. */
export function loadLanguage(_language: string): Promise<boolean> | undefined {
  return undefined;
}
