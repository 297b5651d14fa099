/**
 * The API section of every docs/components/*.md is what scripts/docs.mjs
 * writes from custom-elements.json, so a changed attribute, slot, part, token
 * or event without `npm run build` fails here. Run after `npm run build`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { END, START, currentSection, elementsOf, pageFor, renderApi } from '../../scripts/docs.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const docsDir = new URL('../../docs/components/', import.meta.url);

describe('docs/components API sections', () => {
  it('has a page for every element and an element for every page', () => {
    const files = readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort();
    const tags = elementsOf(manifest).map((e) => `${e.tagName.replace(/^lede-/, '')}.md`).sort();
    assert.equal(tags.length, 5);
    assert.deepEqual(files, tags);
  });

  it('every page has one pair of markers, in order', () => {
    for (const file of readdirSync(docsDir).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(new URL(file, docsDir), 'utf8');
      assert.equal(text.split(START).length - 1, 1, `${file}: one ${START}`);
      assert.equal(text.split(END).length - 1, 1, `${file}: one ${END}`);
      assert.ok(text.indexOf(START) < text.indexOf(END), `${file}: ${START} before ${END}`);
    }
  });

  const sectionOf = (element) => currentSection(readFileSync(pageFor(element.tagName), 'utf8'), `${element.tagName}'s page`);

  for (const element of elementsOf(manifest)) {
    it(`${element.tagName}: the API section is what the manifest generates (run npm run build)`, () => {
      assert.equal(sectionOf(element), renderApi(element));
    });
  }

  it('the section lists every attribute, slot, part, token and event of the manifest', () => {
    for (const element of elementsOf(manifest)) {
      const section = sectionOf(element);
      for (const a of element.attributes ?? []) assert.ok(section.includes(`| \`${a.name}\``), `${element.tagName}: attribute ${a.name}`);
      for (const s of (element.slots ?? []).filter((s) => s.name)) assert.ok(section.includes(`| \`${s.name}\` |`), `${element.tagName}: slot ${s.name}`);
      for (const p of element.cssParts ?? []) assert.ok(section.includes(`| \`${p.name}\` |`), `${element.tagName}: part ${p.name}`);
      for (const p of element.cssProperties ?? []) assert.ok(section.includes(`| \`${p.name}\` |`), `${element.tagName}: CSS property ${p.name}`);
      for (const e of element.events ?? []) assert.ok(section.includes(`| \`${e.name}\` |`), `${element.tagName}: event ${e.name}`);
    }
  });

  it('keeps the hand-written Decisions outside the generated section', () => {
    for (const element of elementsOf(manifest)) {
      const text = readFileSync(pageFor(element.tagName), 'utf8');
      assert.match(text.replace(sectionOf(element), ''), /\n## Decisions\n/, `${element.tagName}: Decisions`);
    }
  });
});
