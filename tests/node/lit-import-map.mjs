/** The import map that lets a test page load Lit and its SSR client from node_modules, unbundled. */
export const litImportMap = JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit-labs/ssr-client': '/node_modules/@lit-labs/ssr-client/index.js',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
    tslib: '/node_modules/tslib/tslib.es6.mjs',
  },
});
