import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { literalLazyImports, ssrBuilds } from './ssr/rollup.ssr.mjs';

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
 * The pre-upgrade stylesheet ships next to the modules. Every reader
 * downloads lede.css before any element renders, so it ships without
 * comments and layout whitespace (the source keeps them). Quoted strings
 * (`content: ', '`) are left exactly as written.
 */
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/;}/g, '}')
            .replace(/:\s+/g, ':')
            // 0.5em → .5em
            .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2'),
    )
    .join('')
    .trim();
}

/**
 * The components' `css\`…\`` styles, minified like lede.css in the script-tag
 * bundles: every reader downloads them, and their comments and indentation
 * are a tenth of the bundle. Interpolations (`${…}`) are kept as written.
 */
const minifyComponentCss = {
  name: 'lede-minify-component-css',
  transform(code, id) {
    if (!id.includes('/src/') || !/\bcss\s*`/.test(code)) return null;
    const minified = code.replace(/\bcss\s*`((?:[^`\\]|\\.)*)`/g, (_, body) => {
      const parts = body.split(/(\$\{[^}]*\})/);
      return `css\`${parts.map((part, index) => (index % 2 ? part : minifyCss(part))).join('')}\``;
    });
    return { code: minified, map: null };
  },
};

const banner = `/*! lede-elements ${JSON.parse(readFileSync('package.json', 'utf8')).version} | MIT */`;

const copyStylesheet = {
  name: 'lede-stylesheet',
  generateBundle() {
    const source = `${banner}\n${minifyCss(readFileSync('src/styles/lede.css', 'utf8'))}\n`;
    this.emitFile({ type: 'asset', fileName: 'styles/lede.css', source });
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
      literalLazyImports,
      copyStylesheet,
    ],
  },
  // 2 and 3. Self-contained bundles for a <script> tag: Lit inside, minified.
  {
    input: 'src/cdn.ts',
    output: [
      {
        file: 'dist/cdn/lede.js',
        format: 'es',
        inlineDynamicImports: true,
        sourcemap: true,
        banner,
        plugins: [terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: /^!/ } })],
      },
      {
        // The classic script keeps its one global, window.Lede, unmangled.
        file: 'dist/cdn/lede.iife.js',
        format: 'iife',
        inlineDynamicImports: true,
        name: 'Lede',
        sourcemap: true,
        banner,
        plugins: [terser({ ecma: 2022, compress: { passes: 3 }, format: { comments: /^!/ } })],
      },
    ],
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      typescript({
        tsconfig: './tsconfig.build.json',
        compilerOptions: { ...compilerOptions, outDir: 'dist/cdn', declaration: false },
      }),
      minifyComponentCss,
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
    ],
  },
  // --- end of lede-elements/react ---
];
