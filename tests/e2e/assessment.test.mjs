// The assessment widget as a user meets it: answered by keyboard alone,
// saved and restored, exported and re-imported, watched on the network and
// checked with axe in each state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  axeViolations, completeByKeyboard, hostPage, openPage, screenshot, shadow, useServerAndBrowser, waitForWidget,
} from './support.mjs';

const live = useServerAndBrowser(before, after);

/** Every request must be a GET of the widget's own files, with no body or query. */
function assertOnlyStaticGets(requests, origin) {
  for (const r of requests) {
    const u = new URL(r.url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') continue; // in-memory, never on the network
    assert.equal(u.origin, origin, `request left the origin: ${r.url}`);
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.equal(r.postData, null, `request carried a body: ${r.url}`);
    assert.equal(u.search, '', `request carried a query: ${r.url}`);
    assert.match(u.pathname, /^\/(|index\.html|portal\.(css|js)|widget\/[\w./-]+|__test\/[\w-]+\.(html|css))$/, r.url);
  }
}

describe('risk assessment', () => {
  test('is completed end to end with the keyboard only', async () => {
    const { context, page, requests } = await openPage(live.browser, live.server.url);
    await waitForWidget(page);
    await screenshot(page, 'assessment-intro');
    const changes = await page.evaluate(() => {
      window.__changes = 0;
      window.__complete = null;
      const el = document.querySelector('raikit-assessment');
      el.addEventListener('raikit-change', () => window.__changes++);
      document.addEventListener('raikit-complete', (e) => { window.__complete = e.detail.report; });
      return window.__changes;
    });
    assert.equal(changes, 0);
    await page.keyboard.press('Tab'); // into the page; the walk takes it from here
    const touched = await completeByKeyboard(page);
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.results'));
    const report = await page.evaluate(() => document.querySelector('raikit-assessment').report);
    assert.equal(report.partial, false, `every required question answered (${report.completeness.answered}/${report.completeness.required})`);
    assert.ok(report.completeness.required >= 45, `${report.completeness.required} required questions`);
    assert.ok(touched.size >= 45);
    assert.equal(report.principles.instrumental.length, 17);
    assert.ok(await page.evaluate(() => window.__changes) >= 45, 'raikit-change fired for answers');
    assert.equal((await page.evaluate(() => window.__complete))?.schema, report.schema, 'raikit-complete carried the report');
    // Results: red flags first, a chart per principle group, ordered actions.
    const results = await page.evaluate(() => {
      const r = document.querySelector('raikit-assessment').shadowRoot.querySelector('.results');
      const order = [...r.children].map((c) => c.className);
      return { order, charts: r.querySelectorAll('svg.chart').length, bars: r.querySelectorAll('svg.chart .chart-bar').length };
    });
    assert.ok(results.order.indexOf('red-flags') < results.order.indexOf('principle-results'), results.order.join(','));
    assert.equal(results.charts, 2);
    assert.equal(results.bars, 5 + 17);
    await screenshot(page, 'assessment-results');
    assertOnlyStaticGets(requests, new URL(live.server.url).origin);
    await context.close();
  });
});

describe('saving', () => {
  const answerFirstQuestion = async (page) => {
    await page.evaluate(() => {
      const root = document.querySelector('raikit-assessment').shadowRoot;
      [...root.querySelectorAll('button')].find((b) => /Start the assessment|Continue/.test(b.textContent)).click();
    });
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('input[type=radio]'));
    await page.evaluate(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('input[type=radio]').click());
  };

  test('storage="local" restores answers after a reload, and "Delete my data" clears them', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const url = await hostPage(context, live.server, 'local', '<raikit-assessment questionnaire="self-check" storage="local"></raikit-assessment>');
    await page.goto(url);
    await waitForWidget(page);
    await answerFirstQuestion(page);
    await page.waitForFunction(() => localStorage.getItem('raikit:v1:answers:self-check'), null, { timeout: 5000 });
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('raikit:v1:answers:self-check')));
    assert.equal(saved.questionnaire.id, 'self-check');
    assert.equal(Object.keys(saved.answers).length, 1);

    await page.reload();
    await waitForWidget(page);
    await page.waitForFunction(() => Object.keys(document.querySelector('raikit-assessment').answers?.answers ?? {}).length === 1);
    assert.deepEqual((await page.evaluate(() => document.querySelector('raikit-assessment').answers)).answers, saved.answers);

    await page.evaluate(() => [...document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('button')]
      .find((b) => b.textContent === 'Delete my data').click());
    await page.waitForTimeout(700); // longer than the autosave debounce
    assert.equal(await page.evaluate(() => localStorage.getItem('raikit:v1:answers:self-check')), null);
    assert.deepEqual((await page.evaluate(() => document.querySelector('raikit-assessment').answers)).answers, {});
    await context.close();
  });

  test('storage="none" writes nothing and restores nothing', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const url = await hostPage(context, live.server, 'none', '<raikit-assessment questionnaire="self-check" storage="none"></raikit-assessment>');
    await page.goto(url);
    await waitForWidget(page);
    await answerFirstQuestion(page);
    await page.waitForTimeout(700);
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    await page.reload();
    await waitForWidget(page);
    assert.deepEqual((await page.evaluate(() => document.querySelector('raikit-assessment').answers)).answers, {});
    await context.close();
  });
});

describe('export and import', () => {
  test('a downloaded answers file re-imports to identical answers', async () => {
    const context = await live.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const url = await hostPage(context, live.server, 'export', '<raikit-assessment questionnaire="self-check"></raikit-assessment>');
    await page.goto(url);
    await waitForWidget(page);
    // Answer three questions through the UI.
    await page.evaluate(() => [...document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('button')]
      .find((b) => b.textContent === 'Start the assessment').click());
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('fieldset').length > 2);
    await page.evaluate(() => {
      const sets = document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('fieldset');
      for (const fs of [...sets].slice(0, 3)) fs.querySelectorAll('input[type=radio]')[1].click();
    });
    const before = await page.evaluate(() => document.querySelector('raikit-assessment').answers);
    assert.equal(Object.keys(before.answers).length, 3);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() => [...document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('button')]
        .find((b) => b.textContent === 'Save answers (JSON)').click()),
    ]);
    assert.equal(download.suggestedFilename(), 'raikit-self-check-answers.json');
    const file = await download.path();
    const saved = JSON.parse(await readFile(file, 'utf8'));
    assert.deepEqual(saved.answers, before.answers);

    await page.evaluate(() => document.querySelector('raikit-assessment').reset());
    await page.waitForFunction(() => Object.keys(document.querySelector('raikit-assessment').answers.answers).length === 0);
    const input = page.locator('raikit-assessment input[type=file]');
    await input.setInputFiles(file);
    await page.waitForFunction(() => Object.keys(document.querySelector('raikit-assessment').answers.answers).length === 3);
    const after = await page.evaluate(() => document.querySelector('raikit-assessment').answers);
    assert.deepEqual(after.answers, before.answers);
    assert.match(await shadow(page).text('.notice'), /Answers opened/);
    await context.close();
  });

  test('importing an older version lists what could not be carried over', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const url = await hostPage(context, live.server, 'migrate', '<raikit-assessment questionnaire="risk"></raikit-assessment>');
    await page.goto(url);
    await waitForWidget(page);
    const old = { format: 'raikit-answers/1', questionnaire: { id: 'risk', version: '0.9.0' }, answers: { 'no-such-question': 'yes' } };
    await page.evaluate((o) => document.querySelector('raikit-assessment').importJson(o), old);
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.notice li'));
    const items = await shadow(page).count('.notice li');
    assert.ok(items >= 1);
    assert.match(await shadow(page).text('.notice li'), /“\u2068?no-such-question\u2069?” is not a question of this version/);
    // The list is told in the interface's language, and follows a live switch.
    await page.evaluate(() => document.querySelector('raikit-assessment').setAttribute('lang', 'fr'));
    await page.waitForFunction(() => /ne figure pas dans cette version/.test(
      document.querySelector('raikit-assessment').shadowRoot.querySelector('.notice li')?.textContent ?? ''));
    await page.evaluate(() => document.querySelector('raikit-assessment').setAttribute('lang', 'en'));
    await page.waitForFunction(() => /is not a question/.test(
      document.querySelector('raikit-assessment').shadowRoot.querySelector('.notice li')?.textContent ?? ''));
    const bad = '{"format":"raikit-answers/1","questionnaire":{"id":"readiness","version":"1.0.0"},"answers":{}}';
    await page.evaluate((b) => document.querySelector('raikit-assessment').importJson(b), bad);
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.notice.error'));
    assert.match(await shadow(page).text('.notice.error'), /readiness/);
    await context.close();
  });

  test('Markdown, CSV and HTML reports fetch their writers on first use, and a failed fetch can be retried', async () => {
    const context = await live.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const origin = new URL(live.server.url).origin;
    const fetched = [];
    page.on('request', (r) => fetched.push(r.url()));
    let up = false;
    await context.route(`${origin}/widget/raikit_export_bg.wasm`, (route) => (up ? route.continue() : route.fulfill({ status: 503, body: 'down' })));
    await page.goto(await hostPage(context, live.server, 'report-files', '<raikit-assessment questionnaire="self-check"></raikit-assessment>'));
    await waitForWidget(page);
    const click = (label) => page.evaluate((text) => [...document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('button')]
      .find((b) => b.textContent === text).click(), label);
    await click('Start the assessment');
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('fieldset').length > 2);
    await page.evaluate(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('fieldset input[type=radio]').click());
    const download = async (label) => {
      const [d] = await Promise.all([page.waitForEvent('download'), click(label)]);
      return { name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8') };
    };

    const json = await download('Report as JSON');
    assert.equal(json.name, 'raikit-self-check-report.json');
    assert.equal(JSON.parse(json.text).schema, 'raikit-report/1');
    assert.ok(!fetched.some((u) => u.includes('raikit_export')), 'the JSON report needs no writers bundle');

    await click('Report as Markdown');
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.export-bar [role=alert]'));
    assert.match(await shadow(page).text('.export-bar [role=alert]'), /could not be made.*answers are kept/);
    assert.equal(Object.keys((await page.evaluate(() => document.querySelector('raikit-assessment').answers)).answers).length, 1, 'answers survive');

    up = true;
    const markdown = await download('Report as Markdown');
    assert.equal(markdown.name, 'raikit-self-check-report.md');
    assert.match(markdown.text, /^# /m, 'a Markdown heading');
    assert.equal(await page.evaluate(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.export-bar [role=alert]')), null, 'the error is gone');
    const csv = await download('Report as CSV');
    assert.equal(csv.name, 'raikit-self-check-report.csv');
    assert.ok(csv.text.split('\n').length > 5, 'CSV rows');
    const html = await download('Report as HTML');
    assert.match(html.text, /<!doctype html>/i);
    assert.equal(fetched.filter((u) => u.endsWith('/widget/raikit_export_bg.wasm')).length, 2, 'one failed fetch, one retry, then reuse');
    await context.close();
  });
});

describe('accessibility in every state', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violations in the question and results states (${colorScheme})`, async () => {
      const { context, page } = await openPage(live.browser, live.server.url, { colorScheme });
      await waitForWidget(page);
      await page.evaluate(() => [...document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('button')]
        .find((b) => b.textContent === 'Start the assessment').click());
      await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('fieldset'));
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `assessment-questions-${colorScheme}`);
      await page.evaluate(() => [...document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('nav button')].at(-1).click());
      await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.results'));
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `assessment-results-partial-${colorScheme}`);
      await context.close();
    });
  }

  test('works on a 320 px wide phone screen', async () => {
    const { context, page } = await openPage(live.browser, live.server.url, { viewport: { width: 320, height: 640 } });
    await waitForWidget(page);
    await page.evaluate(() => [...document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('button')]
      .find((b) => b.textContent === 'Start the assessment').click());
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('fieldset'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px)`);
    await screenshot(page, 'assessment-phone');
    await context.close();
  });
});
