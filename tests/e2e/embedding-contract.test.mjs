// The embedding contract from DESIGN.md: reactive attributes, several
// elements on one page, ::part() and custom-property theming, element
// methods, and the iframe page for portals that forbid WebAssembly.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, hostPage, openPage, screenshot, STRICT_CSP, waitForWidget, useServerAndBrowser } from './support.mjs';

const live = useServerAndBrowser(before, after);

const title = (page, sel) => page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector('h2').textContent, sel);

describe('embedding contract', () => {
  test('several elements on one page keep separate state', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const url = await hostPage(context, live.server, 'many', `
      <raikit-assessment id="a" questionnaire="risk"></raikit-assessment>
      <raikit-assessment id="b" questionnaire="readiness"></raikit-assessment>
      <raikit-policy-lint id="c"></raikit-policy-lint>`);
    await page.goto(url);
    for (const s of ['#a', '#b', '#c']) await waitForWidget(page, s);
    assert.equal(await title(page, '#a'), 'AI system risk assessment');
    assert.match(await title(page, '#b'), /readiness/i);
    await page.evaluate(() => document.querySelector('#a').importJson({
      format: 'raikit-answers/1', questionnaire: { id: 'risk', version: '1.0.0' }, answers: { 'use-case': 'face-recognition' },
    }));
    await page.waitForFunction(() => Object.keys(document.querySelector('#a').answers.answers).length === 1);
    assert.deepEqual((await page.evaluate(() => document.querySelector('#b').answers)).answers, {});
    await context.close();
  });

  test('attributes react live: questionnaire, lang fallback and theme', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const url = await hostPage(context, live.server, 'attrs', '<raikit-assessment questionnaire="risk"></raikit-assessment>');
    await page.goto(url);
    await waitForWidget(page);
    await page.evaluate(() => document.querySelector('raikit-assessment').setAttribute('questionnaire', 'self-check'));
    // The new questionnaire is fetched, then shown.
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('h2')?.textContent.includes('self-check'));
    assert.equal((await page.evaluate(() => document.querySelector('raikit-assessment').answers)).questionnaire.id, 'self-check');
    await page.evaluate(() => document.querySelector('raikit-assessment').setAttribute('questionnaire', 'no-such-thing'));
    await page.waitForFunction(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.error'));
    const message = await page.evaluate(() => document.querySelector('raikit-assessment').shadowRoot.querySelector('.error').textContent);
    assert.match(message, /no-such-thing/);
    assert.match(message, /risk/);
    await context.close();
  });

  test('::part() and --raikit-* custom properties theme the widget', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const css = `raikit-assessment { --raikit-accent: rgb(128, 0, 128); --raikit-font-size: 20px; }
      raikit-assessment::part(title) { color: rgb(0, 128, 0); }`;
    const url = await hostPage(context, live.server, 'themed', '<raikit-assessment theme="light"></raikit-assessment>', { css });
    await page.goto(url);
    await waitForWidget(page);
    const styles = await page.evaluate(() => {
      const root = document.querySelector('raikit-assessment').shadowRoot;
      return {
        title: getComputedStyle(root.querySelector('h2')).color,
        button: getComputedStyle(root.querySelector('button.primary')).backgroundColor,
        size: getComputedStyle(root.querySelector('.raikit-root')).fontSize,
      };
    });
    assert.equal(styles.title, 'rgb(0, 128, 0)');
    assert.equal(styles.button, 'rgb(128, 0, 128)');
    assert.equal(styles.size, '20px');
    await context.close();
  });

  test('embed.html builds the element from its query string, under the strict CSP', async () => {
    const { context, page, violations, response } = await openPage(live.browser, `${live.server.url}embed.html?questionnaire=self-check&theme=dark&lang=en`);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    await waitForWidget(page);
    assert.match(await title(page, 'raikit-assessment'), /self-check/);
    assert.ok(await page.evaluate(() => !!document.querySelector('raikit-assessment').shadowRoot.querySelector('.theme-dark')));
    assert.deepEqual(violations, []);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'embed-iframe-page');
    await context.close();
    const bad = await openPage(live.browser, `${live.server.url}embed.html?questionnaire=%3Cimg%20src=x%3E&tool=policy-lint`);
    await waitForWidget(bad.page, 'raikit-policy-lint');
    assert.equal(await bad.page.evaluate(() => document.querySelectorAll('img').length), 0);
    await bad.context.close();
  });

  test('a portal can frame embed.html', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const url = await hostPage(context, live.server, 'frame',
      `<iframe src="/embed.html?tool=policy-lint" title="Policy checker" width="900" height="700"></iframe>`);
    await page.goto(url);
    const frame = page.frameLocator('iframe');
    await frame.locator('raikit-policy-lint textarea').fill('Outputs will be reviewed periodically.');
    await frame.locator('raikit-policy-lint .finding').first().waitFor();
    await context.close();
  });
});
