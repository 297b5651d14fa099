/**
 * The helpers Lede's elements use on their input, public for pages and CMS
 * templates that want the same answers (`lede-elements/helpers.js`; also
 * exported from the package's main entry). Everything else in
 * `src/internal/` is private and may change in any release.
 */
export { checkUrl, type UrlCheckOptions } from './internal/url.js';
export { checkSrcset } from './internal/srcset.js';
export { resolveLocale } from './internal/locale.js';
export { messagesFor, SUPPORTED_LANGUAGES, type Messages, type MessageOverrides } from './internal/i18n.js';
