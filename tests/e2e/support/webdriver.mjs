// A minimal W3C WebDriver client over fetch, for browsers Playwright cannot drive
// (Debian's Firefox ESR through geckodriver). Only what the Firefox suite needs.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

async function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Start geckodriver and a headless Firefox session. */
export async function startFirefox({ binary = '/usr/bin/firefox-esr', driver = 'geckodriver' } = {}) {
  const port = await freePort();
  const proc = spawn(driver, ['--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const profile = await mkdtemp(join(tmpdir(), 'plan-levis-firefox-'));
  const created = await call(base, 'POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary,
          args: ['-headless', '-profile', profile],
          prefs: {
            'intl.accept_languages': 'fr-CA, fr',
            'browser.shell.checkDefaultBrowser': false,
            'app.update.enabled': false,
            'network.captive-portal-service.enabled': false,
            'browser.safebrowsing.malware.enabled': false,
            'browser.safebrowsing.phishing.enabled': false,
            'extensions.update.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'toolkit.telemetry.enabled': false,
          },
        },
      },
    },
  });
  return new Session(base, created.sessionId, proc);
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
  return json.value;
}

class Session {
  constructor(base, id, proc) {
    this.base = base;
    this.id = id;
    this.proc = proc;
  }
  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }
  goto(url) {
    return this.cmd('POST', '/url', { url });
  }
  async url() {
    return this.cmd('GET', '/url');
  }
  back() {
    return this.cmd('POST', '/back', {});
  }
  refresh() {
    return this.cmd('POST', '/refresh', {});
  }
  /** Run a function body in the page; `args` are passed as `arguments`. */
  run(script, ...args) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }
  /** Run an async script; call `arguments[arguments.length - 1](value)` to finish. */
  runAsync(script, ...args) {
    return this.cmd('POST', '/execute/async', { script, args });
  }
  async find(css) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return el[ELEMENT];
  }
  async click(css) {
    const id = await this.find(css);
    return this.cmd('POST', `/element/${id}/click`, {});
  }
  async type(css, text) {
    const id = await this.find(css);
    return this.cmd('POST', `/element/${id}/value`, { text });
  }
  /** Wait until the script returns something truthy. */
  async waitFor(script, timeoutMs = 15000) {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.run(script).catch(() => null);
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for: ${script}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async quit() {
    await this.cmd('DELETE', '', undefined).catch(() => {});
    this.proc.kill();
  }
}
