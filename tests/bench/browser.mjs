// Browser figures for `cargo xtask bench`: time until the demo portal is
// interactive, the JS API's lint time on 10,000 words, and the latency from
// an edit to its highlight in <raikit-policy-lint>. Prints figures; asserts nothing.
import { launchBrowser, openPage, startServer, waitForWidget } from '../e2e/support.mjs';

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function policy(words) {
  const sentences = [
    'The Analysis Unit will use facial recognition to identify suspects from still images.',
    'Search results will be reviewed periodically where appropriate.',
    'A trained examiner must confirm every candidate match before it is recorded as a lead.',
    'Images are deleted after 90 days unless they become evidence in a charged case.',
    'The Information Assurance Manager audits the search log every quarter.',
  ];
  const out = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const s = sentences[i % sentences.length];
    if (i % 40 === 0) out.push(`\n## Section ${i / 40 + 1}\n`);
    out.push(s);
    n += s.split(/\s+/).length;
  }
  return out.join(' ');
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const interactive = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await openPage(browser, server.url);
    await waitForWidget(page);
    await waitForWidget(page, 'raikit-policy-lint');
    interactive.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  console.log(`demo portal interactive (both widgets rendered), median of ${RUNS}: ${median(interactive).toFixed(0)} ms (target ≤ 300 ms)`);

  const { context, page } = await openPage(browser, server.url);
  await waitForWidget(page, 'raikit-policy-lint');
  const text = policy(10_000);
  const api = await page.evaluate(async (t) => {
    const mod = await import('/pkg/raikit_wasm.js');
    await mod.default({ module_or_path: '/pkg/raikit_wasm_bg.wasm' });
    const times = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      mod.lint(t, { format: 'markdown' });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[3];
  }, text);
  console.log(`lint() of 10,000 words in Chromium (JS API, wasm), median of 7: ${api.toFixed(1)} ms (target ≤ 30 ms)`);

  await page.locator('raikit-policy-lint textarea').fill(text);
  await page.waitForFunction(() => document.querySelector('raikit-policy-lint').shadowRoot.querySelector('.finding'), null, { timeout: 30_000 });
  const latencies = [];
  for (let i = 0; i < RUNS; i++) {
    latencies.push(await page.evaluate(async () => {
      const host = document.querySelector('raikit-policy-lint');
      const area = host.shadowRoot.querySelector('textarea');
      const marks = () => host.shadowRoot.querySelectorAll('.mirror mark').length;
      const before = marks();
      const start = performance.now();
      area.value += '\nOutputs will be reviewed regularly.';
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
      // Earlier highlights stay while the check is pending; the new sentence's appear after it.
      while (marks() <= before) await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    }));
  }
  const lat = median(latencies);
  console.log(`edit → highlight on 10,000 words, median of ${RUNS}: ${lat.toFixed(0)} ms, of which ${300} ms is the typing debounce (${(lat - 300).toFixed(0)} ms of work)`);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
