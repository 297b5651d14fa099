/**
 * Safe to embed: the bundle runs under a strict Content-Security-Policy with
 * Trusted Types enforced, with no violation and no error.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, withServerAndBrowser } from './browser.mjs';

// Lit creates one Trusted Types policy, "lit-html", and the feed parser one for RSS/Atom,
// "lede-feed"; a page that may load the bundle twice also allows duplicates (README).
const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html lede-feed 'allow-duplicates'",
].join('; ');

const env = withServerAndBrowser({ headers: { 'content-security-policy': POLICY } });

describe('strict CSP with Trusted Types', () => {
  it('renders every defined Lede element without a violation or an error', async () => {
    const { page, context, problems } = await openPage(env.browser, `${env.origin}/tests/node/pages/csp.html`);
    await page.waitForFunction(() => document.querySelector('lede-quote-block')?.shadowRoot?.querySelector('blockquote'));
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => ({
      violations: window.cspViolations,
      rendered: [...document.querySelectorAll('body > *')]
        .filter((el) => el.localName.startsWith('lede-') && customElements.get(el.localName))
        .map((el) => [el.localName, Boolean(el.shadowRoot?.childElementCount)]),
      quotes: getComputedStyle(document.querySelector('lede-quote-block').shadowRoot.querySelector('blockquote')).quotes,
    }));
    assert.deepEqual(state.violations, []);
    assert.deepEqual(problems.errors, []);
    assert.ok(state.rendered.length >= 1);
    for (const [tag, rendered] of state.rendered) assert.ok(rendered, `<${tag}> rendered`);
    // Styles set from script (here: the language's quotation marks) survive style-src 'self'.
    assert.match(state.quotes, /^"\u201C"/);
    // Last: this probe is itself a (reported) violation.
    const trustedTypesEnforced = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    assert.ok(trustedTypesEnforced, 'assigning a string to innerHTML throws');
    await context.close();
  });

  it('the policy really is enforced on the test page (an inline script is blocked)', async () => {
    const { page, context } = await openPage(env.browser, `${env.origin}/tests/node/pages/csp.html`);
    const ran = await page.evaluate(() => {
      try {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.body.append(script);
      } catch {
        // Trusted Types refuses the plain-string script text; either way it must not run.
      }
      return Boolean(window.inlineRan);
    });
    assert.equal(ran, false);
    await context.close();
  });

  it('loading the bundle twice (two modules, two classic scripts) under the policy throws nothing', async () => {
    const { page, context, problems } = await openPage(env.browser, `${env.origin}/tests/node/pages/twice.html`);
    await page.waitForFunction(() => document.querySelector('lede-quote-block')?.shadowRoot?.querySelector('blockquote'));
    await page.waitForTimeout(200);
    assert.deepEqual(problems, { errors: [], warnings: [] });
    await context.close();
  });
});
