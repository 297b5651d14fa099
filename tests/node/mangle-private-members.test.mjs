/** The script-tag builds' renaming of `private` members (scripts/mangle-private-members.mjs). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import { privateMemberNames, privateMemberTransformer } from '../../scripts/mangle-private-members.mjs';

/** Compiles `files` (name → TypeScript) as one program with the transformer; returns name → JavaScript. */
function compile(files) {
  const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, strict: true, useDefineForClassFields: false };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (name in files ? ts.createSourceFile(name, files[name], version, true) : read(name, version));
  host.fileExists = (name) => name in files || ts.sys.fileExists(name);
  const output = {};
  host.writeFile = (name, text) => {
    output[name.replace(/\.js$/, '.ts')] = text;
  };
  const program = ts.createProgram(Object.keys(files), options, host);
  const { diagnostics } = program.emit(undefined, undefined, undefined, false, { before: [privateMemberTransformer(program)] });
  assert.deepEqual(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), []);
  return output;
}

/** Runs the compiled module and returns what it exports. */
const run = async (code) => import(`data:text/javascript,${encodeURIComponent(code)}`);

describe('private members in the script-tag builds', () => {
  const source = `
    export class Counter {
      static properties = { pendingLabel: {} };
      count = 0;
      private pendingLabel = 'kept: its name is a key of static properties';
      private stepSize = 2;
      private lastFeed: { items: string[] } = { items: [] };
      private get doubled() { return this.stepSize * 2; }
      private advance(by: number) { this.count += by; return this; }
      private advanceByName() { return (this as any)['quoted'] ?? 'kept: quoted'; }
      private quoted = 'a name written as text';
      step(other?: Counter) {
        this.advance(this.stepSize).advance(this.doubled);
        other?.advance(1);
        return this.count;
      }
      read(json: string) {
        // A JSON object's "items" is not the private member of that name.
        const feed = JSON.parse(json);
        this.lastFeed = { items: feed.items };
        return this.lastFeed.items.length;
      }
      label() { return this.pendingLabel + ' / ' + this.advanceByName(); }
    }
  `;

  it('renames private members consistently and keeps what the program behaves by', async () => {
    const { 'counter.ts': code } = compile({ 'counter.ts': source });
    for (const name of ['stepSize', 'lastFeed', 'doubled', 'advance']) {
      assert.doesNotMatch(code, new RegExp(`\\b${name}\\b`), `${name} is renamed`);
    }
    // Public members, names written as text and a JSON object's properties stay as they are.
    assert.match(code, /\bstep\(/);
    assert.match(code, /\bcount\b/);
    assert.match(code, /this\.pendingLabel\b/);
    assert.match(code, /this\.quoted\b/);
    assert.match(code, /feed\.items\b/);
    const { Counter } = await run(code);
    const counter = new Counter();
    const other = new Counter();
    assert.equal(counter.step(other), 6);
    assert.equal(other.count, 1);
    assert.equal(counter.read('{"items": ["a", "b", "c"]}'), 3);
    assert.equal(counter.label(), 'kept: its name is a key of static properties / a name written as text');
  });

  it('stops the build when a renamed name is read from a value typed any', () => {
    assert.throws(
      () => compile({ 'loose.ts': 'export class Loose { private stepSize = 2; step() { return (this as any).stepSize; } }' }),
      /loose\.ts:1: reads "stepSize" from a value typed any/,
    );
  });

  it('maps the real sources the same way whichever order a build reads them in (each build makes its own program)', () => {
    const config = ts.getParsedCommandLineOfConfigFile(new URL('../../tsconfig.build.json', import.meta.url).pathname, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const first = privateMemberNames(ts.createProgram(config.fileNames, config.options));
    const second = privateMemberNames(ts.createProgram([...config.fileNames].reverse(), config.options));
    assert.ok(first.size > 50, `${first.size} names`);
    assert.deepEqual([...second], [...first]);
  });

  it('gives a name the same short name in every file, so a class and its users in other chunks agree', () => {
    const output = compile({
      'a.ts': 'export class A { private renderLater() { return 1; } run() { return this.renderLater(); } }',
      'b.ts': 'export class B { private renderLater() { return 2; } run() { return this.renderLater(); } }',
    });
    const short = (code) => code.match(/this\.(\$\w+)\(\)/)?.[1];
    assert.ok(short(output['a.ts']));
    assert.equal(short(output['a.ts']), short(output['b.ts']));
  });
});
