/** The package ships the `lede` bin, the `lede-elements/ssr` entry and the article schema, and keeps them out of the browser bundles. */
import { firstRenderGraph } from './cdn-graph.mjs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${root}`), 'utf8'));

describe('package', () => {
  it('npm pack ships the bin, the ssr entry with its JSON-LD module and hydration support, and the schema', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const files = new Set(packed.files.map((file) => file.path));
    for (const path of ['bin/lede.mjs', 'article.schema.json', 'dist/ssr/index.js', 'dist/ssr/index.d.ts', 'dist/ssr/json-ld.js', 'dist/ssr/validate.js', 'dist/ssr/hydrate-support.js', 'dist/cdn/lede.js', 'dist/cdn/structured-data-writer.js', 'dist/internal/structured-data-writer.js']) {
      assert.ok(files.has(path), `${path} is in the package`);
    }
    assert.ok(![...files].some((path) => path.startsWith('examples/') || path.startsWith('demo/') || path.startsWith('src/')), 'no examples, demo or sources');
  });

  it('package.json names the bin and exports ./ssr (Node only) and ./article.schema.json', async () => {
    assert.deepEqual(pkg.bin, { lede: './bin/lede.mjs' });
    assert.deepEqual(pkg.exports['./ssr'], { types: './dist/ssr/index.d.ts', node: './dist/ssr/index.js' });
    assert.equal(pkg.exports['./article.schema.json'], './article.schema.json');
    assert.match(readFileSync(new URL('bin/lede.mjs', `file://${root}`), 'utf8'), /^#!\/usr\/bin\/env node\n/);
    // Through the package's own name, as an installed copy would be imported.
    const ssr = await import('lede-elements/ssr');
    assert.equal(typeof ssr.renderArticle, 'function');
    assert.equal(typeof ssr.renderElement, 'function');
    assert.equal(typeof ssr.toJsonLd, 'function');
    const { default: schema } = await import('lede-elements/article.schema.json', { with: { type: 'json' } });
    assert.deepEqual(schema.required, ['lang', 'url', 'header', 'body']);
  });

  it('@lit-labs/ssr is a dependency of the Node entry; neither it nor the JSON-LD builders are in what every reader of a script-tag page loads', () => {
    assert.ok(pkg.dependencies['@lit-labs/ssr']);
    for (const bundle of [...firstRenderGraph(), 'dist/cdn/lede.iife.js']) {
      const code = readFileSync(new URL(bundle, `file://${root}`), 'utf8');
      for (const marker of ['renderArticle', 'article.schema.json', 'coverageStartTime', 'copyrightNotice', 'lit-labs/ssr']) assert.ok(!code.includes(marker), `${bundle} has no ${marker}`);
    }
  });
});
