/**
 * Rollup builds for server rendering, kept out of the script-tag bundle:
 *
 * - dist/ssr/hydrate-support.js: Lit's hydration support as one small
 *   self-contained module for the script-tag page. Loaded (as a module, in
 *   document order) before dist/cdn/lede.js, it installs the hook that
 *   lede.js's LitElement picks up when it is defined, so server-rendered
 *   elements adopt their declarative shadow DOM instead of rendering again.
 *   Readers of pages that are not server-rendered never load it.
 * - dist/cdn/structured-data-writer.js: what the classic script
 *   (lede.iife.js, one file, so it cannot split it off itself) loads on demand
 *   beside it for the `structured-data` attribute. lede.js and apps' bundlers
 *   get the writer as a chunk of their own.
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
