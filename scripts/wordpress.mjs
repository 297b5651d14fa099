/**
 * Builds the WordPress plugin from integrations/wordpress/: a complete plugin
 * folder in dist/wordpress/lede/ (lede.php, readme.txt, its own copy of the
 * bundle, stylesheet and allow-list) and dist/wordpress/lede.zip for the
 * "Upload plugin" screen. Run after scripts/allowlist.mjs.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'dist/wordpress';
const plugin = `${out}/lede`;

/** Plugin files: source files with the version filled in, and the built assets. */
const files = {
  'lede.php': readFileSync('integrations/wordpress/lede.php', 'utf8').replaceAll('@VERSION@', version),
  'readme.txt': readFileSync('integrations/wordpress/readme.txt', 'utf8').replaceAll('@VERSION@', version),
  'lede.js': readFileSync('dist/cdn/lede.js'),
  'lede.js.map': readFileSync('dist/cdn/lede.js.map'),
  'lede.css': readFileSync('dist/styles/lede.css'),
  'allowlist.json': readFileSync('dist/allowlist.json'),
};

/** The chunks lede.js can load (statically or with import()), transitively: not the per-element modules' own. */
function chunksOf(file, seen = new Set()) {
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']\.\.?\/(?:chunks\/)?([^"'/]+\.js)["']/g)) {
    if (seen.has(specifier) || !existsSync(`dist/cdn/chunks/${specifier}`)) continue;
    seen.add(specifier);
    chunksOf(`dist/cdn/chunks/${specifier}`, seen);
  }
  return seen;
}
// lede.js is a small file that loads the elements from chunks/ beside it once the article has painted.
for (const name of chunksOf('dist/cdn/lede.js')) {
  files[`chunks/${name}`] = readFileSync(`dist/cdn/chunks/${name}`);
  files[`chunks/${name}.map`] = readFileSync(`dist/cdn/chunks/${name}.map`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(`${plugin}/chunks`, { recursive: true });
for (const [name, content] of Object.entries(files)) writeFileSync(`${plugin}/${name}`, content);

/**
 * A minimal zip (deflate, no extras): what WordPress's unzip_file() and
 * every unzip tool read. Entries carry a fixed date so builds are repeatable.
 */
function zip(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  const dosTime = 0; // 00:00:00
  const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01
  for (const [name, content] of entries) {
    const data = Buffer.from(content);
    const isDirectory = name.endsWith('/');
    const packed = isDirectory ? data : deflateRawSync(data, { level: 9 });
    const method = isDirectory ? 0 : 8;
    const nameBytes = Buffer.from(name, 'utf8');
    // What the local header and the central directory both record, in the same order.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed
    common.writeUInt16LE(0x0800, 2); // UTF-8 names
    common.writeUInt16LE(method, 4);
    common.writeUInt16LE(dosTime, 6);
    common.writeUInt16LE(dosDate, 8);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    common.copy(header, 4);
    local.push(header, nameBytes, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x031e, 4); // made by: Unix, zip 3.0
    common.copy(entry, 6);
    entry.writeUInt32LE(((isDirectory ? 0o40755 : 0o100644) << 16) >>> 0, 38); // Unix mode
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

const entries = [['lede/', ''], ['lede/chunks/', ''], ...Object.keys(files).sort().map((name) => [`lede/${name}`, readFileSync(`${plugin}/${name}`)])];
writeFileSync(`${out}/lede.zip`, zip(entries));
