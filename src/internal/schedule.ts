/** Scheduling around the browser's paints, for the script-tag build's upgrade. */

/**
 * A new task. `scheduler.yield()` where the browser has it (the work keeps
 * its place ahead of other tasks); otherwise a message, which no page's
 * timer throttling or a test's fake clock can hold up.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** The longest the upgrade waits for the lead image: Core Web Vitals' "good" LCP. */
const LEAD_IMAGE_WAIT_MS = 2500;

/** The next rendering opportunity has passed (rAF, then a new task): what was on the page is painted. */
const nextPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));

/** Settles when `image` is decoded (ready to paint) or has failed, or after `ms`. */
function decoded(image: HTMLImageElement, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    image.decode().then(done, done);
  });
}

/**
 * Calls `callback` once the browser has painted the article as the CMS
 * wrote it (laid out by lede.css): the first paint, and the lead image
 * (`fetchpriority="high"` or in a `priority` captioned image) once it has
 * loaded, waiting for it at most 2.5 s. Upgrading moves nothing, but
 * re-attaches each element's children into its shadow root: done before
 * those paints it would make the browser paint them again later, and count
 * that later paint as the page's largest. At once in a hidden page, which
 * paints nothing.
 */
export async function afterLeadPaint(callback: () => void): Promise<void> {
  if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') {
    // Two frames: the first one's paint may still be on its way to the screen.
    await nextPaint();
    await nextPaint();
    const leads = document.querySelectorAll<HTMLImageElement>('img[fetchpriority="high"], lede-captioned-image[priority] > img');
    if (leads.length > 0) {
      const started = performance.now();
      await Promise.all(Array.from(leads, (image) => decoded(image, LEAD_IMAGE_WAIT_MS)));
      // A decoded image paints in the next frame; a timed-out one is not waited for again.
      if (performance.now() - started < LEAD_IMAGE_WAIT_MS) {
        await nextPaint();
        await nextPaint();
      }
    }
  }
  callback();
}
