/**
 * Lede in a real WordPress (Debian 12's: WordPress 6.1, PHP 8.2, MariaDB):
 * a fresh site on 127.0.0.1, the built plugin zip installed through
 * WordPress's own upload code path and activated, and the five elements
 * posted as an Administrator, Editor, Author and Contributor, in a Custom
 * HTML block, in classic content and as shortcodes. Every published post is
 * opened in Chromium. Run by `npm run test:wordpress` (builds first if
 * needed); it installs what is missing from Debian, and starts and stops
 * its own database and web server.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../node/browser.mjs';
import { block, brokenJson, expected, html, leadImage, shortcodes } from './content.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.LEDE_WP_PORT || 8301);
const host = `127.0.0.1:${port}`;
const origin = `http://${host}`;
const debianConfig = '/etc/wordpress/config-127.0.0.1.php';
const roles = ['administrator', 'editor', 'author', 'contributor'];
const forms = { block, classic: html, shortcodes };

const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', ...options });
const asRoot = process.getuid() === 0 ? [] : ['sudo'];

/** Debian's WordPress, MariaDB and PHP, when missing; a temporary policy-rc.d keeps Debian from starting services. */
function installPackages() {
  const missing = [
    ['/usr/share/wordpress/wp-load.php', 'wordpress'],
    ['/usr/share/wordpress/wp-content/themes/twentytwentythree', 'wordpress-theme-twentytwentythree'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    ['/usr/bin/php', 'php-cli'],
  ].filter(([path]) => !existsSync(path));
  if (missing.length === 0) return;
  const packages = [...new Set(['php-cli', 'php-mysql', 'php-curl', 'php-xml', 'php-mbstring', ...missing.map(([, name]) => name)])];
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) run('sh', ['-c', `${asRoot.join(' ')} sh -c 'printf "#!/bin/sh\\nexit 101\\n" > ${policy} && chmod +x ${policy}'`]);
  try {
    run(...sudo('apt-get', ['update', '-qq']));
    run(...sudo('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]), { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } finally {
    if (ownPolicy) run(...sudo('rm', ['-f', policy]));
  }
}
function sudo(command, args) {
  return asRoot.length ? ['sudo', [command, ...args]] : [command, args];
}
/** Writes a file in a directory only root may write to (through sudo when not root). */
function writeAsRoot(path, text) {
  if (!asRoot.length) return writeFileSync(path, text);
  run('sudo', ['tee', path], { input: text, stdio: ['pipe', 'ignore', 'inherit'] });
}

async function waitFor(check, what, timeout = 60_000) {
  const start = Date.now();
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() - start > timeout) throw new Error(`${what} did not start within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const site = { users: {}, posts: [], notices: '' };
let work;
let database;
let webServer;
let browser;

/** A REST request as `role`, authenticated with its application password. */
async function rest(role, route, body) {
  const { login, password } = site.users[role];
  const response = await fetch(`${origin}/?rest_route=${route}`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  assert.ok(response.ok, `${role} POST ${route}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

const wp = (...args) => JSON.parse(run('php', [join(here, 'wp.php'), ...args], { env: { ...process.env, LEDE_WP_HOST: host } }).trim().split('\n').at(-1));

before(async () => {
  installPackages();
  if (!existsSync(join(root, 'dist/wordpress/lede.zip'))) run('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

  work = mkdtempSync(join(tmpdir(), 'lede-wp-'));
  const content = join(work, 'wp-content');
  for (const dir of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(content, dir), { recursive: true });
  symlinkSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', join(content, 'themes/twentytwentythree'));
  writeFileSync(join(content, 'uploads/lede-lead.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#457"/></svg>');

  // MariaDB on a socket only (no TCP port at all), without grant tables: a throwaway database.
  const socket = join(work, 'mysqld.sock');
  const user = process.getuid() === 0 ? ['--user=root'] : [];
  run('mariadb-install-db', ['--no-defaults', `--datadir=${join(work, 'db')}`, '--skip-test-db', '--auth-root-authentication-method=normal', ...user]);
  database = spawn('mariadbd', ['--no-defaults', `--datadir=${join(work, 'db')}`, `--socket=${socket}`, '--skip-networking', '--skip-grant-tables', `--pid-file=${join(work, 'mysqld.pid')}`, `--log-error=${join(work, 'mysqld.err')}`, '--innodb-buffer-pool-size=32M', ...user], { stdio: 'ignore' });
  await waitFor(() => (run('mariadb', ['--no-defaults', '-S', socket, '-e', 'CREATE DATABASE IF NOT EXISTS lede']), true), 'MariaDB');

  // Debian's wp-config.php reads /etc/wordpress/config-<host>.php.
  writeAsRoot(
    debianConfig,
    `<?php
define('DB_NAME', 'lede');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${origin}/wp-content');
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
`,
  );

  webServer = spawn('php', ['-S', host, '-t', '/usr/share/wordpress', join(here, 'router.php')], {
    env: { ...process.env, LEDE_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '3' },
    stdio: 'ignore',
    detached: true,
  });
  await waitFor(async () => (await fetch(`${origin}/wp-includes/css/dashicons.min.css`)).ok, 'PHP web server');

  const installed = wp('install', join(root, 'dist/wordpress/lede.zip'));
  assert.equal(installed.plugin, 'lede/lede.php');
  assert.equal(installed.active, true);
  assert.match(installed.version, /^6\.1\./);
  site.users = installed.users;
  site.installed = installed;

  // Each role posts each form; a contributor may only submit for review, so an administrator publishes afterwards.
  const pending = [];
  for (const role of roles) {
    for (const [form, body] of Object.entries(forms)) {
      const status = role === 'contributor' ? 'pending' : 'publish';
      const post = await rest(role, '/wp/v2/posts', { title: `${form} by ${role}`, content: body, status });
      site.posts.push({ role, form, id: post.id, link: post.link });
      if (status === 'pending') pending.push(post.id);
    }
  }
  const broken = await rest('contributor', '/wp/v2/posts', { title: 'broken JSON by contributor', content: brokenJson, status: 'pending' });
  site.broken = { id: broken.id, raw: broken.content.raw };
  // Published posts get their slug, hence a new link.
  const links = wp('publish', ...pending.map(String));
  for (const post of site.posts) post.link = links[post.id] ?? post.link;
  site.notices = wp('notices', String(site.users.contributor.id));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (webServer?.pid) {
    try {
      process.kill(-webServer.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (database && database.exitCode === null) {
    const exited = new Promise((resolve) => database.once('exit', resolve));
    database.kill('SIGTERM');
    await exited;
  }
  if (existsSync(debianConfig)) run(...sudo('rm', ['-f', debianConfig]));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Everything the reader's browser shows of the article's five elements. */
function inspect() {
  const tags = ['lede-live-banner', 'lede-article-header', 'lede-captioned-image', 'lede-quote-block', 'lede-related-content'];
  const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  const elements = Object.fromEntries(
    tags.map((tag) => {
      const el = document.querySelector(tag);
      if (!el) return [tag, null];
      const shadow = el.shadowRoot;
      return [
        tag,
        {
          defined: el.matches(':defined'),
          rendered: Boolean(shadow && shadow.childElementCount),
          parent: el.parentElement.localName,
          children: [...el.children].map((child) => child.localName),
          strays: el.querySelectorAll('br, p:empty').length,
          text: el.textContent.replace(/\s+/g, ' ').trim(),
          shadowText: shadow ? [...shadow.querySelectorAll('*')].map((node) => node.textContent).join(' ').replace(/\s+/g, ' ') : '',
          links: shadow ? [...shadow.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')) : [],
          slotted: shadow ? [...shadow.querySelectorAll('slot')].flatMap((slot) => slot.assignedNodes()).map((node) => node.textContent.trim()).filter(Boolean) : [],
        },
      ];
    }),
  );
  const shadowRoots = all(document).filter((el) => el.shadowRoot).map((el) => el.shadowRoot);
  const urlsIn = (elements) => elements.flatMap((el) => ['href', 'src', 'cite', 'action', 'formaction'].map((name) => el.getAttribute(name)).filter(Boolean));
  const dangerous = (urls) => urls.filter((url) => /^\s*(javascript|vbscript|data):/i.test(url));
  const image = document.querySelector('lede-captioned-image img');
  return {
    elements,
    // What Lede renders, and the whole page (an administrator's own markup is not filtered by WordPress, so only kses roles are held to the latter).
    dangerousRenderedUrls: dangerous(shadowRoots.flatMap((shadow) => urlsIn(all(shadow)))),
    dangerousUrls: dangerous(urlsIn(all(document))),
    eventHandlers: all(document).filter((el) => el.closest?.('.entry-content, .wp-block-post-content') && [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    image: image && { loading: image.loading, fetchPriority: image.getAttribute('fetchpriority'), complete: image.complete && image.naturalWidth > 0 },
  };
}

describe('Lede in WordPress 6.1', () => {
  it('the plugin zip installs through Plugin_Upgrader and activates (Debian 12: PHP 8.2, block theme)', () => {
    assert.equal(site.installed.active, true);
    assert.equal(site.installed.theme, 'twentytwentythree');
    assert.match(site.installed.php, /^8\.2\./);
    // kses runs for Authors and Contributors only: the test covers both sides.
    assert.deepEqual(roles.map((role) => site.users[role].unfiltered_html), [true, true, false, false]);
  });

  for (const role of roles) {
    for (const form of Object.keys(forms)) {
      it(`${form} content by the ${role}: all five elements upgrade and render their content, nothing stray, nothing dangerous`, async () => {
        const post = site.posts.find((p) => p.role === role && p.form === form);
        const served = await (await fetch(post.link)).text();
        if (process.env.LEDE_WP_DUMP) writeFileSync(join(process.env.LEDE_WP_DUMP, `${form}-${role}.html`), served);
        // The lead image is eager in the HTML itself, where the preload scanner reads it.
        const leadTag = served.match(new RegExp(`<img[^>]*${leadImage.replaceAll('/', '\\/')}[^>]*>`))?.[0] ?? '';
        assert.match(leadTag, /fetchpriority="high"/, leadTag);
        assert.doesNotMatch(leadTag, /loading="lazy"/, leadTag);
        assert.match(served, /<script type="module" async[^>]*src=["'][^"']*\/wp-content\/plugins\/lede\/lede\.js/);
        if (role === 'author' || role === 'contributor') assert.doesNotMatch(served, /onclick=/, 'kses ran with the role’s capabilities');

        const context = await browser.newContext();
        const page = await context.newPage();
        const warnings = [];
        page.on('console', (message) => ['warning', 'error'].includes(message.type()) && warnings.push(message.text()));
        page.on('pageerror', (error) => warnings.push(String(error)));
        await page.goto(post.link, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelectorAll(':is(lede-live-banner, lede-article-header, lede-captioned-image, lede-quote-block, lede-related-content):defined').length === 5, null, { timeout: 15_000 });
        await page.evaluate(() => Promise.all([...document.querySelectorAll(':defined')].filter((el) => el.localName.startsWith('lede-')).map((el) => el.updateComplete)));
        const seen = await page.evaluate(inspect);
        await context.close();

        const { elements: e } = seen;
        for (const [tag, element] of Object.entries(e)) {
          assert.ok(element, `${tag} is on the page`);
          assert.ok(element.defined && element.rendered, `${tag} upgraded and rendered`);
          assert.equal(element.strays, 0, `${tag} holds no <br> or empty <p>`);
          assert.notEqual(element.parent, 'p', `${tag} is not inside a <p>`);
        }
        assert.deepEqual(e['lede-article-header'].children, ['h1', 'p']);
        assert.deepEqual(e['lede-quote-block'].children, ['p']);
        assert.deepEqual(e['lede-captioned-image'].children, ['img']);
        assert.deepEqual(e['lede-related-content'].children, ['ul']);
        assert.deepEqual(e['lede-live-banner'].children, []);

        assert.match(e['lede-article-header'].slotted.join(' '), new RegExp(expected.headline));
        assert.match(e['lede-article-header'].slotted.join(' '), new RegExp(expected.standfirst));
        for (const author of expected.authors) assert.ok(e['lede-article-header'].shadowText.includes(author), `byline names ${author}: ${e['lede-article-header'].shadowText}`);
        assert.ok(e['lede-captioned-image'].text.includes(expected.caption), e['lede-captioned-image'].text);
        assert.ok(e['lede-quote-block'].slotted.some((text) => text.includes(expected.quote)), e['lede-quote-block'].slotted.join('|'));
        assert.ok(e['lede-quote-block'].shadowText.includes(expected.speaker));
        assert.ok(e['lede-related-content'].links.includes(expected.relatedLink), e['lede-related-content'].links.join(' '));
        assert.ok(e['lede-live-banner'].shadowText.includes(expected.topic));
        assert.ok(e['lede-live-banner'].slotted.join(' ').includes(expected.message) || e['lede-live-banner'].text === expected.message);

        assert.deepEqual(seen.dangerousRenderedUrls, [], 'Lede renders no javascript: URL');
        if (role === 'author' || role === 'contributor') assert.deepEqual(seen.dangerousUrls, [], 'kses left no javascript: URL anywhere');
        assert.deepEqual(seen.image, { loading: 'eager', fetchPriority: 'high', complete: true });
        if (role === 'author' || role === 'contributor') assert.equal(seen.eventHandlers, 0);
        // Lede's own messages: only the dropped javascript: URLs may be reported, nothing about a missing headline or quote.
        assert.deepEqual(warnings.filter((text) => text.includes('<lede-') && !/javascript:/.test(text)), []);
      });
    }
  }

  it('a contributor’s unreadable JSON is removed on save and explained on the next admin screen', () => {
    assert.doesNotMatch(site.broken.raw, /items=/);
    assert.match(site.broken.raw, /<lede-related-content heading="More">/);
    assert.match(site.notices, /The items attribute of &lt;lede-related-content&gt; was not valid JSON/);
    assert.match(site.notices, /\\u0022/);
  });
});
