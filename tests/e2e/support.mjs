// Shared fixtures for the end-to-end tests: the real demo server (started on
// a free loopback port) and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');

/** The CSP the demo portal is promised to be served with (DESIGN.md). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** Starts `xtask serve --port 0` and resolves once it prints its URL. */
export async function startServer() {
  const xtask = process.env.RAIKIT_XTASK;
  const [cmd, args] = xtask
    ? [xtask, ['serve', '--port', '0']]
    : ['cargo', ['run', '--quiet', '-p', 'xtask', '--', 'serve', '--port', '0']];
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let buffered = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('demo server did not start within 60 s')), 60_000);
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const match = buffered.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.on('exit', (code) => reject(new Error(`demo server exited early (${code})`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGINT');
      await once(child, 'exit');
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.RAIKIT_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Opens a page that records every request and every CSP violation, so
 * tests can prove what the widget fetched and that the policy held.
 */
export async function openPage(browser, url, { colorScheme = 'light', viewport } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const violations = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), postData: r.postData(), type: r.resourceType() }));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(url);
  return { context, page, requests, violations, response };
}

/**
 * Waits until the element's shadow root has rendered its introduction (for
 * an assessment, once its questionnaire has been fetched).
 */
export async function waitForWidget(page, selector = 'raikit-assessment') {
  await page.waitForFunction(
    (sel) => {
      const panel = document.querySelector(sel)?.shadowRoot?.querySelector('.raikit');
      return panel && !panel.querySelector(':scope > .loading');
    },
    selector,
    { timeout: 30_000 },
  );
}

let axeSource;
/** Runs axe-core (WCAG 2.x A/AA rules) on the page, shadow roots included. */
export async function axeViolations(page) {
  axeSource ??= await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to the checker itself.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Serves a host page of the test's own at `/__test/<name>.html` on the demo
 * origin, with the strict CSP, loading the real widget from /widget/.
 */
export async function hostPage(context, server, name, body, { css = '' } = {}) {
  const origin = new URL(server.url).origin;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    ${css ? `<link rel="stylesheet" href="/__test/${name}.css">` : ''}
    <script type="module" src="/widget/raikit.js"></script></head>
    <body><main><h1>${name}</h1>${body}</main></body></html>`;
  await context.route(`${origin}/__test/${name}.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: html, headers: { 'content-security-policy': STRICT_CSP } }));
  if (css) {
    await context.route(`${origin}/__test/${name}.css`, (route) => route.fulfill({ contentType: 'text/css', body: css }));
  }
  return `${origin}/__test/${name}.html`;
}

/** Describes the element that has focus, looking through shadow roots. */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const question = el.closest?.('[data-question]');
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') ?? '',
      text: (el.textContent ?? '').trim().slice(0, 80),
      checked: !!el.checked,
      min: el.getAttribute('min'),
      question: question?.dataset.question ?? null,
      questionHasChecked: !!question?.querySelector('input:checked'),
      inShadow: el.getRootNode() !== document,
    };
  });
}

const ENGLISH_BUTTONS = {
  start: 'Start the assessment', resume: 'Continue where you left off', next: 'Next section', results: 'See the results',
};

/**
 * Answers every visible question using only the keyboard: Tab to move,
 * Space for radios and checkboxes, arrows for selects, typing for fields,
 * Enter on "Next section" until the results appear. `buttons` gives the
 * labels of the navigation buttons in the widget's language.
 */
export async function completeByKeyboard(page, buttons = ENGLISH_BUTTONS) {
  const proceed = [buttons.start, buttons.resume, buttons.next];
  const seen = new Set();
  for (let step = 0; step < 4000; step++) {
    const f = await focused(page);
    if (f?.inShadow) {
      if (f.tag === 'button' && proceed.includes(f.text)) {
        await page.keyboard.press('Enter');
        continue;
      }
      if (f.tag === 'button' && f.text === buttons.results) {
        await page.keyboard.press('Enter');
        return seen;
      }
      if (f.question && !seen.has(`${f.question}:${f.tag}:${f.type}:${f.text}`)) {
        seen.add(`${f.question}:${f.tag}:${f.type}:${f.text}`);
        if (f.tag === 'input' && f.type === 'radio' && !f.questionHasChecked) await page.keyboard.press('Space');
        else if (f.tag === 'input' && f.type === 'checkbox' && !f.questionHasChecked) await page.keyboard.press('Space');
        else if (f.tag === 'select') await page.keyboard.press('ArrowDown');
        else if (f.tag === 'input' && f.type === 'number') await page.keyboard.type(String(f.min ?? 1));
        else if (f.tag === 'textarea') await page.keyboard.type('Answered from the keyboard.');
      }
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('the keyboard walk never reached the results');
}

/** Runs a query inside the first matching element's shadow root. */
export function shadow(page, selector = 'raikit-assessment') {
  return {
    count: (css) => page.evaluate(([s, c]) => document.querySelector(s).shadowRoot.querySelectorAll(c).length, [selector, css]),
    text: (css) => page.evaluate(([s, c]) => document.querySelector(s).shadowRoot.querySelector(c)?.textContent ?? null, [selector, css]),
  };
}

/**
 * Registers before/after hooks that start the demo server and Chromium for a
 * test file and stop them afterwards. Returns live getters for both.
 */
export function useServerAndBrowser(before, after) {
  const live = {};
  before(async () => {
    live.server = await startServer();
    live.browser = await launchBrowser();
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.stop();
  });
  return live;
}
