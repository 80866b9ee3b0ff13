// Ordinary actions and the memory they leave, run inside the page so that hundreds of
// actions take seconds, and so that Chromium (Playwright) and Firefox (WebDriver) run
// the very same code: the soak test (tests/e2e/memory.test.mjs) and the benchmark use
// them. Each function is handed to the browser as source: it must not use anything
// from this module's scope.

/**
 * Repeats one kind of ordinary action `times`, each waiting for what it shows, then
 * returns to the start view. Kinds: `filter` (an axis ticked, unticked), `search`
 * (typed, cleared), `item` (opened, Back), `tabs` (every tab in turn), `note` (an
 * item's note written, Back), `language` (the switch); at the kiosk, `visitor`: the
 * attract screen touched, the filters unfolded, an axis, an item and Back, the
 * inactivity warning answered « Continuer », then nobody until the reset. Any number
 * of each ends on the start view (no filter, no search, in French). The kiosk's
 * clock reads `Date.now`, which the page's own clock moves forward (the 250 ms tick
 * that reads it stays real).
 */
export async function inPageActions({ kind, times }) {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  const until = async (shown) => {
    for (let i = 0; i < 600 && !shown(); i++) await frame();
    if (!shown()) throw new Error(`${kind}: what the action shows never came`);
  };
  const $ = (selector) => document.querySelector(selector);
  const tap = (selector) => {
    if (!$(selector)) throw new Error(`${kind}: nothing to tap at ${selector} (${location.href})`);
    $(selector).click();
  };
  const explore = () => $('#filtre-axe-2');
  const type = (box, text) => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  if (!window.soakClock) {
    const realNow = Date.now.bind(Date);
    let shift = 0;
    Date.now = () => realNow() + shift;
    window.soakClock = (ms) => {
      shift += ms;
    };
  }
  for (let i = 0; i < times; i++) {
    if (kind === 'filter') {
      explore().click();
      await frame();
    } else if (kind === 'search') {
      type($('#recherche'), i % 2 ? '' : `logement ${i}`);
      await frame();
    } else if (kind === 'item') {
      const links = document.querySelectorAll('.commitment .card-title a');
      links[i % links.length].click();
      await until(() => $('#titre-element'));
      history.back();
      await until(explore);
    } else if (kind === 'tabs') {
      const tabs = document.querySelectorAll('.view-tabs a');
      tabs[i % tabs.length].click();
      await frame();
    } else if (kind === 'note') {
      $('.commitment .card-title a').click();
      await until(() => $('#note-texte'));
      type($('#note-texte'), `Note ${i}`);
      $('#note-texte').dispatchEvent(new Event('blur'));
      history.back();
      await until(explore);
    } else if (kind === 'language') {
      $('.language-switch').click();
      await until(() => document.documentElement.lang === (i % 2 ? 'fr' : 'en'));
    } else if (kind === 'visitor') {
      tap('.attract-button');
      await until(() => !$('.attract'));
      tap('details.filters > summary');
      tap('#filtre-axe-2');
      await until(() => location.search.startsWith('?axe=2'));
      tap('.commitment .card-title a');
      await until(() => $('#titre-element'));
      tap('.back-link');
      await until(explore);
      window.soakClock(5_000);
      await until(() => $('.continue-button'));
      tap('.continue-button');
      await until(() => !$('.idle-warning'));
      window.soakClock(60_000);
      await until(() => $('.attract'));
    } else {
      throw new Error(`no such action: ${kind}`);
    }
  }
  if (kind !== 'visitor') {
    $('.view-tabs a').click();
    await until(explore);
    if (explore().checked) explore().click();
    if ($('#recherche').value) type($('#recherche'), '');
    if (document.documentElement.lang === 'en') {
      $('.language-switch').click();
      await until(() => document.documentElement.lang === 'fr');
    }
  }
}

/**
 * The wasm's linear memory in bytes (the glue's init, called again, hands back the
 * running instance) and the elements in the document.
 */
export async function inPageMemory() {
  const glue = await import(document.querySelector('script[data-js]').dataset.js);
  const { memory } = await glue.default();
  return { wasm: memory.buffer.byteLength, elements: document.getElementsByTagName('*').length };
}

/** How much the wasm's memory may grow after the warm-up, whatever the actions. */
export const ALLOWANCE = 512 * 1024;

/** The citizens' app: each kind of action and how many of it (612 in all). */
export const CITIZEN_ROUNDS = [
  ['filter', 200],
  ['search', 120],
  ['item', 120],
  ['tabs', 72],
  ['note', 60],
  ['language', 40],
];

/** The kiosk: visitors, each 6 actions (touch, filters, axis, item, Back, Continuer) and a reset. */
export const KIOSK_VISITORS = 120;
