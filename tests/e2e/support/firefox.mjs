// Debian's Firefox ESR through geckodriver, driven by selenium-webdriver (Playwright
// drives only its own Firefox builds, which cannot be downloaded here).
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import getLogInspector from 'selenium-webdriver/bidi/logInspector.js';
import firefox from 'selenium-webdriver/firefox.js';

/** geckodriver's absolute path: selenium-webdriver would otherwise try to download one. */
const driverPath = (driver) => (driver.includes('/') ? driver : execFileSync('which', [driver], { encoding: 'utf8' }).trim());

/**
 * A headless Firefox session with a fresh profile, in French. Its console errors and
 * uncaught exceptions (a panic in the wasm shows only there), read through WebDriver
 * BiDi, collect in `driver.pageErrors`.
 */
export async function startFirefox({ binary = '/usr/bin/firefox-esr', driver = 'geckodriver' } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'plan-levis-firefox-'));
  const options = new firefox.Options().setBinary(binary).addArguments('-headless', '-profile', profile).enableBidi();
  const prefs = {
    'intl.accept_languages': 'fr-CA, fr',
    'browser.shell.checkDefaultBrowser': false,
    'app.update.enabled': false,
    'network.captive-portal-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'extensions.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
  };
  for (const [name, value] of Object.entries(prefs)) options.setPreference(name, value);
  const session = await new Builder()
    .forBrowser('firefox')
    .setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(driverPath(driver)))
    .build();
  session.pageErrors = [];
  const logs = await getLogInspector(session);
  await logs.onConsoleEntry((entry) => entry.level === 'error' && session.pageErrors.push(entry.text));
  await logs.onJavascriptException((entry) => session.pageErrors.push(entry.text));
  return session;
}

/** Wait (15 s at most) until the script, run in the page, returns something truthy; returns it. */
export function waitFor(driver, script, timeoutMs = 15000) {
  return driver.wait(() => driver.executeScript(script).catch(() => null), timeoutMs, `timed out waiting for: ${script}`);
}
