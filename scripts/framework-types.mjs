/**
 * Writes the framework type declarations from custom-elements.json, so that a
 * `<lede-*>` tag type-checks in a React, Preact, Vue or Svelte app with one line
 * in any `.d.ts` of the app:
 *
 *   /// <reference types="lede-elements/jsx" />      React 19 and Preact JSX
 *   /// <reference types="lede-elements/vue" />      Vue 3 templates (GlobalComponents)
 *   /// <reference types="lede-elements/svelte" />   Svelte 5 (SvelteHTMLElements)
 *
 * Every tag gets its properties with their real types (imported from the
 * package's index), its attributes (enumerations stay unions), and its
 * events as typed handlers. `npm run build` runs it after the manifest.
 * Chosen over the Custom Elements Manifest ecosystem's per-framework
 * generators (custom-element-jsx-integration, -vuejs-integration,
 * -svelte-integration): one small script writes all of them from the same
 * description, with the package's own exported type names, React 19's
 * `on<event-name>` props, and JSON text accepted for object properties (as
 * the elements accept it), and it adds no dependency.
 *
 *   node scripts/framework-types.mjs   writes dist/types/*.d.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { elementsOf } from './docs.mjs';

const root = new URL('../', import.meta.url);
const outDir = new URL('dist/types/', root);

const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs (npm run build): do not edit.';

/** Names a type text may use without an import. */
const BUILT_IN = new Set(['Array', 'ReadonlyArray', 'Readonly', 'Partial', 'Record', 'Event', 'CustomEvent', 'HTMLElement', 'Date']);

/** `lede-related-select` → `LedeRelatedSelect` (Vue's and the React wrappers' event prop is `on` + this). */
export const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());

/** What the manifest says about each element, in the shape every output needs. */
export function describeElements(manifest) {
  return elementsOf(manifest).map((declaration) => {
    const fields = (declaration.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && m.type?.text,
    );
    const fieldNames = new Set(fields.map((f) => f.name));
    return {
      tag: declaration.tagName,
      className: declaration.name,
      properties: fields.map((f) => ({ name: f.name, type: f.type.text, description: f.description })),
      // Attributes whose name differs from their property (heading-level, include-current): settable as written in HTML.
      attributes: (declaration.attributes ?? [])
        .filter((a) => a.type?.text && a.fieldName && !fieldNames.has(a.name) && fieldNames.has(a.fieldName))
        .map((a) => ({ name: a.name, type: a.type.text, description: a.description, fieldName: a.fieldName })),
      events: (declaration.events ?? []).map((e) => ({ name: e.name, type: e.type?.text ?? 'Event', description: e.description })),
    };
  });
}

/** Type names a type text refers to. */
const namesIn = (text) => (text.match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? []).filter((name) => !BUILT_IN.has(name));

const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '');
const quoteKey = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** dist/types/elements.d.ts: per element, its properties, attributes and events, framework-neutral. */
function elementsModule(elements, exported) {
  const names = new Set();
  for (const element of elements) {
    names.add(element.className);
    for (const item of [...element.properties, ...element.attributes, ...element.events]) namesIn(item.type).forEach((n) => names.add(n));
  }
  const missing = [...names].filter((name) => !exported.has(name));
  if (missing.length) throw new Error(`framework-types: ${missing.join(', ')} must be exported from src/index.ts for the framework types.`);

  const out = [HEADER, `import type { ${[...names].sort().join(', ')} } from '../index.js';`, ''];
  out.push(
    '/** A property of type `T` as a framework may set it: objects also as JSON text, numbers also as numeric text (the element converts both). */',
    'export type Settable<T> = [T] extends [boolean | null | undefined]',
    '  ? T',
    '  : [T] extends [number | null | undefined]',
    '    ? T | `${number}`',
    '    : [T] extends [string | null | undefined]',
    '      ? T',
    '      : T | string;',
    '',
    '/** An attribute whose property has type `T`, as written in markup: JSON text for objects. */',
    'export type AttributeValue<T> = [T] extends [boolean | null | undefined]',
    '  ? boolean',
    '  : [T] extends [number | null | undefined]',
    '    ? T | `${number}`',
    '    : [T] extends [string | null | undefined]',
    '      ? T',
    '      : string;',
    '',
  );
  for (const element of elements) {
    const { className: name } = element;
    out.push(`/** Properties of <${element.tag}>, with their real types. */`, `export interface ${name}Properties {`);
    for (const p of element.properties) out.push(`${doc(p.description)}  ${quoteKey(p.name)}?: Settable<${p.type}>;`);
    out.push('}', '', `/** Attributes of <${element.tag}> whose names differ from their properties. */`, `export interface ${name}Attributes {`);
    for (const a of element.attributes) out.push(`${doc(a.description)}  ${quoteKey(a.name)}?: AttributeValue<${a.type}>;`);
    out.push('}', '', `/** Events of <${element.tag}>, by name. */`, `export interface ${name}Events {`);
    for (const e of element.events) out.push(`${doc(e.description)}  ${quoteKey(e.name)}: ${e.type};`);
    out.push('}', '');
  }
  out.push('/** Every Lede tag with its element class, properties, attributes and events. */', 'export interface LedeElements {');
  for (const { tag, className: name } of elements) {
    out.push(`  '${tag}': { element: ${name}; properties: ${name}Properties; attributes: ${name}Attributes; events: ${name}Events };`);
  }
  out.push('}', '');
  out.push(
    '/** `on<event-name>` handlers, as React 19, Preact and Svelte 5 attach them to a custom element. */',
    'export type EventAttributes<Events> = { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };',
    '',
    '/** Properties, attributes and event handlers of a tag as one JSX/Svelte props object. */',
    "export type ElementProps<Tag extends keyof LedeElements> = LedeElements[Tag]['properties'] &",
    "  LedeElements[Tag]['attributes'] &",
    "  EventAttributes<LedeElements[Tag]['events']>;",
    '',
  );
  return out.join('\n');
}

/** dist/types/jsx.d.ts: React 19 and Preact. */
function jsxModule(elements) {
  const entries = (attributes) =>
    elements.map(({ tag, className }) => `      '${tag}': ${attributes(`LedeElements['${tag}']['element']`)} & ElementProps<'${tag}'>;`).join('\n');
  return {
    react: [
      HEADER,
      "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
      "import type { ElementProps, LedeElements } from './elements.js';",
      '',
      "declare module 'react' {",
      '  namespace JSX {',
      '    interface IntrinsicElements {',
      entries((el) => `DetailedHTMLProps<HTMLAttributes<${el}>, ${el}>`),
      '    }',
      '  }',
      '}',
      '',
    ].join('\n'),
    preact: [
      HEADER,
      "import type { HTMLAttributes } from 'preact';",
      "import type { ElementProps, LedeElements } from './elements.js';",
      '',
      "declare module 'preact' {",
      '  namespace JSX {',
      '    interface IntrinsicElements {',
      entries((el) => `HTMLAttributes<${el}>`),
      '    }',
      '  }',
      '}',
      '',
    ].join('\n'),
    both: [
      HEADER,
      '// React 19 and Preact: each block applies where its library is installed. An app that type-checks',
      '// libraries (skipLibCheck off) and lacks one of them references lede-elements/jsx/react or /jsx/preact.',
      "import './react-jsx.js';",
      "import './preact-jsx.js';",
      '',
    ].join('\n'),
  };
}

/** dist/types/vue.d.ts: Vue 3 GlobalComponents, for vue-tsc's template checks. */
function vueModule(elements) {
  const lines = elements.map(
    ({ tag }) =>
      `    '${tag}': LedeVueElement<LedeElements['${tag}']['element'], LedeElements['${tag}']['properties'] & LedeElements['${tag}']['attributes'], LedeElements['${tag}']['events']>;`,
  );
  return [
    HEADER,
    "import type { AllowedComponentProps, HTMLAttributes, VNodeProps } from 'vue';",
    "import type { LedeElements } from './elements.js';",
    '',
    "/** Vue's event props: `@lede-related-select` checks against `onLedeRelatedSelect`. */",
    'type VueEventProps<Events> = {',
    '  [Name in keyof Events & string as `on${Capitalize<CamelCase<Name>>}`]?: (event: Events[Name]) => void;',
    '};',
    'type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;',
    '',
    '/** A custom element as Vue templates see it: its own props and events on top of HTML attributes. */',
    'type LedeVueElement<Element, Props, Events> = new () => Element & {',
    '  $props: HTMLAttributes & Props & VueEventProps<Events> & AllowedComponentProps & VNodeProps;',
    '};',
    '',
    "declare module 'vue' {",
    '  interface GlobalComponents {',
    ...lines,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** dist/types/svelte.d.ts: Svelte 5's SvelteHTMLElements, for svelte-check. */
function svelteModule(elements) {
  return [
    HEADER,
    "import type { HTMLAttributes } from 'svelte/elements';",
    "import type { ElementProps, LedeElements } from './elements.js';",
    '',
    "declare module 'svelte/elements' {",
    '  interface SvelteHTMLElements {',
    ...elements.map(({ tag }) => `    '${tag}': HTMLAttributes<LedeElements['${tag}']['element']> & ElementProps<'${tag}'>;`),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Every generated file, by name under dist/types/. */
export function frameworkTypes(manifest) {
  const elements = describeElements(manifest);
  const index = manifest.modules.find((m) => m.path === 'src/index.ts');
  const exported = new Set((index?.exports ?? []).map((e) => e.name));
  const jsx = jsxModule(elements);
  return {
    'elements.d.ts': elementsModule(elements, exported),
    'react-jsx.d.ts': jsx.react,
    'preact-jsx.d.ts': jsx.preact,
    'jsx.d.ts': jsx.both,
    'vue.d.ts': vueModule(elements),
    'svelte.d.ts': svelteModule(elements),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(frameworkTypes(manifest))) writeFileSync(new URL(name, outDir), text);
}
