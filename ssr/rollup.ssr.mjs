/**
 * Rollup builds for server rendering, kept out of the script-tag bundle:
 *
 * - dist/ssr/hydrate-support.js: Lit's hydration support as one small
 *   self-contained module for the script-tag page. Loaded (as a module, in
 *   document order) before dist/cdn/lede.js, it installs the hook that
 *   lede.js's LitElement picks up when it is defined, so server-rendered
 *   elements adopt their declarative shadow DOM instead of rendering again.
 *   Readers of pages that are not server-rendered never load it.
 * - dist/cdn/structured-data-writer.js: what the elements' `structured-data`
 *   attribute loads on demand beside the script-tag bundle (one file, so it
 *   cannot split it off itself). Not part of lede.js.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export const ssrBuilds = [
  {
    input: '@lit-labs/ssr-client/lit-element-hydrate-support.js',
    output: {
      file: 'dist/ssr/hydrate-support.js',
      format: 'es',
      sourcemap: true,
      plugins: [terser({ ecma: 2022, module: true, compress: { passes: 2 } })],
    },
    plugins: [nodeResolve({ exportConditions: ['production', 'browser', 'default'] })],
  },
  {
    input: 'src/internal/structured-data-writer.ts',
    output: {
      file: 'dist/cdn/structured-data-writer.js',
      format: 'es',
      sourcemap: true,
      plugins: [terser({ ecma: 2022, module: true, compress: { passes: 2 } })],
    },
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      typescript({ tsconfig: './tsconfig.build.json', compilerOptions: { rootDir: 'src', outDir: 'dist/cdn', declaration: false, sourceMap: true } }),
    ],
  },
];

/**
 * For the npm build: `import(/* lede-lazy *\/ new URL('./x.js', import.meta.url).href)`
 * becomes `import('./x.js')`, a chunk apps' bundlers see and split off. The
 * script-tag bundle keeps the URL form and loads the file built beside it.
 */
export const literalLazyImports = {
  name: 'lede-literal-lazy-imports',
  transform(code, id) {
    if (!id.includes('/src/') || !code.includes('lede-lazy')) return null;
    return { code: code.replace(/import\(\s*\/\* lede-lazy \*\/\s*(?:\/\*[^*]*\*\/\s*)*new URL\(('\.\/[^']+'), import\.meta\.url\)\.href\)/g, 'import($1)'), map: null };
  },
};
