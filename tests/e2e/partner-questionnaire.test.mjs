// A partner's own questionnaire: inline in the page (`questionnaire="#id"`)
// or by URL. Built-ins are fetched from beside raikit.js; a page's own
// definition is validated by the on-demand validator bundle, which pages
// showing only built-ins never download.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, axeViolations, hostPage, screenshot, waitForWidget, useServerAndBrowser } from './support.mjs';

const live = useServerAndBrowser(before, after);

/** A real definition of our own: the built-in self-check, renamed. */
async function partnerDefinition() {
  const def = JSON.parse(await readFile(join(ROOT, 'www/widget/questionnaires/self-check.json'), 'utf8'));
  def.id = 'harbour-police-check';
  def.title = 'Harbour Police AI check';
  return def;
}

/** A context whose requests are recorded, and a page in it. */
async function open() {
  const context = await live.browser.newContext();
  const requests = [];
  context.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const page = await context.newPage();
  return { context, page, requests };
}

const shadowText = (page, sel) => page.evaluate((s) => document.querySelector('raikit-assessment').shadowRoot.querySelector(s)?.textContent ?? null, sel);

describe('a partner questionnaire', () => {
  test('a built-in is fetched from beside raikit.js, without the validator', async () => {
    const { context, page, requests } = await open();
    await page.goto(await hostPage(context, live.server, 'builtin', '<raikit-assessment questionnaire="readiness"></raikit-assessment>'));
    await waitForWidget(page);
    assert.match(await shadowText(page, 'h2'), /readiness/i);
    assert.ok(requests.includes('/widget/questionnaires/readiness.json'), requests.join(', '));
    assert.ok(!requests.some((r) => r.includes('risk.json') || r.includes('self-check.json')), 'only the shown questionnaire is fetched');
    assert.ok(!requests.some((r) => r.includes('raikit_validate')), 'built-ins need no validator');
    await context.close();
  });

  test('inline in the page (#id): validated, shown, answered and exported under its own id', async () => {
    const { context, page, requests } = await open();
    const json = JSON.stringify(await partnerDefinition()).replaceAll('<', '\\u003c');
    await page.goto(await hostPage(context, live.server, 'inline',
      `<script type="application/json" id="harbour-q">${json}</script><raikit-assessment questionnaire="#harbour-q"></raikit-assessment>`));
    await waitForWidget(page);
    assert.equal(await shadowText(page, 'h2'), 'Harbour Police AI check');
    assert.ok(requests.some((r) => r.endsWith('/widget/raikit_validate_bg.wasm')), 'the validator is fetched for a page\'s own definition');
    assert.equal((await page.evaluate(() => document.querySelector('raikit-assessment').answers)).questionnaire.id, 'harbour-police-check');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'partner-inline');
    await context.close();
  });

  test('by URL, relative to the page', async () => {
    const { context, page } = await open();
    const origin = new URL(live.server.url).origin;
    const def = await partnerDefinition();
    await context.route(`${origin}/__test/forms/harbour.json`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(def) }));
    await page.goto(await hostPage(context, live.server, 'by-url', '<raikit-assessment questionnaire="forms/harbour.json"></raikit-assessment>'));
    await waitForWidget(page);
    assert.equal(await shadowText(page, 'h2'), 'Harbour Police AI check');
    await context.close();
  });

  test('a definition with errors is not used: each problem is listed with its path', async () => {
    const { context, page } = await open();
    const def = await partnerDefinition();
    def.sections[0].questions[1].id = def.sections[0].questions[0].id; // a duplicate question id
    def.sections[0].questions[0].principles = ['lawfulness.no-such-principle'];
    await page.goto(await hostPage(context, live.server, 'invalid',
      `<script type="application/json" id="broken">${JSON.stringify(def)}</script><raikit-assessment questionnaire="#broken"></raikit-assessment>`));
    await waitForWidget(page);
    const problems = await page.evaluate(() => [...document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('.load-failed li')].map((li) => li.textContent));
    assert.ok(problems.length >= 2, problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('sections[0].questions[') && /duplicate|already/i.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('no-such-principle')), problems.join('\n'));
    assert.equal(await page.evaluate(() => document.querySelector('raikit-assessment').answers), null);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  test('a missing inline script, or not JSON, says which', async () => {
    const { context, page } = await open();
    await page.goto(await hostPage(context, live.server, 'missing',
      '<div id="not-a-script">{}</div><raikit-assessment questionnaire="#nowhere"></raikit-assessment>'));
    await waitForWidget(page);
    assert.match(await shadowText(page, '.load-failed'), /nowhere/);
    await page.evaluate(() => document.querySelector('raikit-assessment').setAttribute('questionnaire', '#not-a-script'));
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.load-failed')?.textContent.includes('application/json'));
    await context.close();
  });

  test('a failed download can be tried again', async () => {
    const { context, page } = await open();
    const origin = new URL(live.server.url).origin;
    let up = false;
    await context.route(`${origin}/__test/forms/flaky.json`, async (route) =>
      (up ? route.fulfill({ contentType: 'application/json', body: JSON.stringify(await partnerDefinition()) }) : route.fulfill({ status: 503, body: 'down' })));
    await page.goto(await hostPage(context, live.server, 'flaky', '<raikit-assessment questionnaire="/__test/forms/flaky.json"></raikit-assessment>'));
    await waitForWidget(page);
    assert.match(await shadowText(page, '.load-failed'), /HTTP 503/);
    up = true;
    await page.evaluate(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.load-failed button').click());
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('h2')?.textContent === 'Harbour Police AI check');
    await context.close();
  });
});
