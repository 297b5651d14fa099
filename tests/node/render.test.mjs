/**
 * lede-elements/ssr in Node: the example article renders to a valid page
 * that carries every word of the article, Schema.org JSON-LD with what
 * Google documents for articles and live blogs, and no way for a field's
 * text to become markup. Runs on the built dist/ (npm run build).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate } from 'html-validate';
import { exampleArticle, jsonLdOf, ssr, textFields, withEveryText } from './render-helpers.mjs';

const { renderArticle, renderElement, toJsonLd, validateArticle, ArticleValidationError } = ssr;
const article = exampleArticle();
const page = await renderArticle(article, { cdn: '/dist/cdn/lede.js' });

/** What a reader can read: the page's text (light and declarative shadow DOM), without scripts, styles or tags. */
const readableText = (html) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&(amp|lt|gt|quot);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name])
    .replace(/\s+/g, ' ');

/** Fields no element shows; they are for search engines, in the JSON-LD. */
const JSON_LD_ONLY = [/^publisher\//, /\/credit\/copyright$/, /^live\/updates\//];

describe('renderArticle', () => {
  it('renders the example article to a whole document with every element as declarative shadow DOM', () => {
    assert.match(page, /^<!DOCTYPE html>\n<html lang="en-US">/);
    for (const tag of ['lede-live-banner', 'lede-article-header', 'lede-captioned-image', 'lede-quote-block', 'lede-related-content']) {
      assert.match(page, new RegExp(`<${tag}[^>]*>\\s*<template shadowroot="open" shadowrootmode="open">`), tag);
    }
    // Hydration support before lede.js, both deferred modules (run in document order).
    const scripts = [...page.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((match) => match[1]);
    assert.deepEqual(scripts, ['/dist/ssr/hydrate-support.js', '/dist/cdn/lede.js']);
  });

  it('puts every text field of the article in the page, where a reader sees it', () => {
    const text = readableText(page);
    const jsonLd = JSON.stringify(jsonLdOf(page).map(({ node }) => node));
    const fields = textFields(article);
    assert.ok(fields.length > 30, `${fields.length} text fields`);
    for (const [path, value] of fields) {
      const where = path.join('/');
      if (path.at(-1) === 'alt') assert.ok(page.includes(`alt="${value}"`), `${where} is the <img>'s alt`);
      // Drawn from the attribute by the element's styles until it hydrates (render-browser.test.mjs sees it).
      else if (where === 'related/heading') assert.match(page, new RegExp(`<lede-related-content[^>]* heading="${value}"`), where);
      else if (JSON_LD_ONLY.some((pattern) => pattern.test(where))) assert.ok(jsonLd.includes(JSON.stringify(value)), `${where} is in the JSON-LD`);
      else assert.ok(text.includes(value), `${where} is readable: ${value}`);
    }
    // The dateline, in the newsroom's time zone.
    assert.ok(text.includes('1:17 PM EDT'), 'dateline');
  });

  it('passes html-validate with no errors', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // The title is the newsroom's headline: its length is an editorial choice, not markup.
        'long-title': 'off',
        // The elements' own server render writes two style attributes (the image's ratio, the quote's
        // marks) that they set through the CSSOM in the browser; see docs/ssr.md on CSP.
        'no-inline-style': 'off',
        // The related list names its <ul> by its heading; ARIA allows aria-labelledby on a list, the rule only
        // "does not recommend" it. Every other misuse of aria-label(ledby) still fails.
        'aria-label-misuse': ['error', { allowAnyNamable: true }],
      },
    });
    const report = await validator.validateString(page);
    const errors = report.results.flatMap((result) => result.messages).map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    assert.deepEqual(errors, []);
  });

  it('renders a fragment (the article and its JSON-LD, no document or scripts) with { document: false }', async () => {
    const fragment = await renderArticle(article, { document: false });
    assert.doesNotMatch(fragment, /<!DOCTYPE|<html[\s>]|<head[\s>]|<script type="module"/);
    assert.match(fragment, /<article>/);
    assert.equal(jsonLdOf(fragment).length, 3);
    // The page around a fragment loads the same two scripts, in this order.
    assert.equal(
      ssr.scriptTags({ cdn: '/assets/lede/cdn/lede.js' }),
      '<script type="module" src="/assets/lede/ssr/hydrate-support.js"></script>\n<script type="module" src="/assets/lede/cdn/lede.js"></script>',
    );
  });

  it('points the scripts at a CDN copy with { cdn }, hydration support beside lede.js', async () => {
    const html = await renderArticle(article, { cdn: 'https://cdn.example.net/lede-elements@1/dist/cdn/lede.js' });
    assert.ok(html.includes('<script type="module" src="https://cdn.example.net/lede-elements@1/dist/ssr/hydrate-support.js"></script>'));
    assert.ok(html.includes('<script type="module" src="https://cdn.example.net/lede-elements@1/dist/cdn/lede.js"></script>'));
    const byDefault = await renderArticle(article);
    assert.match(byDefault, /src="https:\/\/unpkg\.com\/lede-elements@\d+\.\d+\.\d+[^"]*\/dist\/cdn\/lede\.js"/);
  });

  it('refuses an invalid article with ArticleValidationError naming each field as a JSON pointer', async () => {
    const broken = structuredClone(article);
    delete broken.header.headline;
    broken.header.published = '2024-03-19 13:17';
    broken.body[1] = { type: 'paragraph', text: [{ text: 'click', href: 'javascript:alert(1)' }] };
    broken.leadImage.width = -3;
    await assert.rejects(renderArticle(broken), (error) => {
      assert.ok(error instanceof ArticleValidationError);
      assert.deepEqual(
        error.errors.map((e) => e.pointer),
        ['/header/headline', '/header/published', '/leadImage/width', '/body/1/text/0/href'],
      );
      assert.match(error.message, /\/header\/headline is required/);
      assert.match(error.message, /\/header\/published .*ISO 8601/);
      return true;
    });
  });

  it('validates what the schema says, with a reason per field', () => {
    assert.deepEqual(validateArticle(article), []);
    const messages = (value) => validateArticle(value).map((e) => `${e.pointer} ${e.message}`);
    assert.deepEqual(messages([]), [' must be an object, not an array']);
    assert.deepEqual(messages({ ...article, body: [{ type: 'poem' }] }), ['/body/0/type must be one of "paragraph", "image", "quote"']);
    assert.deepEqual(messages({ ...article, headline: 'misplaced' }), [`/headline is not a known property (known: ${Object.keys(ssr.schema().properties).join(', ')})`]);
    assert.deepEqual(messages({ ...article, live: { ...article.live, state: 'paused' } }), ['/live/state must be one of "live", "ended", not string "paused"']);
    assert.deepEqual(messages({ ...article, related: { items: [{ title: 'x', url: 'java\tscript:alert(1)' }] } }), ['/related/items/0/url must be a URL without spaces, control characters or backslashes']);
    assert.deepEqual(messages({ ...article, header: { ...article.header, authors: [] } }), ['/header/authors must have at least 1 item']);
    assert.deepEqual(messages({ ...article, timeZone: 'Mars/Olympus_Mons' }), ['/timeZone "Mars/Olympus_Mons" is not an IANA time zone (e.g. America/New_York)']);
  });
});

describe('JSON-LD', () => {
  const nodes = Object.fromEntries(jsonLdOf(page).map(({ type, node }) => [type, node]));
  const offset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;

  it('writes NewsArticle, LiveBlogPosting and ItemList, each parsing as JSON, the same as toJsonLd()', () => {
    assert.deepEqual(Object.keys(nodes), ['NewsArticle', 'LiveBlogPosting', 'ItemList']);
    assert.deepEqual(Object.values(nodes), JSON.parse(JSON.stringify(toJsonLd(article))));
    for (const node of Object.values(nodes)) assert.equal(node['@context'], 'https://schema.org');
  });

  it('NewsArticle has Google’s recommended article properties and the issue’s list', () => {
    const news = nodes.NewsArticle;
    assert.equal(news.headline, article.header.headline);
    assert.equal(news.description, article.header.standfirst);
    assert.match(news.datePublished, offset);
    assert.match(news.dateModified, offset);
    assert.equal(news.datePublished, '2024-03-19T13:17:00-04:00');
    assert.deepEqual(news.author, [
      { '@type': 'Person', name: 'Newsroom staff', url: 'https://news.example.com/authors/newsroom' },
      { '@type': 'Person', name: 'Kim Min-jun', url: 'https://news.example.com/authors/kim-min-jun' },
    ]);
    assert.equal(news.publisher['@type'], 'NewsMediaOrganization');
    assert.equal(news.publisher.name, 'The Daily Example');
    assert.deepEqual(news.mainEntityOfPage, { '@type': 'WebPage', '@id': article.url });
    assert.ok(news.image.length >= 1);
    for (const image of news.image) assert.match(image.url, /^https:\/\//);
  });

  it('the credited image is an ImageObject with size, creditText, creator and copyrightNotice', () => {
    const [image] = nodes.NewsArticle.image;
    assert.equal(image['@type'], 'ImageObject');
    assert.equal(image.url, 'https://news.example.com/demo/assets/freight-yard.svg');
    assert.deepEqual(image.width, { '@type': 'QuantitativeValue', value: 1200, unitCode: 'E37' });
    assert.deepEqual(image.height, { '@type': 'QuantitativeValue', value: 800, unitCode: 'E37' });
    assert.equal(image.creditText, 'East News | Alexander Zemlianichenko');
    assert.deepEqual(image.creator, [
      { '@type': 'Person', name: 'Alexander Zemlianichenko' },
      { '@type': 'Organization', name: 'East News' },
    ]);
    assert.equal(image.copyrightNotice, '© East News');
  });

  it('LiveBlogPosting has coverageStartTime, coverageEndTime and liveBlogUpdate postings (headline, body, date)', () => {
    const live = nodes.LiveBlogPosting;
    assert.equal(live.headline, 'War in Ukraine');
    assert.equal(live.url, 'https://news.example.com/live/war-in-ukraine');
    assert.equal(live.coverageStartTime, '2024-03-19T06:00:00-04:00');
    assert.equal(live.coverageEndTime, '2024-03-20T06:00:00-04:00');
    assert.equal(live.liveBlogUpdate.length, 2);
    for (const update of live.liveBlogUpdate) {
      assert.equal(update['@type'], 'BlogPosting');
      assert.ok(update.headline && update.articleBody);
      assert.match(update.datePublished, offset);
    }
  });

  it('ItemList lists the related items in order with absolute URLs', () => {
    assert.deepEqual(
      nodes.ItemList.itemListElement.map(({ position, name, url }) => [position, name, url]),
      article.related.items.map((item, index) => [index + 1, item.title, `https://news.example.com${item.url}`]),
    );
  });

  it('resolves relative URLs against baseUrl when the article’s own url is relative', () => {
    const [news] = toJsonLd({ ...article, url: '/news/x' }, { baseUrl: 'https://other.example/' });
    assert.equal(news.url, 'https://other.example/news/x');
    assert.equal(news.author[0].url, 'https://other.example/authors/newsroom');
  });
});

describe('hostile text', () => {
  const payload = '</script><script>alert(1)</script><!--';

  it('</script> and <!-- in every text field stay text: no new element, the JSON-LD parses back to the same strings', async () => {
    const hostile = withEveryText(article, () => payload);
    const html = await renderArticle(hostile, { cdn: '/dist/cdn/lede.js' });
    // Only Lede's own scripts: two modules and three JSON-LD blocks.
    assert.equal(html.match(/<script/gi).length, 5);
    assert.ok(!html.includes('<script>alert'));
    for (const { raw, node } of jsonLdOf(html)) {
      assert.doesNotMatch(raw, /[<>]/, 'no angle bracket inside a JSON-LD script');
      assert.ok(JSON.stringify(node).includes(JSON.stringify(payload).slice(1, -1)), 'the text itself survives');
    }
    assert.equal(jsonLdOf(html)[0].node.headline, payload);
    // `<!--` nowhere but Lit's own markers and the page's one comment.
    const comments = html.match(/<!--(?!\/?lit-part|lit-node|\?lit\$)[^>]*/g) ?? [];
    assert.deepEqual(comments.filter((comment) => !comment.startsWith('<!-- Lede:')), []);
  });

  it('renderElement writes text children as text and refuses unsafe names', async () => {
    const markup = await renderElement('lede-quote-block', { speaker: payload, lang: 'en', variant: 'pull', hidden: false }, [['p', {}, [payload]]]);
    assert.ok(!markup.includes('<script>'));
    assert.ok(markup.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--'));
    assert.match(markup, /<lede-quote-block\s+speaker="&lt;\/script&gt;[^"]*" lang="en" variant="pull">/);
    await assert.rejects(renderElement('img src=x onerror=alert(1)'), /is not an element/);
    await assert.rejects(renderElement('script', {}, ['alert(1)']), /is not an element/);
    await assert.rejects(renderElement('p', { onclick: 'alert(1)' }), /not allowed/);
    await assert.rejects(renderElement('p', { 'x"><script>': '1' }), /not allowed/);
    assert.equal(await renderElement('img', { src: '/a.png', alt: '', hidden: true }).then((m) => m.replace(/<!--[^>]*-->/g, '')), '<img src="/a.png" alt="" hidden>');
  });
});
