#!/usr/bin/env node
/**
 * lede render article.json [--fragment] [--base-url URL] [--cdn URL] > article.html
 *
 * Exit codes: 0 rendered; 2 invalid input (the message names each field as a
 * JSON pointer and says why); 1 anything else (unreadable file, bad usage…).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage: lede render <article.json> [--fragment] [--base-url URL] [--cdn URL]

Renders an article (the format of lede-elements/article.schema.json) to HTML on standard output.
  --fragment      only the <article> and its JSON-LD, for a page template of your own
  --base-url URL  resolves the article's relative URLs in its structured data
  --cdn URL       where the page loads lede.js from (default: this version on unpkg)
Use - as the file to read standard input.`;

const INVALID_INPUT = 2;

function fail(message, code = 1) {
  process.stderr.write(`lede: ${message}\n`);
  process.exit(code);
}

async function readInput(file) {
  if (file !== '-') return readFile(file, 'utf8');
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/** "Unexpected token } in JSON at position 120" → the line and column a person can find. */
function where(text, error) {
  const position = Number(/position (\d+)/.exec(error.message)?.[1]);
  if (!Number.isFinite(position)) return '';
  const before = text.slice(0, position).split('\n');
  return ` (line ${before.length}, column ${before.at(-1).length + 1})`;
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        fragment: { type: 'boolean' },
        'base-url': { type: 'string' },
        cdn: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${error.message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const [command, file, ...extra] = positionals;
  if (command !== 'render' || !file || extra.length) fail(USAGE);
  for (const option of ['base-url', 'cdn']) {
    if (values[option] === undefined) continue;
    try {
      new URL(values[option], 'http://relative.invalid/');
    } catch {
      fail(`--${option} "${values[option]}" is not a URL.`);
    }
  }

  let text;
  try {
    text = await readInput(file);
  } catch (error) {
    fail(`cannot read ${file}: ${error.message}`);
  }
  let article;
  try {
    article = JSON.parse(text);
  } catch (error) {
    fail(`${file} is not valid JSON${where(text, error)}: ${error.message}`, INVALID_INPUT);
  }

  const { ArticleValidationError, renderArticle } = await import('../dist/ssr/index.js');
  try {
    const html = await renderArticle(article, {
      document: !values.fragment,
      ...(values['base-url'] === undefined ? {} : { baseUrl: values['base-url'] }),
      ...(values.cdn === undefined ? {} : { cdn: values.cdn }),
    });
    process.stdout.write(html);
  } catch (error) {
    if (error instanceof ArticleValidationError) {
      fail(`${file} is not a valid article:\n${error.errors.map((e) => `  ${e.pointer || '/'}: ${e.message}`).join('\n')}`, INVALID_INPUT);
    }
    throw error;
  }
}

main().catch((error) => fail(error?.stack ?? String(error)));
