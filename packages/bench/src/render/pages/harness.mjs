// @ts-check
/**
 * The in-page side of the render benchmark, bundled into every page. A page calls
 * `install(mount)`; the driver (render/measure.mjs) then calls `window.__bench.*` through
 * Playwright. Times come from `performance.now()` in the page.
 */
import { generateForm } from '../generate.mjs';

/** Every element under `root`, shadow roots included, in document order. */
function* deep(/** @type {Element | ShadowRoot | Document} */ root) {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

const isInput = (/** @type {Element} */ el) =>
  (el instanceof HTMLInputElement && el.type !== 'hidden' && el.type !== 'button' && el.type !== 'submit') ||
  el instanceof HTMLSelectElement ||
  el instanceof HTMLTextAreaElement;

const isText = (/** @type {Element} */ el) =>
  el instanceof HTMLInputElement && (el.type === 'text' || el.type === '' || el.type === 'search');

/** The number of form inputs on the page (through shadow roots). */
export function countInputs() {
  let n = 0;
  for (const el of deep(document)) if (isInput(el)) n++;
  return n;
}

/** Resolves just after the next frame has been painted. */
export function afterNextPaint() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    )
  );
}

/**
 * Resolves just after the next frame has been painted, with the inputs counted in that frame's
 * animation-frame callback (what the frame paints, not what a task after the paint added) and the
 * time the counting took (which the caller subtracts: the count is the harness's work, not the
 * library's).
 */
function countedPaint() {
  return /** @type {Promise<{ end: number, inputs: number, countMs: number }>} */ (
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const t0 = performance.now();
        const inputs = countInputs();
        const countMs = performance.now() - t0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ end: performance.now(), inputs, countMs });
        channel.port2.postMessage(0);
      }),
    )
  );
}

/** Resolves once the page has an idle period of 40 ms or more (deferred work done), at most `ms` on. */
function quiet(/** @type {number} */ ms) {
  const until = performance.now() + ms;
  return new Promise((resolve) => {
    const check = (/** @type {IdleDeadline} */ deadline) => {
      if (deadline.timeRemaining() >= 40 || performance.now() > until) resolve(undefined);
      else requestIdleCallback(check, { timeout: 1000 });
    };
    requestIdleCallback(check, { timeout: 1000 });
  });
}

/**
 * @param {(container: HTMLElement, form: ReturnType<typeof generateForm>) => void | Promise<void>} mount
 */
export function install(mount) {
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n') ?? 50);
  const form = generateForm(n);
  /** @type {number[]} */
  const keys = [];
  /** @type {Promise<number> | undefined} */
  let pending;
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      pending = afterNextPaint().then((end) => {
        keys.push(end - start);
        return end - start;
      });
    },
    { capture: true },
  );
  const bench = {
    n,
    /**
     * Mounts the form and answers the time from the mount call to just after the first frame
     * painted with at least `expected` inputs, less the time the harness spent counting them
     * (0: answers after the first painted frame and reports the count, to learn what a library
     * renders).
     */
    async mount(/** @type {number} */ expected) {
      const container = document.createElement('div');
      document.body.append(container);
      const start = performance.now();
      await mount(container, form);
      let counting = 0;
      for (;;) {
        const frame = await countedPaint();
        counting += frame.countMs;
        const ms = frame.end - start - counting;
        if (expected === 0 || frame.inputs >= expected) return { ms, inputs: frame.inputs };
        if (ms > 120_000) throw new Error(`only ${frame.inputs} of ${expected} inputs after 2 min`);
      }
    },
    /** Resolves once the page is idle (deferred work after a render or a focus done), at most `ms` on. */
    quiet,
    afterNextPaint,
    /** Focuses the first (`top`) or last (`bottom`) text input; answers whether there was one. */
    focus(/** @type {'top' | 'bottom'} */ where) {
      const texts = [...deep(document)].filter(isText);
      const el = /** @type {HTMLInputElement | undefined} */ (where === 'top' ? texts[0] : texts.at(-1));
      el?.focus();
      return (
        el !== undefined && (el.getRootNode() instanceof ShadowRoot ? true : document.activeElement === el)
      );
    },
    /** The latency of the last keystroke (keydown to just after the next paint). */
    lastKey() {
      return pending ?? Promise.resolve(Number.NaN);
    },
    count: countInputs,
  };
  Object.assign(window, { __bench: bench });
}
