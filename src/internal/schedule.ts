/** A new task, for work that yields to the main thread (the upgrade's slices, settled checks). */

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
