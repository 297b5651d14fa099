/**
 * The article header's entry in custom-elements.json, which Storybook's docs and
 * editors read: the parts, tokens and attributes its JSDoc promises. (Its upgrade
 * without layout shift is checked with the others in layout-shift.test.mjs.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

describe('<lede-article-header> in custom-elements.json', () => {
  const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const manifest = JSON.parse(read('custom-elements.json'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'lede-article-header');

  it('lists the parts of the design contract and every part the template sets', () => {
    const parts = element.cssParts.map((p) => p.name);
    const template = read('src/components/article-header/article-header.ts');
    const used = new Set([...template.matchAll(/part="([^"$]+)"/g)].flatMap((m) => m[1].split(' ')));
    used.add('published');
    for (const name of ['header', 'headline', 'byline', 'timestamp', 'kicker', 'standfirst', 'tooltip', ...used]) {
      assert.ok(parts.includes(name), `part ${name}`);
    }
  });

  it('documents every --lede-* token its styles read', () => {
    const documented = element.cssProperties.map((p) => p.name);
    const styles = read('src/components/article-header/article-header.styles.ts') + read('src/styles/host.ts');
    const read_ = new Set([...styles.matchAll(/var\((--lede-[a-z-]+)/g)].map((m) => m[1]));
    read_.delete('--lede-surface-color'); // a shared token this element does not paint with
    for (const token of read_) assert.ok(documented.includes(token), `token ${token}`);
  });

  it('lists the public attributes and keeps internal state private', () => {
    const attributes = element.attributes.map((a) => a.name);
    for (const name of ['kicker', 'kicker-href', 'headline', 'headline-level', 'standfirst', 'authors', 'published', 'updated', 'time-zone', 'relative', 'relative-until']) {
      assert.ok(attributes.includes(name), `attribute ${name}`);
    }
    const publicFields = element.members.filter((m) => m.kind === 'field' && !m.privacy && !m.static).map((m) => m.name);
    assert.ok(!publicFields.includes('dismissedTip'));
  });
});
