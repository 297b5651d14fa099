/**
 * What the hostile-input suites measure: main-thread stalls (with a
 * heartbeat, which works in every engine, unlike the Long Tasks API),
 * rendered URLs, requests seen by the test server.
 */

/** The longest the main thread may stall on any one hostile input. Generous: a busy 2-core CI machine, big inputs. */
export const STALL_LIMIT_MS = 2000;

export interface Heartbeat {
  /** Stops the heartbeat; the longest gap between two beats (or since the last one), in ms. */
  stop(): number;
}

/** Beats every 20 ms on the main thread; a gap between beats is time the page could not respond. */
export function heartbeat(): Heartbeat {
  let last = performance.now();
  let longest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const beat = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    timer = setTimeout(beat, 20);
  };
  timer = setTimeout(beat, 20);
  return {
    stop() {
      clearTimeout(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}

/** Runs `work` with a heartbeat and returns its result and the longest stall. */
export async function measured<T>(work: () => Promise<T> | T): Promise<{ result: T; stall: number }> {
  const beat = heartbeat();
  try {
    const result = await work();
    // One more beat, so a stall at the very end is seen.
    await new Promise((resolve) => setTimeout(resolve, 30));
    return { result, stall: beat.stop() };
  } catch (error) {
    beat.stop();
    throw error;
  }
}

const UNSAFE = /^\s*(?:javascript|data|vbscript):/i;

/** Every URL-bearing attribute in the element's shadow root (and light DOM) that uses an unsafe scheme. */
export function unsafeUrls(host: Element): string[] {
  const found: string[] = [];
  const scan = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const name of ['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'xlink:href']) {
        const value = el.getAttribute(name);
        if (value !== null && (UNSAFE.test(value) || (name === 'srcset' && /(?:^|,)\s*(?:javascript|data|vbscript):/i.test(value)))) {
          found.push(`<${el.localName} ${name}="${value.slice(0, 60)}">`);
        }
      }
      if (el.shadowRoot) scan(el.shadowRoot);
    }
  };
  if (host.shadowRoot) scan(host.shadowRoot);
  return found;
}


export interface HostileStats {
  requests: number;
  bytesSent: number;
  closedEarly: number;
}

let keys = 0;

/** A hostile feed URL with a key of its own, and what the server saw for it. */
export function hostileFeed(name: string, query = '') {
  const key = `h${Date.now().toString(36)}-${(keys += 1)}`;
  return {
    url: `/test-server/hostile/${name}?key=${key}${query}`,
    key,
    async stats(): Promise<HostileStats> {
      return (await fetch(`/test-server/hostile/stats?key=${key}`, { cache: 'no-store' })).json();
    },
  };
}
