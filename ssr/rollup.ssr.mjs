/**
 * Rollup builds for server rendering, kept out of the script-tag bundle:
 *
 * - dist/ssr/hydrate-support.js: Lit's hydration support as one small
 *   self-contained module for the script-tag page. Loaded (as a module, in
 *   document order) before dist/cdn/lede.js, it installs the hook that
 *   lede.js's LitElement picks up when it is defined, so server-rendered
 *   elements adopt their declarative shadow DOM instead of rendering again.
 *   Readers of pages that are not server-rendered never load it.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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
];
