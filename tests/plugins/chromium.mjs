/**
 * Test commands that need Chromium's DevTools protocol (playwright launcher only):
 *
 * - `emulate-time-zone` `{ timeZone }`: the reader's time zone, as the page sees it
 *   (`Intl.DateTimeFormat().resolvedOptions().timeZone`); `{ timeZone: '' }` restores it.
 * - `accessibility-tree`: every node of the page's accessibility tree that assistive
 *   technology sees, as `{ role, name, description }`, with names computed by Chromium.
 *
 * Call them with `executeServerCommand(name, payload)` from '@web/test-runner-commands'.
 */
const sessions = new WeakMap();

async function devTools(session) {
  if (session.browser.type !== 'playwright') throw new Error('This command needs the playwright launcher.');
  const page = session.browser.getPage(session.id);
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  return sessions.get(page);
}

export function chromiumCommandsPlugin() {
  return {
    name: 'lede-chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-time-zone') {
        const cdp = await devTools(session);
        await cdp.send('Emulation.setTimezoneOverride', { timezoneId: payload?.timeZone ?? '' });
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
      return undefined;
    },
  };
}
