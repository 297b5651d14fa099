/**
 * The package as a framework app gets it: `npm pack`, unpacked into an app's
 * node_modules, then type-checked the way each framework does it (tsc for
 * React 19 and Preact JSX under bundler, node16 and nodenext resolution;
 * vue-tsc with strict templates; svelte-check). The fixtures in tests/types/
 * use every tag correctly, and mark wrong enumerations and item shapes, which
 * must stay errors (`@ts-expect-error`, `@vue-expect-error`, or an `error:`
 * comment in Svelte, which has no such directive in markup).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);

let app = '';
let packed = [];

before(async () => {
  // An app folder outside the repository (svelte-check ignores anything under node_modules):
  // lede-elements from the tarball, everything else linked from the repository's node_modules.
  app = mkdtempSync(join(tmpdir(), 'lede-app-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', app], { cwd: root });
  const [{ filename, files }] = JSON.parse(stdout);
  packed = files.map((file) => file.path);
  mkdirSync(join(app, 'node_modules/lede-elements'), { recursive: true });
  await run('tar', ['-xzf', join(app, filename), '-C', join(app, 'node_modules/lede-elements'), '--strip-components=1']);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== 'lede-elements') symlinkSync(join(root, 'node_modules', entry), join(app, 'node_modules', entry));
  }
  cpSync(join(root, 'tests/types'), app, { recursive: true });
  // An ES module app, as Vite and Next.js make them (node16 resolution needs it to import an ES module package).
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'lede-app', private: true, type: 'module' }));
});

after(() => app && rmSync(app, { recursive: true, force: true }));

/** Runs a checker in the app; resolves to its output, and fails the test with that output if it exits non-zero. */
async function check(command, args) {
  try {
    const { stdout, stderr } = await run(bin(command), args, { cwd: app, maxBuffer: 1 << 24 });
    return stdout + stderr;
  } catch (error) {
    assert.fail(`${command} ${args.join(' ')} failed:\n${error.stdout}${error.stderr}`);
  }
}

describe('the npm package in a framework app', () => {
  it('ships the framework types, the React wrappers, the stylesheet and the manifest, and no sources or tests', () => {
    for (const file of [
      'dist/types/jsx.d.ts',
      'dist/types/react-jsx.d.ts',
      'dist/types/preact-jsx.d.ts',
      'dist/types/vue.d.ts',
      'dist/types/svelte.d.ts',
      'dist/types/elements.d.ts',
      'dist/react/index.js',
      'dist/react/index.d.ts',
      'dist/styles/lede.css',
      'dist/define.js',
      'dist/cdn/lede.js',
      'custom-elements.json',
    ]) {
      assert.ok(packed.includes(file), `${file} is in the package`);
    }
    assert.deepEqual(packed.filter((file) => /^(src|tests|scripts|bench)\//.test(file)), []);
  });

  it('keeps React and the wrappers out of the script-tag bundles', () => {
    const scripts = readdirSync(join(root, 'dist/cdn'), { recursive: true }).filter((file) => file.endsWith('.js'));
    assert.ok(scripts.includes('lede.js') && scripts.includes('lede.iife.js'));
    for (const file of scripts) {
      assert.doesNotMatch(readFileSync(join(root, 'dist/cdn', file), 'utf8'), /createComponent|useLayoutEffect|forwardRef|__eventType/, file);
    }
  });

  it('resolves the stylesheet, dist/* paths and the React wrappers through its exports', async () => {
    const script = `
      const specifiers = ['lede-elements/lede.css', 'lede-elements/dist/styles/lede.css', 'lede-elements/dist/define.js', 'lede-elements/react'];
      console.log(JSON.stringify(specifiers.map((s) => import.meta.resolve(s).replace(/^.*node_modules\\/lede-elements\\//, ''))));
      const react = await import('lede-elements/react');
      console.log(JSON.stringify(Object.keys(react).sort()));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: app });
    const [resolved, wrappers] = stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(resolved, ['dist/styles/lede.css', 'dist/styles/lede.css', 'dist/define.js', 'dist/react/index.js']);
    assert.deepEqual(wrappers, ['LedeArticleHeader', 'LedeCaptionedImage', 'LedeLiveBanner', 'LedeQuoteBlock', 'LedeRelatedContent']);
  });

  it('has a React wrapper for every element in the manifest, with every event as an onLede… prop', async () => {
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/lede-elements/custom-elements.json'), 'utf8'));
    const wrappers = readFileSync(join(app, 'node_modules/lede-elements/dist/react/index.d.ts'), 'utf8');
    for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName)) {
      assert.match(wrappers, new RegExp(`export declare const ${declaration.name}:`), declaration.name);
      for (const event of declaration.events ?? []) {
        const prop = `on${event.name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;
        assert.match(wrappers, new RegExp(`${prop}: EventName<${event.type.text}>`), `${declaration.name} ${prop}`);
      }
    }
  });

  for (const resolution of ['bundler', 'node16', 'nodenext']) {
    it(`React 19 JSX and the wrappers type-check (moduleResolution ${resolution})`, async () => {
      const module = resolution === 'bundler' ? 'esnext' : resolution;
      await check('tsc', ['-p', 'tsconfig.react.json', '--module', module, '--moduleResolution', resolution]);
    });
  }

  it('Preact JSX type-checks', async () => {
    await check('tsc', ['-p', 'tsconfig.preact.json']);
  });

  it('lede-elements/jsx sets up React and Preact at once', async () => {
    await check('tsc', ['-p', 'tsconfig.jsx.json']);
  });

  it('Vue templates type-check with vue-tsc strict templates', async () => {
    await check('vue-tsc', ['-p', 'tsconfig.vue.json']);
  });

  it('Svelte 5 markup is checked by svelte-check: correct use passes, each wrong use is an error', async () => {
    let output = '';
    try {
      await run(bin('svelte-check'), ['--workspace', app, '--tsconfig', './tsconfig.svelte.json', '--output', 'machine'], { cwd: app, maxBuffer: 1 << 24 });
      assert.fail('svelte-check passed Wrong.svelte');
    } catch (error) {
      if (error.code === 'ERR_ASSERTION') throw error;
      output = error.stdout;
    }
    const errors = output
      .split('\n')
      .map((line) => /^\d+ ERROR "(.+?)" (\d+):\d+ (.*)$/.exec(line))
      .filter(Boolean)
      .map(([, file, line, message]) => ({ file, line: Number(line), message }));
    assert.deepEqual(errors.filter((e) => e.file !== 'Wrong.svelte'), [], 'App.svelte is correct');
    const wrong = readFileSync(join(app, 'Wrong.svelte'), 'utf8').split('\n');
    const expected = wrong.flatMap((text, index) => (text.startsWith('<!-- error:') ? [index + 2] : []));
    assert.ok(expected.length >= 5);
    assert.deepEqual([...new Set(errors.map((e) => e.line))].sort((a, b) => a - b), expected, JSON.stringify(errors, null, 1));
  });
});
