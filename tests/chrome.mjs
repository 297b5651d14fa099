/** How every test here starts Chromium: Debian's, unless CHROME_PATH names another Chrome. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a root user on a machine without a display or a route to the internet. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
