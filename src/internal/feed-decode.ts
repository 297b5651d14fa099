/**
 * Turns a feed's bytes into text the way the XML and JSON specifications
 * say, because `response.text()` reads everything as UTF-8 and makes
 * mojibake of the ISO-8859-1, windows-1251, KOI8-R, Shift_JIS, GB2312 and
 * UTF-16 feeds that are still published. The encoding is taken from, in
 * order: a byte order mark, the `charset` of the Content-Type, the XML
 * declaration's `encoding`, else UTF-8. `TextDecoder` knows every label
 * the Encoding Standard does (`latin1` and `iso-8859-1` read as
 * windows-1252, as browsers do for web pages).
 */

/** A decoder for `label`, or undefined when the browser knows no such encoding. */
function decoderFor(label: string | undefined, fatal = false): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim(), { fatal });
  } catch {
    return undefined;
  }
}

/** The encoding a byte order mark (or UTF-16's `<` without one) announces. */
function sniffBom(bytes: Uint8Array): string | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0x3c && b === 0x00) return 'utf-16le';
  if (a === 0x00 && b === 0x3c) return 'utf-16be';
  return undefined;
}

/** `charset` of a Content-Type header ("text/xml; charset=windows-1251"). */
function contentTypeCharset(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1];
}

/** `encoding` of an XML declaration in the first bytes (read as ASCII, which every candidate extends). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  return /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

/** The text of a feed body, its encoding found as described above. */
export function decodeFeed(bytes: Uint8Array, contentType = ''): string {
  const bom = sniffBom(bytes);
  if (bom) return decoderFor(bom)!.decode(bytes);
  const declared = decoderFor(contentTypeCharset(contentType)) ?? decoderFor(declaredEncoding(bytes));
  if (declared && declared.encoding !== 'utf-8') return declared.decode(bytes);
  // UTF-8 (said or assumed), unless the bytes are not UTF-8 at all: then the old default, windows-1252, beats U+FFFD.
  try {
    return decoderFor('utf-8', true)!.decode(bytes);
  } catch {
    return decoderFor('windows-1252')!.decode(bytes);
  }
}
