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
 * lists only those; English is always the fallback.
 */
export const catalogue: Readonly<Record<string, Messages>> = { en, pl, de, fr, es, uk, ko, ar };
