// @ts-check
/**
 * Drives Debian's Chromium through Playwright over the built pages: for each form size, each CPU
 * throttle (set through the DevTools protocol after the page has loaded, before the mount) and
 * each repetition, every renderer in turn (interleaved, so drifting load hits all alike; the order
 * rotates from one repetition to the next, so no renderer always follows the same one) in a fresh
 * browser context: first render, JS heap after a forced GC, then keystrokes near the top and the
 * bottom of the form. Nothing waits a fixed time where the page can say it is done: the heap is
 * weighed once the page is idle, the keys start once the focus is painted.
 */
import { chromium } from 'playwright';
import { RENDERERS } from './pages.mjs';

/**
 * @typedef {{ renderer: string, n: number, throttle: number, run: number, firstRenderMs: number,
 *   inputs: number, heapBytes: number, keys: { top: number[], bottom: number[] } }} RenderSample
 */

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const LETTERS = 'abcdeghiklmnopqrstuvxy';
/** A slow renderer stops typing into a field after this long (and at least MIN_KEYS keys). */
export const KEY_BUDGET_MS = 6_000;
export const MIN_KEYS = 5;
/** The gap between two keystrokes (a quick typist), after the previous one's frame is painted. */
const KEY_GAP_MS = 40;

/** @param {import('playwright').Browser} browser @param {string} url */
async function open(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { timeout: 180_000 });
  await page.waitForFunction(() => '__bench' in window);
  return { context, page, cdp };
}

/**
 * What a renderer draws once it has settled: the count of inputs, unchanged over half a second
 * after the page went idle.
 * @param {import('playwright').Browser} browser @param {string} url
 */
async function calibrate(browser, url) {
  const { context, page } = await open(browser, url);
  try {
    await page.evaluate(() => /** @type {any} */ (window).__bench.mount(0));
    await page.evaluate(() => /** @type {any} */ (window).__bench.quiet(10_000));
    let last = -1;
    let same = 0;
    for (let i = 0; i < 600 && same < 5; i++) {
      await page.waitForTimeout(100);
      const count = await page.evaluate(() => /** @type {any} */ (window).__bench.count());
      same = count === last ? same + 1 : 0;
      last = count;
    }
    return last;
  } finally {
    await context.close();
  }
}

/**
 * @param {import('playwright').Browser} browser @param {string} url
 * @param {{ throttle: number, expected: number, keys: number }} o
 */
async function sample(browser, url, o) {
  const { context, page, cdp } = await open(browser, url);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.throttle });
    const mounted = await page.evaluate((e) => /** @type {any} */ (window).__bench.mount(e), o.expected);
    // Let deferred work after the first paint finish before weighing the heap.
    await page.evaluate((t) => /** @type {any} */ (window).__bench.quiet(2000 * t), o.throttle);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = /** @type {{ usedSize: number }} */ (await cdp.send('Runtime.getHeapUsage'));
    /** @type {{ top: number[], bottom: number[] }} */
    const keys = { top: [], bottom: [] };
    for (const where of /** @type {const} */ (['top', 'bottom'])) {
      const focused = await page.evaluate((w) => /** @type {any} */ (window).__bench.focus(w), where);
      if (!focused) continue;
      await page.evaluate(() => /** @type {any} */ (window).__bench.afterNextPaint());
      // One unrecorded key first: the first keystroke into a field also pays for its first edit.
      // A slow renderer stops after KEY_BUDGET_MS per field (at least MIN_KEYS keys), so one cell
      // cannot hold the machine for minutes.
      const until = Date.now() + KEY_BUDGET_MS;
      for (let k = -1; k < o.keys && (k < MIN_KEYS || Date.now() < until); k++) {
        await page.keyboard.press(LETTERS[(k + 1) % LETTERS.length] ?? 'a');
        const latency = await page.evaluate(() => /** @type {any} */ (window).__bench.lastKey());
        if (k >= 0) keys[where].push(latency);
        await page.waitForTimeout(KEY_GAP_MS);
      }
    }
    return { firstRenderMs: mounted.ms, inputs: mounted.inputs, heapBytes: heap.usedSize, keys };
  } finally {
    await context.close();
  }
}

/** `list` rotated left by `by` places. @template T @param {readonly T[]} list @param {number} by */
const rotate = (list, by) => [...list.slice(by % list.length), ...list.slice(0, by % list.length)];

/**
 * @param {string} baseUrl the page server
 * @param {{ sizes: number[], throttles: number[], runs: number, keys: number, log: (s: string) => void,
 *   onSize?: (partial: { samples: RenderSample[], inputs: Record<string, Record<number, number>>, sizes: number[], chromium: string }) => Promise<void> }} o
 * @returns {Promise<{ samples: RenderSample[], inputs: Record<string, Record<number, number>>, chromium: string }>}
 */
export async function measureRendering(baseUrl, o) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  /** @type {RenderSample[]} */
  const samples = [];
  /** @type {Record<string, Record<number, number>>} */
  const inputs = {};
  try {
    for (const n of o.sizes) {
      for (const renderer of RENDERERS) {
        const count = await calibrate(browser, `${baseUrl}/${renderer}/index.html?n=${n}`);
        (inputs[renderer] ??= {})[n] = count;
        o.log(`  ${renderer} at ${n} fields draws ${count} inputs`);
      }
      for (const throttle of o.throttles)
        for (let run = 0; run < o.runs; run++)
          for (const renderer of rotate(RENDERERS, run + o.throttles.indexOf(throttle))) {
            const url = `${baseUrl}/${renderer}/index.html?n=${n}`;
            const expected = inputs[renderer]?.[n] ?? 0;
            let s;
            try {
              s = await sample(browser, url, { throttle, expected, keys: o.keys });
            } catch (error) {
              // One failed sample (a page that never drew every input) costs its cell a run, not the part.
              o.log(
                `  ${n} fields, ${throttle}×, run ${run + 1}: ${renderer} failed: ${String(error).split('\n')[0]}`,
              );
              continue;
            }
            samples.push({ renderer, n, throttle, run, ...s });
            o.log(
              `  ${n} fields, ${throttle}×, run ${run + 1}: ${renderer} ${s.firstRenderMs.toFixed(0)} ms, ` +
                `${(s.heapBytes / 2 ** 20).toFixed(1)} MiB`,
            );
          }
      // What is measured so far is written after each size, so a run cut short keeps it.
      await o.onSize?.({
        samples,
        inputs,
        sizes: o.sizes.slice(0, o.sizes.indexOf(n) + 1),
        chromium: browser.version(),
      });
    }
    return { samples, inputs, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}
