/**
 * Test commands that need a browser's own protocol:
 *
 * - `emulate-time-zone` `{ timeZone }`: the reader's time zone, as the page sees it
 *   (`Intl.DateTimeFormat().resolvedOptions().timeZone`); `{ timeZone: '' }` restores it.
 *   Chromium (DevTools) and Firefox (WebDriver BiDi through puppeteer); WebKit's
 *   WebDriver has none, so there only the reset (a no-op) is accepted.
 * - `accessibility-tree`: every node of the page's accessibility tree that assistive
 *   technology sees, as `{ role, name, description }`, with names computed by Chromium.
 *   Chromium only.
 * - `lede-set-viewport` `{ width, height }`: the viewport, in every engine (WebKit: the window).
 *
 * Call them with `executeServerCommand(name, payload)` from '@web/test-runner-commands'.
 * Tests that use the Chromium-only ones are tagged with `chromiumOnly` / `onlyIn`
 * from tests/helpers.ts.
 */
const sessions = new WeakMap();

async function devTools(session) {
  if (session.browser.type !== 'playwright') {
    throw new Error(`This command needs Chromium's DevTools (the playwright launcher), not ${session.browser.name}.`);
  }
  const page = session.browser.getPage(session.id);
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  return sessions.get(page);
}

export function chromiumCommandsPlugin() {
  return {
    name: 'lede-chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-time-zone') {
        const timeZone = payload?.timeZone ?? '';
        if (session.browser.type === 'puppeteer') {
          await session.browser.getPage(session.id).emulateTimezone(timeZone || undefined);
          return true;
        }
        if (session.browser.type === 'webdriver' && !timeZone) return true;
        const cdp = await devTools(session);
        await cdp.send('Emulation.setTimezoneOverride', { timezoneId: timeZone });
        return true;
      }
      if (command === 'accessibility-tree') {
        const cdp = await devTools(session);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes
          .filter((node) => !node.ignored)
          .map((node) => ({
            role: node.role?.value ?? '',
            name: node.name?.value ?? '',
            description: node.description?.value ?? '',
          }));
      }
      if (command === 'lede-set-viewport') {
        const { width, height } = payload;
        if (session.browser.type === 'webdriver') await session.browser.setViewport(session.id, { width, height });
        else if (session.browser.type === 'puppeteer') await session.browser.getPage(session.id).setViewport({ width, height });
        else await session.browser.getPage(session.id).setViewportSize({ width, height });
        return true;
      }
      return undefined;
    },
  };
}
