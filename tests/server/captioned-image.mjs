/**
 * Images for <lede-captioned-image> tests, under /test-server/captioned-image/:
 *   slow.svg?ms=800&w=1200&h=800  an SVG sent after `ms` milliseconds (at most 5000)
 *   broken.svg                    200 with a body that is not an image (fails to decode)
 *   missing.svg                   404
 *   counted.svg?key=K             an image, counting the requests for K
 *   requests?key=K                how many times counted.svg?key=K was requested (JSON number)
 * `key` (any value) makes each test's URL unique, so caches never mix tests.
 */
const PREFIX = '/test-server/captioned-image/';

const svg = (width, height) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
  `<rect width="${width}" height="${height}" fill="#78909c"/></svg>`;

const size = (value, fallback) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 && number <= 4000 ? number : fallback;
};

/** Requests for counted.svg, by key. */
const requests = new Map();

export default async function captionedImage(context, next) {
  if (!context.path.startsWith(PREFIX)) return next();
  const name = context.path.slice(PREFIX.length);
  context.set('Cache-Control', 'no-store');
  if (name === 'slow.svg') {
    const ms = Math.min(size(context.query.ms, 0), 5000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    context.type = 'image/svg+xml';
    context.body = svg(size(context.query.w, 1200), size(context.query.h, 800));
    return;
  }
  if (name === 'counted.svg') {
    const key = String(context.query.key ?? '');
    requests.set(key, (requests.get(key) ?? 0) + 1);
    context.type = 'image/svg+xml';
    context.body = svg(size(context.query.w, 1200), size(context.query.h, 800));
    return;
  }
  if (name === 'requests') {
    context.type = 'application/json';
    context.body = JSON.stringify(requests.get(String(context.query.key ?? '')) ?? 0);
    return;
  }
  if (name === 'broken.svg') {
    context.type = 'image/svg+xml';
    context.body = 'this is not an image';
    return;
  }
  context.status = 404;
  context.type = 'text/plain';
  context.body = 'not found';
}
