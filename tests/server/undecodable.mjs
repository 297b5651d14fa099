/**
 * The fuzz suite (tests/hostile-random.test.ts) renders random text as link
 * and image addresses, so the browser asks this server for paths such as
 * /a%zz that cannot be decoded. The dev server's file handler answers those
 * with a logged stack trace, which reads like a failure in CI's log; this
 * answers 400 quietly, as a web server would.
 */
export default async function undecodablePaths(context, next) {
  try {
    decodeURIComponent(context.path);
  } catch {
    context.status = 400;
    return;
  }
  return next();
}
