// The widget in English, French, Spanish and Arabic: language packs fetched
// on demand from the widget's own folder, a live `lang` switch that keeps
// the answers, the Arabic layout mirrored right to left, reports exported in
// one language and re-imported in another, and axe in every language.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ROOT, axeViolations, completeByKeyboard, hostPage, screenshot, useServerAndBrowser, waitForWidget,
} from './support.mjs';

const live = useServerAndBrowser(before, after);
const LANGS = ['en', 'fr', 'es', 'ar'];

/** The simple `id = value` messages of a language's .ftl file. */
const ftlCache = new Map();
async function ftl(lang) {
  if (!ftlCache.has(lang)) {
    const text = await readFile(join(ROOT, 'crates', 'widget', 'i18n', `${lang}.ftl`), 'utf8');
    const messages = {};
    for (const line of text.split('\n')) {
      const m = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
      if (m && !m[2].includes('{')) messages[m[1]] = m[2];
    }
    ftlCache.set(lang, messages);
  }
  return ftlCache.get(lang);
}

/** A fresh context and page on a host page of our own, recording requests. */
async function open(name, body, options = {}) {
  const context = await live.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), postData: r.postData() }));
  page.on('pageerror', (e) => errors.push(e.message));
  const url = await hostPage(context, live.server, name, body);
  await page.goto(url);
  return { context, page, requests, errors };
}

/** Waits until the element shows `lang` with nothing left loading (packs, questionnaire). */
async function waitForLang(page, lang, selector = 'raikit-assessment') {
  await page.waitForFunction(([sel, l]) => {
    const root = document.querySelector(sel)?.shadowRoot;
    return root?.querySelector(`.raikit[lang="${l}"]`) && !root.querySelector('.lang-status') && !root.querySelector('.raikit > .loading');
  }, [selector, lang], { timeout: 30_000 });
}

function clickButton(page, text, selector = 'raikit-assessment') {
  return page.evaluate(([sel, t]) => {
    const button = [...document.querySelector(sel).shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === t);
    if (!button) throw new Error(`no button "${t}"`);
    button.click();
  }, [selector, text]);
}

const answersOf = (page) => page.evaluate(() => document.querySelector('raikit-assessment').answers.answers);

/** Only GETs of the widget's own static files leave the page. */
function assertOnlyOwnFiles(requests, origin) {
  for (const r of requests) {
    const u = new URL(r.url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') continue;
    assert.equal(u.origin, origin, r.url);
    assert.equal(r.method, 'GET', r.url);
    assert.equal(r.postData, null, r.url);
    assert.equal(u.search, '', r.url);
    assert.match(u.pathname, /^\/(widget\/[\w./-]+\.(js|wasm|json)|__test\/[\w-]+\.html)$/, r.url);
  }
}

const POLICY = 'The agency will, where appropriate, inform affected persons. Officers should review each match.';

describe('each language', () => {
  for (const lang of LANGS) {
    test(`both elements in ${lang}: packs on demand, axe clean in every state, screenshots`, async () => {
      const m = await ftl(lang);
      const { context, page, requests, errors } = await open(`lang-${lang}`,
        `<raikit-assessment questionnaire="risk" lang="${lang}"></raikit-assessment><raikit-policy-lint lang="${lang}"></raikit-policy-lint>`);
      await waitForLang(page, lang);
      await waitForLang(page, lang, 'raikit-policy-lint');
      const origin = new URL(live.server.url).origin;
      const packs = requests.filter((r) => r.url.includes('/widget/lang/')).map((r) => new URL(r.url).pathname).sort();
      if (lang === 'en') assert.deepEqual(packs, [], 'English needs no pack: the first load is unchanged');
      else {
        // The shared pack and the questionnaire's; each element's bundle
        // reads the shared one once (the browser's cache serves the second).
        assert.deepEqual([...new Set(packs)], [`/widget/lang/${lang}/risk.json`, `/widget/lang/${lang}/ui.json`]);
        assert.equal(packs.length, 3, packs.join(', '));
      }

      const root = (sel) => `document.querySelector('${sel}').shadowRoot`;
      const startText = await page.evaluate(`${root('raikit-assessment')}.querySelector('button.primary').textContent`);
      assert.equal(startText, m['intro-start']);
      const principle = await page.evaluate(`${root('raikit-assessment')}.querySelector('.principles h4').textContent`);
      if (lang !== 'en') assert.notEqual(principle, 'Lawfulness', 'principle names are translated');
      assert.deepEqual(await axeViolations(page), [], `${lang}: introduction`);
      await screenshot(page, `i18n-${lang}-intro`);

      await clickButton(page, m['intro-start']);
      await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('fieldset'));
      assert.deepEqual(await axeViolations(page), [], `${lang}: questions`);
      await screenshot(page, `i18n-${lang}-questions`);
      await clickButton(page, m['nav-results']);
      await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.results'));
      assert.deepEqual(await axeViolations(page), [], `${lang}: results`);
      const chart = await page.evaluate(() => {
        const svg = document.querySelector('raikit-assessment').shadowRoot.querySelector('.chart');
        const box = (el) => el.getBoundingClientRect();
        return { svg: box(svg), label: box(svg.querySelector('.chart-label')), track: box(svg.querySelector('.chart-track')) };
      });
      assert.ok(chart.label.width > 0 && chart.label.left >= chart.svg.left - 1 && chart.label.right <= chart.svg.right + 1,
        `${lang}: chart labels stay inside the chart`);
      if (lang === 'ar') assert.ok(chart.label.left >= chart.track.right - 1, 'ar: labels sit right of the bars, which grow from the right');
      else assert.ok(chart.label.right <= chart.track.left + 1, `${lang}: labels sit left of the bars`);
      await screenshot(page, `i18n-${lang}-results`);

      await page.locator('raikit-policy-lint textarea').fill(POLICY);
      await page.waitForFunction(() => document.querySelector('raikit-policy-lint').shadowRoot.querySelector('.coverage-item'), null, { timeout: 15_000 });
      const coverageName = await page.evaluate(`${root('raikit-policy-lint')}.querySelector('.coverage-item').textContent`);
      if (lang !== 'en') assert.doesNotMatch(coverageName, /^Legitimacy/, 'the coverage map names principles in the UI language');
      assert.deepEqual(await axeViolations(page), [], `${lang}: linter`);
      await screenshot(page, `i18n-${lang}-policy-lint`);
      assertOnlyOwnFiles(requests, origin);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe('Arabic', () => {
  test('is laid out right to left inside the shadow root', async () => {
    const m = await ftl('ar');
    const { context, page } = await open('rtl', '<raikit-assessment questionnaire="risk" lang="ar"></raikit-assessment>');
    await waitForLang(page, 'ar');
    await clickButton(page, m['intro-start']);
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('fieldset'));
    const layout = await page.evaluate(() => {
      const root = document.querySelector('raikit-assessment').shadowRoot;
      const panel = root.querySelector('.raikit');
      const box = (el) => el.getBoundingClientRect();
      const items = [...root.querySelectorAll('nav.sections li')].map((li) => box(li));
      const nav = box(root.querySelector('nav.sections ol'));
      return {
        dir: panel.getAttribute('dir'),
        lang: panel.getAttribute('lang'),
        direction: getComputedStyle(panel).direction,
        progress: getComputedStyle(root.querySelector('progress')).direction,
        first: items[0], second: items[1], navRight: nav.right, navLeft: nav.left,
        next: box(root.querySelector('.pager .primary')),
        legend: box(root.querySelector('.question legend, .question > label')),
        question: box(root.querySelector('.question')),
      };
    });
    assert.equal(layout.dir, 'rtl');
    assert.equal(layout.lang, 'ar');
    assert.equal(layout.direction, 'rtl');
    assert.equal(layout.progress, 'rtl', 'the progress bar fills from the right');
    assert.ok(Math.abs(layout.first.right - layout.navRight) < 2, 'the navigation starts at the right edge');
    assert.ok(layout.second.right <= layout.first.left + 1, 'the second section sits to the left of the first');
    assert.ok(layout.next.left - layout.question.left < layout.question.width / 2, '"Next section" sits at the left end');
    await screenshot(page, 'i18n-ar-layout');
    await context.close();
  });

  test('the whole risk assessment is completed in Arabic with the keyboard', async () => {
    const m = await ftl('ar');
    const { context, page } = await open('ar-flow', '<raikit-assessment questionnaire="risk" lang="ar"></raikit-assessment>');
    await waitForLang(page, 'ar');
    await page.keyboard.press('Tab');
    const touched = await completeByKeyboard(page, {
      start: m['intro-start'], resume: m['intro-resume'], next: m['section-next'], results: m['section-show-results'],
    });
    assert.ok(touched.size > 40, `${touched.size} answers given`);
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.results'));
    const report = await page.evaluate(() => document.querySelector('raikit-assessment').report);
    assert.equal(report.lang, 'ar');
    assert.equal(report.partial, false, `${report.completeness.answered}/${report.completeness.required}`);
    assert.match(report.questionnaire.title, /[\u0600-\u06FF]/, 'the report is in Arabic');
    assert.match(report.principles.core[0].name, /[\u0600-\u06FF]/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'i18n-ar-results-complete');
    await context.close();
  });
});

describe('switching and moving between languages', () => {
  test('a live lang switch keeps every answer, in both elements', async () => {
    const { context, page } = await open('switch',
      '<raikit-assessment questionnaire="self-check" lang="en"></raikit-assessment><raikit-policy-lint lang="en"></raikit-policy-lint>');
    await waitForLang(page, 'en');
    await clickButton(page, (await ftl('en'))['intro-start']);
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('fieldset').length > 2);
    await page.evaluate(() => {
      const sets = document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('fieldset');
      for (const fs of [...sets].slice(0, 3)) fs.querySelectorAll('input[type=radio]')[1].click();
    });
    const before = await answersOf(page);
    assert.equal(Object.keys(before).length, 3);
    await page.locator('raikit-policy-lint textarea').fill(POLICY);
    await page.waitForFunction(() => document.querySelector('raikit-policy-lint').shadowRoot.querySelector('.coverage-item'), null, { timeout: 15_000 });

    for (const lang of ['fr', 'ar', 'es', 'en']) {
      await page.evaluate((l) => document.querySelectorAll('raikit-assessment, raikit-policy-lint').forEach((el) => el.setAttribute('lang', l)), lang);
      await waitForLang(page, lang);
      await waitForLang(page, lang, 'raikit-policy-lint');
      assert.deepEqual(await answersOf(page), before, `answers kept after switching to ${lang}`);
      const checked = await page.evaluate(() => document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('input:checked').length);
      assert.equal(checked, 3, `the same section still shows its answers in ${lang}`);
      assert.equal(await page.locator('raikit-policy-lint textarea').inputValue(), POLICY);
      const title = await page.evaluate(() => document.querySelector('raikit-policy-lint').shadowRoot.querySelector('h2').textContent);
      assert.equal(title, (await ftl(lang))['lint-title']);
    }
    await context.close();
  });

  test('a report exported in French re-imports into a Spanish widget', async () => {
    const fr = await ftl('fr');
    const es = await ftl('es');
    const first = await open('export-fr', '<raikit-assessment questionnaire="self-check" lang="fr"></raikit-assessment>');
    await waitForLang(first.page, 'fr');
    await clickButton(first.page, fr['intro-start']);
    await first.page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('fieldset').length > 2);
    await first.page.evaluate(() => {
      const sets = document.querySelector('raikit-assessment').shadowRoot.querySelectorAll('fieldset');
      for (const fs of [...sets].slice(0, 4)) fs.querySelectorAll('input[type=radio]')[0].click();
    });
    const answers = await answersOf(first.page);
    const download = async (label) => {
      const [d] = await Promise.all([first.page.waitForEvent('download'), clickButton(first.page, label)]);
      return d.path();
    };
    const markdown = await readFile(await download(fr['export-markdown']), 'utf8');
    assert.match(markdown, /## Actions recommandées/, 'the Markdown report is in French');
    assert.match(markdown, /## Principes fondamentaux/);
    const html = await readFile(await download(fr['export-html']), 'utf8');
    assert.match(html, /<html lang="fr" dir="ltr">/);
    // Read before the context closes: closing deletes its downloads.
    const saved = { name: 'answers-fr.json', mimeType: 'application/json', buffer: await readFile(await download(fr['export-answers'])) };
    await first.context.close();

    const second = await open('import-es', '<raikit-assessment questionnaire="self-check" lang="es"></raikit-assessment>');
    await waitForLang(second.page, 'es');
    await second.page.locator('raikit-assessment input[type=file]').setInputFiles(saved);
    await second.page.waitForFunction((n) => Object.keys(document.querySelector('raikit-assessment').answers.answers).length === n, Object.keys(answers).length);
    assert.deepEqual(await answersOf(second.page), answers, 'answers are language-neutral ids');
    const notice = await second.page.evaluate(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.notice').textContent);
    assert.match(notice, new RegExp(es['import-done'].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const report = await second.page.evaluate(() => document.querySelector('raikit-assessment').report);
    assert.equal(report.lang, 'es');
    await second.context.close();
  });

  test('a pack that cannot be fetched leaves a working English widget and says so', async () => {
    const context = await live.browser.newContext();
    const origin = new URL(live.server.url).origin;
    await context.route(`${origin}/widget/lang/**`, (route) => route.fulfill({ status: 404, body: 'not found' }));
    const page = await context.newPage();
    await page.goto(await hostPage(context, live.server, 'pack-fails', '<raikit-assessment questionnaire="risk" lang="fr"></raikit-assessment>'));
    await page.waitForFunction(() => document.querySelector('raikit-assessment')?.shadowRoot?.querySelector('.lang-status.error'), null, { timeout: 30_000 });
    await waitForWidget(page);
    const state = await page.evaluate(() => {
      const root = document.querySelector('raikit-assessment').shadowRoot;
      return { lang: root.querySelector('.raikit').getAttribute('lang'), start: root.querySelector('button.primary')?.textContent, notice: root.querySelector('.lang-status').textContent };
    });
    assert.equal(state.lang, 'en');
    assert.equal(state.start, (await ftl('en'))['intro-start']);
    assert.equal(state.notice, (await ftl('en'))['lang-failed']);
    await context.close();
  });
});
