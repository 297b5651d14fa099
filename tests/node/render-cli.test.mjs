/** `npx lede render`: HTML on standard output and exit 0; 2 with the field named for bad input; 1 for anything else. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleArticle, jsonLdOf } from './render-helpers.mjs';

const bin = fileURLToPath(new URL('../../bin/lede.mjs', import.meta.url));
const lede = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 10 * 1024 * 1024 }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });

let folder;
const file = (name, text) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};
before(() => (folder = mkdtempSync(join(tmpdir(), 'lede-render-'))));
after(() => rmSync(folder, { recursive: true, force: true }));

describe('lede render', () => {
  it('writes the example article as a page and exits 0', async () => {
    const { code, stdout, stderr } = await lede('render', fileURLToPath(new URL('../../examples/article.json', import.meta.url)));
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.match(stdout, /^<!DOCTYPE html>/);
    assert.ok(stdout.includes('North Korea has sent Russia thousands of containers of munitions, Seoul says'));
  });

  it('--fragment, --base-url and --cdn', async () => {
    const article = { ...exampleArticle(), url: '/news/x' };
    const { code, stdout } = await lede('render', file('relative.json', JSON.stringify(article)), '--fragment', '--base-url', 'https://paper.example/', '--cdn', 'https://cdn.example/lede/dist/cdn/lede.js');
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /<!DOCTYPE|<script type="module"/);
    assert.equal(jsonLdOf(stdout)[0].node.url, 'https://paper.example/news/x');
    const page = await lede('render', file('page.json', JSON.stringify(article)), '--cdn', 'https://cdn.example/lede/dist/cdn/lede.js');
    assert.ok(page.stdout.includes('<script type="module" src="https://cdn.example/lede/dist/cdn/lede.js"></script>'));
    assert.ok(page.stdout.includes('<script type="module" src="https://cdn.example/lede/dist/ssr/hydrate-support.js"></script>'));
  });

  it('exits 2 on a malformed file, saying where', async () => {
    const { code, stdout, stderr } = await lede('render', file('malformed.json', '{\n  "lang": "en",\n  "url": "/x",\n}\n'));
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /malformed\.json is not valid JSON \(line 4, column 1\)/);
  });

  it('exits 2 on a file missing a required field, naming it as a JSON pointer', async () => {
    const article = exampleArticle();
    delete article.header.headline;
    const { code, stdout, stderr } = await lede('render', file('missing.json', JSON.stringify(article)));
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /missing\.json is not a valid article:\n {2}\/header\/headline: is required\n/);
  });

  it('exits 2 on a field of the wrong kind, naming it and why', async () => {
    const article = exampleArticle();
    article.leadImage.width = '1200px';
    article.body[0].text[0] = { text: 'x', href: 'javascript:alert(1)' };
    const { code, stderr } = await lede('render', file('wrong.json', JSON.stringify(article)));
    assert.equal(code, 2);
    assert.match(stderr, /\/leadImage\/width: must be a whole number, not string "1200px"/);
    assert.match(stderr, /\/body\/0\/text\/0\/href: "javascript:alert\(1\)" is not valid: An http\(s\) URL or a relative one/);
  });

  it('exits 1 on anything else: a missing file, a wrong command, a bad option', async () => {
    const missing = await lede('render', join(folder, 'nope.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read .*nope\.json/);
    assert.equal((await lede('draw', 'x.json')).code, 1);
    assert.equal((await lede('render', 'x.json', '--colour')).code, 1);
    assert.equal((await lede('render', file('ok.json', '{}'), '--cdn', 'http://[bad')).code, 1);
  });
});
