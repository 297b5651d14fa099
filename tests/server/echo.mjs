/**
 * GET /test-server/ping: lets the suite check that tests/server/ middleware
 * is mounted (the feed and image endpoints live beside it).
 */
export default async function ping(context, next) {
  if (context.path !== '/test-server/ping') return next();
  context.type = 'text/plain';
  context.body = 'pong';
}
