// The whole plan renders in real Chromium from the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serverAndBrowser, newPage, waitForApp, ARTIFACTS } from './support/browser.mjs';

const PLAN = JSON.parse(
  await readFile(resolve(import.meta.dirname, '../../data/plan-2023-2024.json'), 'utf8'),
);

const env = serverAndBrowser();

test('the five priorities show with their axis names and partners', async () => {
  const { page, errors, context } = await newPage(env.browser);
  await page.goto(env.server.url);
  await waitForApp(page);
  const cards = await page.$$eval('section[aria-labelledby="section-priorite"] article.commitment', (els) =>
    els.map((el) => ({
      title: el.querySelector('h3').textContent.trim(),
      axis: el.querySelector('.axis-badge').textContent,
      partners: [...el.querySelectorAll('.partner-list > li')].map((li) => li.textContent),
    })),
  );
  assert.equal(cards.length, 5);
  PLAN.priorities.items.forEach((item, i) => {
    const axisName = PLAN.axes.find((a) => a.number === item.axis).name;
    assert.equal(cards[i].title, item.title);
    assert.match(cards[i].axis, new RegExp(`Axe ${item.axis}\\b`));
    assert.ok(cards[i].axis.includes(axisName), `${cards[i].axis} names ${axisName}`);
    const names = item.partners.map((id) => PLAN.partners.find((p) => p.id === id).short_name);
    assert.equal(cards[i].partners.length, names.length);
    names.forEach((name, j) => assert.ok(cards[i].partners[j].startsWith(name), cards[i].partners[j]));
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test('every section of the plan is on the page', async () => {
  const { page, errors, context } = await newPage(env.browser);
  await page.goto(env.server.url);
  await waitForApp(page);
  const count = (sel) => page.locator(sel).count();
  // The introduction is one tab away, in the whole plan.
  assert.equal(await count('nav.view-tabs a:has-text("Le plan en entier")'), 1);
  assert.equal(await count('.context article.reality'), PLAN.realities.items.length);
  const section = (slug) => `section[aria-labelledby="section-${slug}"] article.commitment`;
  assert.equal(await count(section('programme')), PLAN.municipal_programs.items.length);
  assert.equal(await count(section('autre-plan')), PLAN.other_municipal_plans.items.length);
  assert.equal(await count('.context article.strategy'), PLAN.strategies.items.length);
  const fund = await page.locator('.context article.fund').textContent();
  assert.ok(fund.includes('200 000 $ par année'), fund);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.goto(env.server.url + '?vue=plan-complet');
  await waitForApp(page);
  assert.equal(await count('.document-view section[aria-labelledby="s-introduction"] > p:not(.source-note)'), PLAN.introduction.length);
  assert.equal(await count('.document-view .axis-list .axis-badge'), 5);
  await page.goto(env.server.url + '?vue=sigles');
  await waitForApp(page);
  assert.equal(await count('dl.glossary dt'), PLAN.acronyms.length + PLAN.other_abbreviations.length);
  await page.goto(env.server.url + '?vue=a-propos');
  await page.waitForSelector('dl.about');
  const about = await page.locator('main').textContent();
  assert.ok(about.includes(PLAN.axes_source), 'the about view says where axis names come from');
  // It cites the document and says what the transcription changed.
  assert.match(about, /Ville de Lévis\. Plan d'action de la Politique de développement social et communautaire — Plan de déploiement 2023-2024\. Période\u00a0: 2023-2024\./);
  assert.match(about, /Cette application présente le texte de ce document/);
  assert.doesNotMatch(about, /tel que publié/);
  assert.equal(await count('main h2:has-text("Ce qui diffère du document publié") + ul > li'), 5);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a 360 px phone nothing overflows sideways', async () => {
  const { page, context } = await newPage(env.browser, { viewport: { width: 360, height: 740 } });
  await page.goto(env.server.url);
  await waitForApp(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, 'no horizontal scroll at 360 px');
  await page.screenshot({ path: `${ARTIFACTS}/plan-360px.png`, fullPage: false });
  await context.close();
});

// The page, its link previews, the installed app and the footer name the edition from
// the plan file (render-static fills them; nothing in the code names a period).
test('the page, its previews, its manifest and its footer name the plan\'s edition', async () => {
  const { page, context } = await newPage(env.browser);
  const title = `${PLAN.subtitle} — ${PLAN.title} | ${PLAN.publisher}`;
  await page.goto(env.server.url);
  await waitForApp(page);
  assert.equal(await page.title(), title);
  const head = await page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('meta[name="description"], meta[property^="og:"]')]
      .map((m) => [m.getAttribute('name') ?? m.getAttribute('property'), m.content]),
  ));
  assert.ok(head.description.startsWith(`${PLAN.title} — ${PLAN.subtitle} (${PLAN.publisher})`), head.description);
  assert.equal(head['og:title'], title);
  assert.equal(head['og:description'], head.description);
  assert.match(head['og:image'], /icon-512\.png$/);
  const manifest = await (await page.request.get(env.server.url + 'manifest.webmanifest')).json();
  // Install prompts cut a name past about 45 characters: the edition is in the description.
  assert.equal(manifest.name, 'Plan Lévis — développement social');
  assert.ok(manifest.name.length <= 45);
  assert.equal(manifest.description, head.description);
  assert.ok(manifest.description.includes(PLAN.subtitle), manifest.description);
  assert.equal(manifest.short_name, 'Plan Lévis');
  assert.ok((await page.textContent('footer.site-footer')).includes(PLAN.subtitle));
  // In English too, with the period from the file.
  await page.click('button.language-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.ok((await page.textContent('footer.site-footer')).includes(`Deployment plan ${PLAN.period}`));
  await context.close();
});

// The period, honestly: the years the plan covers, and once they are over on the
// person's device (no newer edition being published), that the plan has ended.
test('the header says the years the plan covers, and when they are over', async () => {
  const [first, last] = PLAN.period.split('-');
  for (const [today, said, over] of [
    [`${last}-06-01T12:00:00`, `Ce plan porte sur les années ${first} et ${last}.`, false],
    [`${Number(last) + 2}-12-03T12:00:00`, `Ce plan couvrait ${first} et ${last}\u00a0; le plan suivant n'est pas encore publié ici.`, true],
  ]) {
    const { page, context } = await newPage(env.browser);
    await page.clock.setFixedTime(new Date(today));
    await page.goto(env.server.url);
    await waitForApp(page);
    const line = page.locator('.site-header .edition-period');
    assert.equal((await line.textContent()).trim(), said, today);
    assert.equal(await line.evaluate((p) => p.classList.contains('period-over')), over);
    await context.close();
  }
  // Without JavaScript, the static copy says the years (true on any date).
  const { page, context } = await newPage(env.browser, { javaScriptEnabled: false });
  await page.goto(env.server.url);
  assert.equal((await page.textContent('.site-header .edition-period')).trim(), `Ce plan porte sur les années ${first} et ${last}.`);
  await context.close();
});
