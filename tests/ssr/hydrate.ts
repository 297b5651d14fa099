/** Hydrates server-rendered elements: Lit's hydration support before the elements are defined. */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/define.js';
