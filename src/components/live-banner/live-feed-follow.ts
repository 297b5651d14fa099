/**
 * What a live banner needs to follow its `src` feed, loaded on demand (a
 * separate chunk in the script-tag build), so that a banner without `src`
 * never downloads the poller and the feed reader.
 */
export { followFeed } from './feed-poller.js';
export { newestUpdate, parseLiveFeed } from './live-feed.js';
