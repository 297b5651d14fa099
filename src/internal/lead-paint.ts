/** Waiting for the article's first and largest paints, before the script-tag builds upgrade it. */

/** The longest the upgrade waits for the lead image: Core Web Vitals' "good" LCP. */
const LEAD_IMAGE_WAIT_MS = 2500;

/**
 * The next rendering opportunity has passed (rAF, then a new task): what was on the page is painted.
 * A timer, not schedule.ts's nextTask: the loader (lede.js) imports nothing the elements' chunks
 * share, so it is one file, one request before the article's first paint.
 */
const nextPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

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
