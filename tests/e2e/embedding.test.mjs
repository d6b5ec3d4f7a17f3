// The first slice through every layer: the demo portal, the embed script,
// the wasm module and the Yew widget, in real Chromium under the strict CSP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, screenshot, STRICT_CSP, waitForWidget, useServerAndBrowser } from './support.mjs';

const EXPECTED = {
  lawfulness: ['lawfulness.legitimacy', 'lawfulness.necessity', 'lawfulness.proportionality'],
  harm: ['harm.wellbeing', 'harm.robustness', 'harm.accuracy', 'harm.efficiency'],
  autonomy: ['autonomy.privacy', 'autonomy.oversight', 'autonomy.agency', 'autonomy.transparency'],
  fairness: ['fairness.accessibility', 'fairness.nondiscrimination', 'fairness.vulnerable', 'fairness.redress'],
  governance: ['governance.accountability', 'governance.traceability'],
};

const live = useServerAndBrowser(before, after);

describe('demo portal', () => {
  test('is served with the strict CSP and correct MIME types', async () => {
    const { context, response, requests, page } = await openPage(live.browser, live.server.url);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    await waitForWidget(page);
    const wasm = await page.request.get(new URL('widget/raikit_assessment_bg.wasm', live.server.url).href);
    assert.equal(wasm.headers()['content-type'], 'application/wasm');
    const js = await page.request.get(new URL('widget/raikit.js', live.server.url).href);
    assert.match(js.headers()['content-type'], /^text\/javascript|^application\/javascript/);
    assert.ok(requests.length > 0);
    await context.close();
  });

  test('renders the assessment introduction inside its shadow root', async () => {
    const { context, page } = await openPage(live.browser, live.server.url);
    await waitForWidget(page);
    const tree = await page.evaluate(() => {
      const host = document.querySelector('raikit-assessment');
      const root = host.shadowRoot;
      return {
        lightChildren: host.children.length,
        leaksIntoDocument: document.querySelectorAll('.raikit, [data-principle]').length,
        privacy: root.querySelector('.privacy')?.textContent ?? '',
        groups: Object.fromEntries(
          [...root.querySelectorAll('li.core')].map((li) => [
            li.dataset.principle,
            [...li.querySelectorAll('li[data-principle]')].map((i) => i.dataset.principle),
          ]),
        ),
        names: [...root.querySelectorAll('.inst-name')].map((n) => n.textContent),
      };
    });
    assert.equal(tree.lightChildren, 0, 'nothing is rendered into the light DOM');
    assert.equal(tree.leaksIntoDocument, 0, 'widget markup stays inside the shadow root');
    assert.match(tree.privacy, /Your answers stay on this device\./);
    assert.deepEqual(tree.groups, EXPECTED);
    assert.equal(tree.names.length, 17);
    assert.ok(tree.names.includes('Human control and oversight'));
    await screenshot(page, 'portal-introduction');
    await context.close();
  });

  test('makes no request but GETs of its own static files', async () => {
    const { context, page, requests } = await openPage(live.browser, live.server.url);
    await waitForWidget(page);
    await page.waitForLoadState('networkidle');
    const origin = new URL(live.server.url).origin;
    const allowed = /^\/(|index\.html|portal\.css|portal\.js|widget\/[\w./-]+\.(js|wasm|css|json))$/;
    for (const r of requests) {
      const u = new URL(r.url);
      if (u.protocol === 'data:') continue;
      assert.equal(u.origin, origin, `request left the origin: ${r.url}`);
      assert.equal(r.method, 'GET', `non-GET request: ${r.method} ${r.url}`);
      assert.equal(r.postData, null, `request carried a body: ${r.url}`);
      assert.equal(u.search, '', `request carried a query string: ${r.url}`);
      assert.match(u.pathname, allowed, `unexpected request: ${r.url}`);
    }
    assert.ok(requests.some((r) => r.url.endsWith('/widget/raikit_assessment_bg.wasm')), 'the assessment bundle was loaded');
    await context.close();
  });

  test('works under the strict CSP with no violation', async () => {
    const { context, page, violations } = await openPage(live.browser, live.server.url);
    await waitForWidget(page);
    const inPage = await page.evaluate(() => window.__cspViolations ?? []);
    assert.deepEqual([...violations, ...inPage], []);
    const sheets = await page.evaluate(() => document.querySelector('raikit-assessment').shadowRoot.adoptedStyleSheets.length);
    assert.equal(sheets, 1, 'styles arrive as a constructable stylesheet, which the CSP allows');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violations (${colorScheme} scheme)`, async () => {
      const { context, page } = await openPage(live.browser, live.server.url, { colorScheme });
      await waitForWidget(page);
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `portal-${colorScheme}`);
      await context.close();
    });
  }
});

describe('isolation from the host page', () => {
  const hostile = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile host</title>
    <link rel="stylesheet" href="/__hostile.css">
    <script type="module" src="/widget/raikit.js"></script></head>
    <body><main><h1>Partner page</h1><raikit-assessment theme="light"></raikit-assessment></main></body></html>`;
  const hostileCss = `* { all: unset; } html { font-size: 40px !important; color: red !important; }
    h2, h3, li, p, span { color: magenta !important; font-size: 60px !important; display: inline !important; }
    .raikit, .privacy, .principles { display: none !important; }`;

  test('host CSS does not leak into the widget', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const base = new URL(live.server.url);
    await page.route(`${base.origin}/__hostile.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: hostile, headers: { 'content-security-policy': STRICT_CSP } }));
    await page.route(`${base.origin}/__hostile.css`, (route) => route.fulfill({ contentType: 'text/css', body: hostileCss }));
    await page.goto(`${base.origin}/__hostile.html`);
    await waitForWidget(page);
    const styles = await page.evaluate(() => {
      const root = document.querySelector('raikit-assessment').shadowRoot;
      const h2 = getComputedStyle(root.querySelector('h2'));
      const panel = getComputedStyle(root.querySelector('.raikit'));
      const principles = getComputedStyle(root.querySelector('.principles'));
      return { h2Color: h2.color, h2Size: parseFloat(h2.fontSize), panelDisplay: panel.display, gridDisplay: principles.display };
    });
    assert.notEqual(styles.h2Color, 'rgb(255, 0, 255)');
    assert.notEqual(styles.h2Color, 'rgb(255, 0, 0)');
    assert.ok(styles.h2Size < 30, `heading size stayed sane: ${styles.h2Size}px`);
    assert.equal(styles.panelDisplay, 'block');
    assert.equal(styles.gridDisplay, 'grid');
    await screenshot(page, 'hostile-host');
    await context.close();
  });

  test('widget CSS does not leak out to the host page', async () => {
    const { context, page } = await openPage(live.browser, live.server.url);
    await waitForWidget(page);
    const outside = await page.evaluate(() => {
      const h2 = getComputedStyle(document.querySelector('#assess-title'));
      return { fontSize: h2.fontSize, marginBottom: h2.marginBottom };
    });
    // portal.css leaves h2 at the browser default (1.5em of 16px) and the widget's 0.5em margin must not apply.
    assert.equal(outside.fontSize, '24px');
    assert.notEqual(outside.marginBottom, '12px');
    await context.close();
  });

  test('the theme attribute switches live', async () => {
    const { context, page } = await openPage(live.browser, live.server.url);
    await waitForWidget(page);
    await page.evaluate(() => document.querySelector('raikit-assessment').setAttribute('theme', 'dark'));
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.raikit.theme-dark'));
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('raikit-assessment').shadowRoot.querySelector('.raikit')).backgroundColor);
    assert.equal(bg, 'rgb(20, 26, 34)');
    await context.close();
  });
});
