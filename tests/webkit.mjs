/**
 * WebKit for the test runner: Debian's WebKitGTK MiniBrowser driven by its own
 * WebKitWebDriver (package webkit2gtk-driver), under Xvfb when there is no display.
 *
 * `webkitLauncher()` is a @web/test-runner browser launcher of type 'webdriver'
 * (so sendKeys and sendMouse from @web/test-runner-commands drive it through the
 * methods below). It starts Xvfb and the driver when the runner starts and stops
 * both when it stops: nothing else has to be running. One window, one test file
 * at a time.
 *
 * `startWebKit()` is the same set-up for Node-side tests: it returns a WebDriver
 * session with `goto`, `evaluate` and `close`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

/** The MiniBrowser to drive: WEBKIT_PATH, or Debian's. */
export const webkitPath = process.env.WEBKIT_PATH || MINIBROWSER_PATHS.find((path) => existsSync(path)) || MINIBROWSER_PATHS[0];
/** The driver: WEBKIT_DRIVER_PATH, or Debian's WebKitWebDriver on PATH. */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || 'WebKitWebDriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts Xvfb on a free display; resolves to { display, stop }. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let output = '';
    xvfb.on('error', (error) => reject(new Error(`Cannot start Xvfb (apt-get install xvfb): ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it was ready`)));
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) {
        resolve({ display: `:${output.trim()}`, stop: () => xvfb.kill() });
      }
    });
  });
}

/**
 * A WebDriver session in MiniBrowser. `dark` starts it with a dark GTK theme
 * (prefers-color-scheme: dark), `reducedMotion` with GTK animations off
 * (prefers-reduced-motion: reduce): WebKit cannot emulate media per page.
 */
export async function startWebKit({ dark = false, reducedMotion = false, width = 800, height = 600 } = {}) {
  const cleanups = [];
  const cleanup = async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch {
        // best effort: the process may already be gone
      }
    }
  };
  try {
    const env = { ...process.env };
    if (!env.DISPLAY && !env.WAYLAND_DISPLAY) {
      const xvfb = await startXvfb();
      cleanups.push(xvfb.stop);
      env.DISPLAY = xvfb.display;
    }
    // A private config home: GTK settings (reduced motion, theme) apply to this launch only.
    const home = mkdtempSync(join(tmpdir(), 'lede-webkit-'));
    cleanups.push(() => rmSync(home, { recursive: true, force: true }));
    mkdirSync(join(home, 'gtk-3.0'), { recursive: true });
    writeFileSync(
      join(home, 'gtk-3.0', 'settings.ini'),
      `[Settings]\ngtk-enable-animations=${reducedMotion ? 'false' : 'true'}\n` +
        `gtk-application-prefer-dark-theme=${dark ? 'true' : 'false'}\n`,
    );
    env.XDG_CONFIG_HOME = home;
    env.GTK_THEME = dark ? 'Adwaita:dark' : 'Adwaita';
    env.WEBKIT_DISABLE_COMPOSITING_MODE = '1';

    const port = await freePort();
    const driver = spawn(webkitDriverPath, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let driverError = '';
    driver.stderr.on('data', (chunk) => (driverError = (driverError + chunk).slice(-2000)));
    const driverExited = new Promise((resolve) => driver.on('exit', resolve));
    driver.on('error', (error) => (driverError += `Cannot start ${webkitDriverPath}: ${error.message}`));
    cleanups.push(async () => {
      driver.kill();
      await Promise.race([driverExited, delay(2000)]);
    });

    const base = `http://127.0.0.1:${port}`;
    const call = async (method, path, body) => {
      const response = await fetch(base + path, {
        method,
        headers: body ? { 'content-type': 'application/json' } : undefined,
        body: body ? JSON.stringify(body) : undefined,
      });
      const json = await response.json().catch(() => ({}));
      if (!response.ok) {
        const error = json?.value?.message ?? JSON.stringify(json);
        throw new Error(`WebDriver ${method} ${path}: ${error}`);
      }
      return json.value;
    };

    // Wait for the driver to listen.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await call('GET', '/status');
        break;
      } catch (error) {
        if (attempt > 100 || driver.exitCode !== null) {
          throw new Error(`WebKitWebDriver did not start: ${driverError || error.message}`);
        }
        await delay(100);
      }
    }

    const args = ['--automation'];
    if (dark) args.push('--dark-mode');
    const session = await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: webkitPath, args },
        },
      },
    });
    const sessionPath = `/session/${session.sessionId}`;
    cleanups.push(() => call('DELETE', sessionPath));
    // The window, sized so that the page's viewport is width × height (MiniBrowser has a toolbar).
    const resize = async (innerWidth, innerHeight) => {
      await call('POST', `${sessionPath}/window/rect`, { width: innerWidth, height: innerHeight });
      const [w, h] = await call('POST', `${sessionPath}/execute/sync`, { script: 'return [innerWidth, innerHeight]', args: [] });
      if (w !== innerWidth || h !== innerHeight) {
        await call('POST', `${sessionPath}/window/rect`, { width: 2 * innerWidth - w, height: 2 * innerHeight - h });
      }
    };
    await resize(width, height);

    return {
      capabilities: session.capabilities,
      call: (method, path = '', body) => call(method, sessionPath + path, body),
      goto: (url) => call('POST', `${sessionPath}/url`, { url }),
      url: () => call('GET', `${sessionPath}/url`),
      evaluate: (script, ...args) => call('POST', `${sessionPath}/execute/sync`, { script, args }),
      resize,
      close: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** WebDriver key codes for the names @web/test-runner-commands' sendKeys uses. */
const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Space: ' ', Backspace: '\uE003', Delete: '\uE017',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Home: '\uE011', End: '\uE010', PageUp: '\uE00E', PageDown: '\uE00F',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D',
};
const key = (name) => KEYS[name] ?? name;
const BUTTONS = { left: 0, middle: 1, right: 2 };

export function webkitLauncher(options = {}) {
  let webkit;
  let starting;
  let activeSession;
  let pointer = [0, 0];
  const ensure = () => (starting ??= startWebKit(options).then((started) => (webkit = started)));
  const actions = (list) => webkit.call('POST', '/actions', { actions: list });
  const pointerActions = (steps) => actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps }]);

  return {
    name: options.dark ? 'WebKit (dark)' : options.reducedMotion ? 'WebKit (reduced motion)' : 'WebKit',
    type: 'webdriver',
    concurrency: 1,
    async initialize() {},
    async stop() {
      if (starting) await starting.then(() => webkit.close(), () => {});
    },
    async startSession(sessionId, url) {
      await ensure();
      activeSession = sessionId;
      await webkit.goto(url);
    },
    isActive: (sessionId) => activeSession === sessionId,
    getBrowserUrl: () => webkit?.url(),
    async stopSession() {
      activeSession = undefined;
      await webkit.goto('about:blank');
      return {};
    },
    startDebugSession() {
      throw new Error('Debugging is not supported in WebKit here; use Chromium.');
    },
    // Input for @web/test-runner-commands (sendKeys, sendMouse, resetMouse).
    async sendKeys(_sessionId, keys) {
      for (const combination of keys) {
        const names = combination.length > 1 && combination.includes('+') ? combination.split('+') : [combination];
        const chars = names.map(key);
        await actions([
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              ...chars.map((value) => ({ type: 'keyDown', value })),
              ...chars.reverse().map((value) => ({ type: 'keyUp', value })),
            ],
          },
        ]);
      }
    },
    async sendMouseMove(_sessionId, x, y) {
      pointer = [x, y];
      await pointerActions([{ type: 'pointerMove', x, y, origin: 'viewport', duration: 0 }]);
    },
    async sendMouseClick(_sessionId, x, y, button = 'left') {
      pointer = [x, y];
      await pointerActions([
        { type: 'pointerMove', x, y, origin: 'viewport', duration: 0 },
        { type: 'pointerDown', button: BUTTONS[button] ?? 0 },
        { type: 'pointerUp', button: BUTTONS[button] ?? 0 },
      ]);
    },
    async sendMouseDown(_sessionId, button = 'left') {
      await pointerActions([{ type: 'pointerDown', button: BUTTONS[button] ?? 0 }]);
    },
    async sendMouseUp(_sessionId, button = 'left') {
      await pointerActions([{ type: 'pointerUp', button: BUTTONS[button] ?? 0 }]);
    },
    async resetMouse() {
      pointer = [0, 0];
      await webkit.call('DELETE', '/actions');
      await pointerActions([{ type: 'pointerMove', x: 0, y: 0, origin: 'viewport', duration: 0 }]);
    },
    /** For the set-viewport command: the window, since WebKitGTK has no viewport emulation. */
    async setViewport(_sessionId, { width, height }) {
      await webkit.resize(width, height);
    },
  };
}
