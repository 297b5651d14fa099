import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { ssrBuilds } from './ssr/rollup.ssr.mjs';
import { minifyCss, minifyCssTemplates } from './scripts/minify-css.mjs';
import { manglePrivateMembers } from './scripts/mangle-private-members.mjs';

const components = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Entry points of the npm build: the side-effect-free index, the all-in-one define, one define per tag. */
const npmInputs = {
  index: 'src/index.ts',
  helpers: 'src/helpers.ts',
  define: 'src/define.ts',
  ...Object.fromEntries(
    components.map((name) => [`components/${name}/lede-${name}`, `src/components/${name}/lede-${name}.ts`]),
  ),
  // Node only (lede-elements/ssr); json-ld is also what the elements' structured-data attribute imports.
  'ssr/index': 'src/ssr/index.ts',
  'ssr/json-ld': 'src/ssr/json-ld.ts',
};

/** Where the sources are: the React wrappers' relative imports are resolved against it. */
const srcRoot = resolve('src');

const compilerOptions = {
  rootDir: 'src',
  sourceMap: true,
  inlineSources: true,
};

/**
 * Entry points of the per-element script-tag modules: lede-<name>.js
 * registers one element (after the article's first paint, as lede.js does:
 * src/cdn-element.ts); autoloader.js imports only the lede-<name>.js of the
 * tags on the page. Each element module is generated here from its class,
 * so src/components/<name>/lede-<name>.ts stays the npm build's immediate define.
 */
const elementInputs = {
  autoloader: 'src/autoloader.ts',
  ...Object.fromEntries(components.map((name) => [`lede-${name}`, `\0lede-cdn-element:${name}`])),
};

/** `LedeQuoteBlock` for `quote-block`: the class names follow the tags (LedeQuoteBlock for lede-quote-block). */
const className = (name) => `Lede${name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase())}`;

const cdnElementEntries = {
  name: 'lede-cdn-element-entries',
  resolveId(id) {
    return id.startsWith('\0lede-cdn-element:') ? id : null;
  },
  load(id) {
    if (!id.startsWith('\0lede-cdn-element:')) return null;
    const name = id.slice('\0lede-cdn-element:'.length);
    const source = (file) => JSON.stringify(new URL(`src/${file}`, import.meta.url).pathname);
    return [
      `import { ${className(name)} } from ${source(`components/${name}/${name}.ts`)};`,
      `import { defineAfterLeadPaint } from ${source('cdn-element.ts')};`,
      `defineAfterLeadPaint('lede-${name}', ${className(name)});`,
      `export { ${className(name)} };`,
    ].join('\n');
  },
};

/** The script-tag builds load each language but English when a page uses it (src/internal/i18n/catalogue-on-demand.ts). */
const languagesOnDemand = {
  name: 'lede-languages-on-demand',
  async resolveId(source, importer) {
    if (!importer || !/(^|\/)catalogue\.js$/.test(source)) return null;
    const resolved = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
    return resolved === resolve('src/internal/i18n/catalogue.ts') ? resolve('src/internal/i18n/catalogue-on-demand.ts') : null;
  },
};

const cdnPlugins = ({ languages = 'on demand' } = {}) => [
  ...(languages === 'on demand' ? [languagesOnDemand] : []),
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  typescript({
    tsconfig: './tsconfig.build.json',
    compilerOptions: { ...compilerOptions, outDir: 'dist/cdn', declaration: false },
    // Every reader downloads these builds: `private` members get short names (scripts/mangle-private-members.mjs).
    transformers: manglePrivateMembers(),
  }),
  minifyCssTemplates(),
];

const banner = `/*! lede-elements ${JSON.parse(readFileSync('package.json', 'utf8')).version} | MIT */`;

/** Terser as measured (see README, performance): more passes or unsafe options saved under 40 bytes gzip. Our `private` members are renamed before it, by TypeScript's checker (scripts/mangle-private-members.mjs), not by Terser's name-blind property mangling. */
const terserOptions = ({ module }) => ({
  ecma: 2022,
  module,
  compress: { passes: 3 },
  format: { comments: /^!/ },
});

/**
 * Feed code, in three chunks of its own (one file compresses better than six):
 * - what both feed elements import: the controller that starts reading when an element has `src`, and the
 *   Trusted Types policy;
 * - entries and their dates: the related list's own items use them as a feed's do, the live banner only
 *   once it reads its feed;
 * - fetching, reading JSON Feed and polling: loaded only when an element has `src`.
 * The RSS and Atom reader (feed-xml.ts, feed-image.ts) is left to a chunk of its own, imported only for
 * an XML body.
 */
const FEED_CHUNKS = [
  ['feed-elements', /\/src\/internal\/(feed-controller|feed-policy)\.ts$/],
  ['feed-entries', /\/src\/internal\/(feed-common|feed-dates)\.ts$/],
  ['feeds', /\/src\/(internal\/(feed|feed-json|feed-decode|feed-inert|fetch-feed)|components\/related-content\/feed-reading|components\/live-banner\/(live-feed-follow|live-feed|feed-poller))\.ts$/],
];
/** Shared code that is not in the shared chunk: loaded on demand (the XML reader, the JSON-LD writer, languages). */
const ON_DEMAND = /\/src\/internal\/((feed-xml|feed-image|structured-data-writer)\.ts|i18n\/(?!en\.ts$|catalogue)[\w-]+\.ts)$/;
/** Shared code the first element of an article (its header) does not use: with the elements that do, so the first render does not wait for it. */
const NOT_FOR_THE_HEADER = /\/src\/internal\/(cssom-style|focus|srcset)\.ts$/;
/** The loader's own code: in the shared chunk, it would make lede.js import that chunk before the first paint. */
const LOADER_ONLY = /\/src\/internal\/lead-paint\.ts$/;
/** The shared chunk: Lit, our shared code but the above, and the registration (src/cdn-elements.ts). */
const isCore = (id) =>
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) ||
  /\/src\/cdn-elements\.ts$/.test(id) ||
  (/\/src\/(styles|internal)\//.test(id) && !ON_DEMAND.test(id) && !NOT_FOR_THE_HEADER.test(id) && !LOADER_ONLY.test(id));

const cdnModuleOutput = {
  dir: 'dist/cdn',
  // lede.js shares no module with its chunks (the paint wait is its own, src/internal/lead-paint.ts): one file,
  // one request before the article's first paint.
  manualChunks: (id) => {
    for (const [name, modules] of FEED_CHUNKS) if (modules.test(id)) return name;
    // Lit and what every element needs, in one chunk: one file compresses better than the same code in several.
    if (isCore(id)) return 'core';
    return undefined;
  },
  format: 'es',
  sourcemap: true,
  banner,
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  plugins: [terser(terserOptions({ module: true }))],
};

/** Chunk names carry a content hash: without this, each build would leave the last build's chunks behind (and in the npm package). */
const removeStaleChunks = {
  name: 'lede-remove-stale-chunks',
  buildStart() {
    rmSync('dist/cdn/chunks', { recursive: true, force: true });
  },
};

/**
 * The pre-upgrade stylesheet ships next to the modules. Every reader
 * downloads lede.css before any element renders, so it ships minified (the
 * source keeps its comments and layout).
 */
const copyStylesheet = {
  name: 'lede-stylesheet',
  generateBundle() {
    const source = `${banner}\n${minifyCss(readFileSync('src/styles/lede.css', 'utf8'), 'lede.css')}\n`;
    this.emitFile({ type: 'asset', fileName: 'styles/lede.css', source });
  },
};

/** Modules of the script-tag build only (the autoloader, the per-element registration): no npm declarations for them. */
const cdnOnly = {
  name: 'lede-cdn-only',
  generateBundle(_, bundle) {
    for (const name of ['autoloader', 'cdn', 'cdn-classic', 'cdn-elements', 'cdn-element']) delete bundle[`${name}.d.ts`];
  },
};

export default [
  // 1. ES modules for npm: Lit stays external so apps share one copy.
  {
    input: npmInputs,
    external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^tslib$/, /^node:/],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.build.json',
        compilerOptions: { ...compilerOptions, outDir: 'dist', declaration: true, declarationDir: 'dist' },
      }),
      // An app's bundler minifies our JavaScript but not the CSS inside it, and a server render writes
      // that CSS into every element's shadow root, in the HTML the first paint waits for.
      minifyCssTemplates(),
      copyStylesheet,
      cdnOnly,
    ],
  },
  // 2. The script-tag ES module: one tag, lede.js, a small loader that imports
  //    the elements (chunks/cdn-elements-*.js, with Lit: one chunk, since gzip
  //    compresses one file far better than the same code in several) once the
  //    article has painted; code behind further import()s (feeds, the JSON-LD
  //    writer) is split off into dist/cdn/chunks/ too.
  {
    input: { lede: 'src/cdn.ts' },
    // Entries keep their own exports only (Rollup's default, kept on purpose):
    // what a chunk loaded later needs comes from a chunk, never from an entry
    // file. A CMS often adds a query to the tag's URL (WordPress: lede.js?ver=6.4);
    // a chunk importing "../lede.js" would then run a second copy of it.
    output: cdnModuleOutput,
    plugins: [...cdnPlugins(), removeStaleChunks],
  },
  // 3. One module per element (lede-<name>.js) and the autoloader, for pages
  //    that use a few elements: what they share is in dist/cdn/chunks/, so
  //    each is downloaded once. Use these or lede.js on a page, not both
  //    (both work, but Lit then comes twice).
  {
    input: elementInputs,
    // As above: entries export only their own exports.
    output: cdnModuleOutput,
    plugins: [cdnElementEntries, ...cdnPlugins()],
  },
  // 4. The classic script: one file, dynamic imports inlined, its one global
  //    (window.Lede) unmangled. The structured-data writer stays out: a
  //    classic script's import() resolves against the script's own URL, so
  //    it loads dist/cdn/structured-data-writer.js (ssr/rollup.ssr.mjs) when used.
  {
    input: 'src/cdn-classic.ts',
    output: {
      file: 'dist/cdn/lede.iife.js',
      format: 'iife',
      name: 'Lede',
      sourcemap: true,
      banner,
      inlineDynamicImports: true,
      plugins: [terser(terserOptions({ module: false }))],
    },
    plugins: [
      {
        name: 'lede-writer-beside-classic-script',
        resolveDynamicImport: (specifier) =>
          typeof specifier === 'string' && /\/structured-data-writer\.js$/.test(specifier) ? { id: './structured-data-writer.js', external: true } : null,
      },
      // One file: every language is in it anyway, so the catalogue that has them all.
      ...cdnPlugins({ languages: 'all' }),
    ],
  },
  ...ssrBuilds,
  // --- lede-elements/react (issue 13): React wrappers on top of the npm modules above. ---
  // Everything they import stays external: React and @lit/react are the app's, and our own
  // modules are the ones entry 1 wrote (src/x.ts is imported as dist/x.js). Never in the CDN bundles.
  {
    input: { 'react/index': 'src/react/index.ts' },
    external: (id, importer) => importer !== undefined,
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // src/components/x.js is dist/components/x.js: a path relative to dist/, which Rollup rewrites from dist/react/.
      paths: (id) => (id.startsWith(srcRoot) ? relative(srcRoot, id) : id),
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.build.json',
        compilerOptions: { ...compilerOptions, outDir: 'dist', declaration: true, declarationDir: 'dist' },
      }),
      {
        // TypeScript declares every source file again; entry 1 owns all but dist/react/.
        name: 'lede-react-only',
        generateBundle(_, bundle) {
          for (const name of Object.keys(bundle)) if (!name.startsWith('react/')) delete bundle[name];
        },
      },
    ],
  },
  // --- end of lede-elements/react ---
];
