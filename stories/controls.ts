import { SUPPORTED_LANGUAGES } from '../src/internal/i18n.js';

/** The language and direction controls every component's stories share. */
export const languageControls = (languages: readonly string[] = SUPPORTED_LANGUAGES) => ({
  lang: { control: 'select' as const, options: [...languages] },
  dir: { control: 'inline-radio' as const, options: ['ltr', 'rtl'] },
});
