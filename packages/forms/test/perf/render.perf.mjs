#!/usr/bin/env node
/**
 * A quick harness for iterating on <dvc-form>'s first render (issue 16, item 1): not a test and not
 * `pnpm bench` (packages/bench is the official, peer-comparing benchmark). It bundles the form from
 * sources with esbuild as a page's bundler would (code splitting: what the form imports on demand
 * arrives after the first render), opens Debian's Chromium through Playwright, and measures, in one
 * run, a plain-DOM floor and <dvc-form> on the same generated JSON Schema (sections of fields, an
 * array of objects, two if/then conditions), at 1× and throttled CPU, what `pnpm bench` measures:
 * mount to just after the first frame painted with every input (the count each renderer draws once
 * settled), the main thread's CPU time over that span (from a trace: `cpuMs`), then, once the page
 * is idle, the CPU time up to then (`settledCpuMs`: with what the form deferred past the first paint)
 * and the JS heap after a forced GC, above the empty page's.
 *
 *   node packages/forms/test/perf/render.perf.mjs [--sizes 50,300,1000] [--runs 5] [--cpu 1,4] [--base main]
 *   node packages/forms/test/perf/render.perf.mjs --profile 1000   # writes a CPU profile of one render
 *   node packages/forms/test/perf/render.perf.mjs --heap 1000      # what the heap holds after one render
 *   node packages/forms/test/perf/render.perf.mjs --keys 20 [--sizes 50] [--base main]
 *     # typing into the last text field: keydown to next paint (p50, p95) and main-thread CPU per key
 *   node packages/forms/test/perf/render.perf.mjs --gaps [--sizes 1000] [--base main]
 *     # also where the wall time goes (ADR 0018, fifth round): main-thread busy and idle, frames,
 *     # the tasks after the frame and the requests started inside the span
 *   node packages/forms/test/perf/render.perf.mjs --setup 1000 [--runs 15] [--base main]
 *     # the form's set-up alone (\`setUpForm\`: model and store), first call on a fresh page, CPU time
 *   node packages/forms/test/perf/render.perf.mjs --coverage 1000 [--base main]
 *     # the code one render runs (V8 compiles each function on its first call): the distinct
 *     # functions called from mount to the painted frame on a fresh page, by source file
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const require = createRequire(join(root, 'node_modules/.pnpm/node_modules/tsup/package.json'));
const esbuild = require('esbuild');
const { chromium } = createRequire(join(root, 'package.json'))('playwright');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const sizes = arg('sizes', '50,300,1000').split(',').map(Number);
const runs = Number(arg('runs', '5'));
const cpus = arg('cpu', '1,4').split(',').map(Number);
const profile = arg('profile', '');
const heapOf = arg('heap', '');
const keys = Number(arg('keys', '0'));
const gaps = process.argv.includes('--gaps');
const coverageOf = arg('coverage', '');
const setupOf = arg('setup', '');
const out = join(here, '.out');
mkdirSync(out, { recursive: true });

/** A JSON Schema of about `n` leaf fields: sections of 20, an array of 3 objects, two if/then. */
export function generate(n) {
  const properties = {};
  const kinds = [
    { type: 'string', maxLength: 100 },
    { type: 'integer', minimum: 0 },
    { type: 'string', enum: ['a', 'b', 'c'] },
    { type: 'boolean' },
    { type: 'string', format: 'email' },
  ];
  let made = 0;
  const item = {
    type: 'object',
    properties: { name: { type: 'string', title: 'Tên' }, age: { type: 'integer', title: 'Tuổi' } },
  };
  const arrayItems = 3;
  made += arrayItems * 2 + 2; // the array's fields and the two conditional ones
  let s = 0;
  while (made < n) {
    const fields = {};
    for (let i = 0; i < 20 && made < n; i++, made++)
      fields[`f${i}`] = { ...kinds[i % kinds.length], title: `Trường ${s}.${i}` };
    properties[`s${s}`] = { type: 'object', title: `Phần ${s}`, properties: fields };
    s++;
  }
  properties.people = {
    type: 'array',
    title: 'Người',
    items: item,
    default: Array.from({ length: arrayItems }, () => ({})),
  };
  properties.kind = { type: 'string', title: 'Loại', enum: ['x', 'y'], default: 'x' };
  properties.xOnly = { type: 'string', title: 'Chỉ X' };
  properties.yOnly = { type: 'string', title: 'Chỉ Y' };
  return {
    type: 'object',
    properties,
    allOf: [
      { if: { properties: { kind: { const: 'x' } } }, then: { required: ['xOnly'] } },
      { if: { properties: { kind: { const: 'y' } } }, then: { required: ['yOnly'] } },
    ],
  };
}

// `--base <git ref>`: also measures the forms sources at that ref ("before"), in the same run.
const baseRef = arg('base', '');
if (baseRef !== '') {
  const { execSync } = await import('node:child_process');
  // A scratch copy of the sources at that ref, under packages/forms/node_modules so that its imports
  // resolve as the sources' do, while no check (layers, lint, types, tests) reads it; removed at exit.
  const dir = join(root, 'packages/forms/node_modules/.cache/render-perf-base');
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  process.on('SIGINT', () => process.exit(130));
  execSync(
    `rm -rf ${dir} && mkdir -p ${dir} && git archive ${baseRef} packages/forms/src | tar -x -C ${dir} --strip-components=2`,
    { cwd: root },
  );
  await bundle(join(dir, 'src/index.ts'), 'base');
}
await bundle(join(root, 'packages/forms/src/index.ts'), 'dvc');

/**
 * Bundles the forms into `.out/<name>/` as a page's bundler would (packages/bench's options: ESM,
 * es2022, code splitting), so what the form imports on demand (the validation compiler, widgets)
 * arrives as separate chunks after the first render, as it does from `dist`, rather than inline.
 */
async function bundle(source, name) {
  const entry = join(out, `entry-${name}.js`);
  writeFileSync(entry, `import '${source}';\n`);
  // \`--setup\`: the form's set-up alone (the model and the store, before any element renders).
  const setUp = join(out, `setup-${name}.js`);
  writeFileSync(
    setUp,
    `import { setUpForm } from '${join(dirname(source), 'internal/form-setup.ts')}';\nwindow.__setUp = setUpForm;\n`,
  );
  rmSync(join(out, name), { recursive: true, force: true });
  await esbuild.build({
    entryPoints: { forms: entry, setup: setUp },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    splitting: true,
    minify: profile === '' && heapOf === '' && coverageOf === '',
    // Not for \`--heap\`: esbuild's \`__name\` gives every named function it creates a property array
    // of its own (~130 B each, ~0.2 MB at 1,000 fields); unminified names need none.
    keepNames: profile !== '',
    outdir: join(out, name),
    conditions: ['@dvc-kit/source'],
    tsconfig: join(root, 'packages/forms/tsconfig.json'),
    logLevel: 'warning',
    loader: { '.ts': 'ts' },
  });
}

const page_js = `
window.__generate = ${generate.toString()};
window.__done = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
function floor(schema, host) {
  const form = document.createElement('form');
  const field = (key, s, prefix) => {
    const id = prefix + '/' + key;
    if (s.type === 'object') {
      const fs = document.createElement('fieldset');
      const lg = document.createElement('legend'); lg.textContent = s.title ?? key; fs.append(lg);
      for (const [k, v] of Object.entries(s.properties)) fs.append(field(k, v, id));
      return fs;
    }
    if (s.type === 'array') {
      const fs = document.createElement('fieldset');
      const lg = document.createElement('legend'); lg.textContent = s.title ?? key; fs.append(lg);
      (s.default ?? []).forEach((_, i) => fs.append(field(String(i), s.items, id)));
      return fs;
    }
    const div = document.createElement('div');
    const label = document.createElement('label'); label.htmlFor = id; label.textContent = s.title ?? key;
    let input;
    if (s.enum) { input = document.createElement('select'); for (const o of s.enum) input.append(new Option(o, o)); }
    else { input = document.createElement('input'); input.type = s.type === 'boolean' ? 'checkbox' : s.type === 'integer' ? 'number' : s.format === 'email' ? 'email' : 'text'; }
    input.id = id; input.name = id;
    div.append(label, input);
    return div;
  };
  for (const [k, v] of Object.entries(schema.properties)) form.append(field(k, v, ''));
  host.append(form);
  return form;
}
// What packages/bench measures: from the mount call to just after the first frame painted with at
// least \`expected\` inputs (0: the first frame), less the harness's own counting. Marks \`mount\` and
// \`painted\` delimit the span in the trace, for its main-thread CPU time.
window.__mount = async (kind, n, expected = 0) => {
  const schema = window.__generate(n);
  const host = document.getElementById('host');
  host.replaceChildren();
  await window.__done();
  performance.mark('mount');
  // \`--profile\`: a CPU profile of exactly this span (the page starts and ends it).
  if (window.__profiling) console.profile('render');
  const t0 = performance.now();
  if (kind === 'floor') floor(schema, host);
  else {
    const el = document.createElement('dvc-form');
    el.definition = schema;
    host.append(el);
  }
  let counting = 0;
  for (;;) {
    const frame = await new Promise((resolve) =>
      requestAnimationFrame(() => {
        const c0 = performance.now();
        const inputs = window.__inputs();
        const countMs = performance.now() - c0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ end: performance.now(), inputs, countMs });
        channel.port2.postMessage(0);
      }),
    );
    counting += frame.countMs;
    const ms = frame.end - t0 - counting;
    if (expected === 0 || frame.inputs >= expected) {
      performance.mark('painted');
      if (window.__profiling) console.profileEnd('render');
      return { ms, inputs: frame.inputs, counting };
    }
    if (ms > 120000) throw new Error('only ' + frame.inputs + ' of ' + expected + ' inputs after 2 min');
  }
};
// Typing (\`--keys\`): each keydown's time to just after the next paint, as packages/bench measures it.
window.__keyLatencies = [];
document.addEventListener(
  'keydown',
  (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__keyLatencies.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  },
  { capture: true },
);
// Focuses the last text input on the page (through shadow roots).
window.__focusLast = () => {
  const texts = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el instanceof HTMLInputElement && el.type === 'text') texts.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.getElementById('host'));
  texts.at(-1)?.focus();
  return texts.length;
};
// Resolves once the page has an idle period of 40 ms (deferred work done), at most \`ms\` on.
window.__quiet = (ms) => {
  const until = performance.now() + ms;
  return new Promise((resolve) => {
    const check = (deadline) => {
      if (deadline.timeRemaining() >= 40 || performance.now() > until) resolve();
      else requestIdleCallback(check, { timeout: 1000 });
    };
    requestIdleCallback(check, { timeout: 1000 });
  });
};
window.__inputs = () => {
  let count = 0;
  const walk = (node) => { for (const el of node.querySelectorAll('input,select,textarea')) count++; for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot); };
  walk(document.getElementById('host'));
  return count;
};
`;
writeFileSync(join(out, 'page.js'), page_js);
writeFileSync(
  join(out, 'index.html'),
  "<!doctype html><meta charset=\"utf-8\"><body><div id=\"host\"></div><script src=\"./page.js\"></script><script type=\"module\">const q = new URLSearchParams(location.search); import(`./${q.get('b') === 'base' ? 'base' : 'dvc'}/${q.get('e') ?? 'forms'}.js`)</script>",
);

const server = createServer((req, res) => {
  const file = join(out, (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : req.url.slice(1));
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html' : 'text/javascript' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--js-flags=--expose-gc'],
});
/**
 * `list` rotated left by `by` places: run `r` measures the renderers in the order `rotate(kinds, r)`,
 * so that none always comes first, second or third (what `pnpm bench` does; a fixed order read +10%
 * at 4× for the third of an A/A pair).
 */
const rotate = (list, by) => [...list.slice(by % list.length), ...list.slice(0, by % list.length)];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function fresh(kind = 'dvc') {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${origin}/?b=${kind}`);
  await page.waitForFunction(() => customElements.get('dvc-form') !== undefined && window.__mount);
  await cdp.send('Performance.enable');
  return { page, cdp };
}
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

/** A heap snapshot's self size and count per (type, constructor) name. */
async function snapshot(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const take = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  if (process.argv.includes('--save'))
    writeFileSync(join(out, `heap-${Date.now()}.heapsnapshot`), chunks.join(''));
  const snap = JSON.parse(chunks.join(''));
  const {
    node_fields: fields,
    node_types: types,
    edge_fields: edgeFields,
    edge_types: edgeTypes,
  } = snap.snapshot.meta;
  const width = fields.length;
  const [ti, ni, si, ei] = ['type', 'name', 'self_size', 'edge_count'].map((f) => fields.indexOf(f));
  const label = (i) => {
    const type = types[0][snap.nodes[i + ti]];
    const name =
      type === 'object' || type === 'native' || type === 'closure' ? snap.strings[snap.nodes[i + ni]] : '';
    return `${type} ${name.slice(0, 50)}`;
  };
  // With \`--by owner\`, each object is counted under its first (strong) retainer: "what <- owner.edge".
  const owner = new Map();
  if (arg('by', '') === 'owner') {
    const ew = edgeFields.length;
    let e = 0;
    for (let i = 0; i < snap.nodes.length; i += width) {
      for (let j = 0; j < snap.nodes[i + ei]; j++, e += ew) {
        const type = edgeTypes[0][snap.edges[e]];
        if (type === 'weak' || type === 'shortcut') continue;
        const to = snap.edges[e + 2];
        if (owner.has(to)) continue;
        const name = type === 'element' || type === 'hidden' ? '[]' : snap.strings[snap.edges[e + 1]];
        owner.set(to, `${label(i)}.${String(name).slice(0, 30)}`);
      }
    }
  }
  const sums = new Map();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const key = owner.size === 0 ? label(i) : `${label(i)} <- ${owner.get(i) ?? '?'}`;
    const sum = sums.get(key) ?? { size: 0, count: 0 };
    sum.size += snap.nodes[i + si];
    sum.count++;
    sums.set(key, sum);
  }
  return sums;
}

if (heapOf !== '') {
  // The heap's growth by constructor: the empty page, then after one render of `heapOf` fields.
  const kind = arg('kind', 'dvc');
  const { page, cdp } = await fresh(kind);
  const empty = await snapshot(cdp);
  await page.evaluate(([k, n]) => window.__mount(k, n), [kind, Number(heapOf)]);
  await page.evaluate(() => window.__quiet(10_000));
  const full = await snapshot(cdp);
  const diff = [...full].map(([k, v]) => {
    const e = empty.get(k) ?? { size: 0, count: 0 };
    return [k, v.size - e.size, v.count - e.count];
  });
  // Native (Blink) objects are not in the JS heap that \`JSHeapUsedSize\` measures: left out.
  const js = diff.filter(([k]) => !k.startsWith('native '));
  const total = js.reduce((a, [, s]) => a + s, 0);
  const byType = new Map();
  for (const [k, s] of js) byType.set(k.split(' ')[0], (byType.get(k.split(' ')[0]) ?? 0) + s);
  console.log(
    `${kind} ${heapOf} fields: ${(total / 2 ** 20).toFixed(2)} MiB of JS above the empty page (snapshot self sizes)`,
  );
  console.log(
    [...byType]
      .sort((a, b) => b[1] - a[1])
      .map(([t, s]) => `${t} ${(s / 1024).toFixed(0)} kB`)
      .join(', '),
  );
  for (const [k, s, c] of js.sort((a, b) => b[1] - a[1]).slice(0, Number(arg('top', '60'))))
    console.log(`${(s / 1024).toFixed(0).padStart(8)} kB ${String(c).padStart(7)}  ${k}`);
  await browser.close();
  server.close();
  process.exit(0);
}

if (setupOf !== '') {
  const n = Number(setupOf);
  const kinds = baseRef === '' ? ['dvc'] : ['base', 'dvc'];
  const cpu = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const kind of rotate(kinds, i)) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await page.goto(`${origin}/?b=${kind}&e=setup`);
      await page.waitForFunction(() => window.__setUp);
      await cdp.send('Performance.enable');
      await page.evaluate((size) => (window.__schema = window.__generate(size)), n);
      const before = (await metrics(cdp)).ThreadTime;
      await page.evaluate(() => void window.__setUp(window.__schema));
      cpu[kind].push(((await metrics(cdp)).ThreadTime - before) * 1000);
      await page.close();
    }
  }
  for (const kind of kinds)
    console.log(
      `${kind} setUpForm(${n} fields), main-thread CPU ms: median ${median(cpu[kind]).toFixed(1)} ` +
        `(min ${Math.min(...cpu[kind]).toFixed(1)}, max ${Math.max(...cpu[kind]).toFixed(1)}, ${runs} fresh pages)`,
    );
  await browser.close();
  server.close();
  process.exit(0);
}

if (coverageOf !== '') {
  // Precise coverage counts calls since the last take: taken once after the page loaded (the
  // modules' own evaluation), then again after one render on that fresh page.
  const n = Number(coverageOf);
  const kinds = baseRef === '' ? ['dvc'] : ['base', 'dvc'];
  const counts = Object.fromEntries(kinds.map((k) => [k, new Map()]));
  const hot = Object.fromEntries(kinds.map((k) => [k, []]));
  const calls = Object.fromEntries(kinds.map((k) => [k, 0]));
  const callsIn = Object.fromEntries(kinds.map((k) => [k, new Map()]));
  for (const kind of kinds) {
    const expected = await calibrate(kind, n);
    const { page, cdp } = await fresh(kind);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await cdp.send('Profiler.takePreciseCoverage');
    await page.evaluate(([k, size, e]) => window.__mount(k, size, e), [kind, n, expected]);
    const { result } = await cdp.send('Profiler.takePreciseCoverage');
    for (const script of result.filter((r) => r.url.includes(`/${kind}/`))) {
      // esbuild writes a \`// path\` comment before each module of an unminified chunk.
      const text = readFileSync(join(out, new URL(script.url).pathname.slice(1)), 'utf8');
      const starts = [...text.matchAll(/^\/\/ (\S+\.[jt]s)$/gm)].map((m) => [m.index, m[1]]);
      const fileAt = (offset) => starts.findLast(([at]) => at <= offset)?.[1] ?? 'chunk';
      for (const f of script.functions) {
        const r = f.ranges[0];
        if (r.count === 0 || (f.functionName === '' && r.startOffset === 0)) continue;
        const file = fileAt(r.startOffset).replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '');
        counts[kind].set(file, (counts[kind].get(file) ?? 0) + 1);
        calls[kind] += r.count;
        callsIn[kind].set(file, (callsIn[kind].get(file) ?? 0) + r.count);
        // Called once per field or more: what Maglev and TurboFan compile in the background.
        if (r.count >= (process.argv.includes('--all') ? 1 : n / 2))
          hot[kind].push(`${String(r.count).padStart(6)} ${f.functionName || '(anon)'} ${file}`);
      }
    }
    await page.close();
  }
  const files = [...new Set(kinds.flatMap((k) => [...counts[k].keys()]))];
  const total = (k) => [...counts[k].values()].reduce((a, b) => a + b, 0);
  console.log(
    `functions called in one render of ${n} fields: ${kinds.map((k) => `${k} ${total(k)}`).join(', ')}; ` +
      `called ${n / 2} times or more: ${kinds.map((k) => `${k} ${hot[k].length}`).join(', ')}; ` +
      `calls: ${kinds.map((k) => `${k} ${calls[k]}`).join(', ')}`,
  );
  if (process.argv.includes('--hot'))
    for (const k of kinds) console.log(`${k}:\n${hot[k].sort().reverse().join('\n')}`);
  for (const file of files.sort((a, b) => (counts.dvc.get(b) ?? 0) - (counts.dvc.get(a) ?? 0)))
    console.log(
      kinds.map((k) => String(counts[k].get(file) ?? 0).padStart(5)).join(' '),
      kinds.map((k) => String(callsIn[k].get(file) ?? 0).padStart(7)).join(' '),
      file,
    );
  await browser.close();
  server.close();
  process.exit(0);
}

if (profile !== '') {
  // \`--kind base\` (with \`--base\`) profiles the sources at that ref; \`--runs\` profiles (fresh pages)
  // are written as render-<kind>-<i>.cpuprofile, the last also as render.cpuprofile.
  const kind = arg('kind', 'dvc');
  const expected = await calibrate(kind, Number(profile));
  let p, r;
  for (let i = 0; i < Number(arg('runs', '1')); i++) {
    const { page, cdp } = await fresh(kind);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    if (!process.argv.includes('--cold')) {
      await page.evaluate(([k, n, e]) => window.__mount(k, n, e), [kind, Number(profile), expected]); // warm up
      await page.evaluate(() => window.__quiet(10_000));
    }
    const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', resolve));
    await page.evaluate(() => (window.__profiling = true));
    // Up to the first frame painted with every input, as the measure.
    r = await page.evaluate(([k, n, e]) => window.__mount(k, n, e), [kind, Number(profile), expected]);
    ({ profile: p } = await finished);
    writeFileSync(join(out, `render-${kind}-${i}.cpuprofile`), JSON.stringify(p));
    await page.close();
  }
  writeFileSync(join(out, 'render.cpuprofile'), JSON.stringify(p));
  // Self time by function.
  const self = new Map();
  const dt = p.timeDeltas;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log(`render ${r.ms.toFixed(0)} ms; top self time:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(v.toFixed(1).padStart(8), k);
  await browser.close();
  server.close();
  process.exit(0);
}

/**
 * What \`kind\` draws at \`n\` fields once settled (the count of inputs after the page went idle): the
 * measured mounts wait for a frame painted with that many, as packages/bench's do.
 */
async function calibrate(kind, n) {
  const { page } = await fresh(kind);
  await page.evaluate(([k, size]) => window.__mount(k, size), [kind, n]);
  await page.evaluate(() => window.__quiet(10_000));
  const inputs = await page.evaluate(() => window.__inputs());
  await page.close();
  return inputs;
}

/**
 * The main thread's CPU time between the page's \`mount\` and \`painted\` marks, from a trace: the
 * thread time (\`tdur\`) of its top-level tasks, the two tasks that hold the marks counted in
 * proportion to their part inside the span. (\`Performance.getMetrics\` cannot stop at the frame:
 * by the time it answers, the work the form deferred past the first paint has started.)
 */
function cpuToPaint(trace, from = 'mount', to = 'painted') {
  const events = JSON.parse(trace.toString()).traceEvents;
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = mark(from);
  const end = mark(to);
  if (start === undefined || end === undefined) throw new Error(`no ${from} / ${to} marks in the trace`);
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.cat.split(',').includes('toplevel') &&
        typeof e.tdur === 'number' &&
        e.ts + e.dur > start.ts &&
        e.ts < end.ts,
    )
    .sort((x, y) => x.ts - y.ts);
  let cpu = 0;
  let until = -Infinity;
  for (const t of tasks) {
    if (t.ts < until) continue; // nested in a task already counted
    until = t.ts + t.dur;
    const inside = Math.min(end.ts, t.ts + t.dur) - Math.max(start.ts, t.ts);
    cpu += t.dur > 0 ? (t.tdur * inside) / t.dur : 0;
  }
  return cpu / 1000;
}

/** The trace categories of `--gaps`: tasks, marks, frames, timers and requests. */
const GAP_CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline'];

/**
 * Where the wall time between the \`mount\` and \`painted\` marks goes (\`--gaps\`), from a trace of
 * the main thread: \`busyMs\` (top-level tasks' wall time), \`idleMs\` (no task: waiting for a frame,
 * a timer, a chunk), \`descheduledMs\` (inside tasks but not on a CPU: this machine's load),
 * \`frames\` (animation frames fired), \`tailMs\` / \`tailCpuMs\` (the tasks after the last frame's,
 * the harness's message included: they delay \`painted\` without drawing), \`timers\`, and
 * the \`requests\` started inside the span (file names).
 */
function wallSplit(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = mark('mount');
  const end = mark('painted');
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ts < end.ts);
  const tasks = main
    .filter((e) => e.ph === 'X' && e.cat.split(',').includes('toplevel') && e.ts + e.dur > start.ts)
    .sort((x, y) => x.ts - y.ts);
  let busy = 0;
  let cpu = 0;
  let until = -Infinity;
  const top = [];
  for (const t of tasks) {
    if (t.ts < until) continue;
    until = t.ts + t.dur;
    top.push(t);
    const inside = Math.min(end.ts, t.ts + t.dur) - Math.max(start.ts, t.ts);
    busy += inside;
    cpu += t.dur > 0 ? ((t.tdur ?? 0) * inside) / t.dur : 0;
  }
  const inSpan = (e) => e.ts > start.ts;
  // A frame is a task that fires animation-frame callbacks (one event per callback).
  const callbacks = main.filter((e) => e.name === 'FireAnimationFrame' && inSpan(e));
  const frames = top.filter((t) => callbacks.some((c) => t.ts <= c.ts && c.ts <= t.ts + t.dur));
  // What runs after the task of the last frame (its callbacks and lifecycle), up to the mark.
  const frameTask = frames.at(-1);
  const tail = frameTask === undefined ? [] : top.filter((t) => t.ts > frameTask.ts);
  const wall = end.ts - start.ts;
  return {
    wallMs: wall / 1000,
    busyMs: busy / 1000,
    cpuMs: cpu / 1000,
    idleMs: (wall - busy) / 1000,
    descheduledMs: (busy - cpu) / 1000,
    frames: frames.length,
    tailMs: tail.reduce((a, t) => a + Math.min(end.ts, t.ts + t.dur) - t.ts, 0) / 1000,
    tailCpuMs: tail.reduce((a, t) => a + (t.tdur ?? 0), 0) / 1000,
    timers: main.filter((e) => e.name === 'TimerFire' && inSpan(e)).length,
    requests: events
      .filter((e) => e.name === 'ResourceSendRequest' && inSpan(e) && e.ts < end.ts)
      .map((e) =>
        String(e.args?.data?.url ?? '')
          .split('/')
          .pop(),
      ),
  };
}

if (keys > 0) {
  // Typing into the last text field of each size's form: keydown to the next paint (what the bench
  // reads) and the main thread's CPU time per key (the typing's tasks, from a trace).
  const quantile = (xs, q) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
  for (const cpu of cpus) {
    for (const n of sizes) {
      const kinds = baseRef === '' ? ['floor', 'dvc'] : ['floor', 'base', 'dvc'];
      const res = Object.fromEntries(kinds.map((k) => [k, { p50: [], p95: [], cpu: [] }]));
      for (let r = 0; r < runs; r++) {
        for (const kind of rotate(kinds, r)) {
          const { page, cdp } = await fresh(kind);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
          await page.evaluate(([k, size]) => window.__mount(k, size), [kind, n]);
          await page.evaluate((t) => window.__quiet(2000 * t), cpu);
          await page.evaluate(() => window.__focusLast());
          // One key first, unrecorded: the first edit of a field pays for more than the next ones.
          await page.keyboard.press('a');
          await page.evaluate(() => window.__quiet(1000));
          await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
          await page.evaluate(() => {
            window.__keyLatencies = [];
            performance.mark('keys');
          });
          for (let k = 0; k < keys; k++) {
            await page.keyboard.press('abcdeghiklmnopqrstuvxy'[k % 22]);
            await page.evaluate(() => window.__done());
            await page.waitForTimeout(40);
          }
          await page.evaluate(() => performance.mark('keys-end'));
          const trace = await browser.stopTracing();
          const latencies = await page.evaluate(() => window.__keyLatencies);
          res[kind].p50.push(quantile(latencies, 0.5));
          res[kind].p95.push(quantile(latencies, 0.95));
          res[kind].cpu.push(cpuToPaint(trace, 'keys', 'keys-end') / keys);
          await page.close();
        }
      }
      const row = { cpu, n, keys };
      for (const k of kinds)
        row[k] = {
          p50: +median(res[k].p50).toFixed(1),
          p95: +median(res[k].p95).toFixed(1),
          cpuPerKeyMs: +median(res[k].cpu).toFixed(2),
        };
      for (const k of kinds.slice(1))
        Object.assign(row[k], {
          p95Ratio: +(row[k].p95 / row.floor.p95).toFixed(2),
          cpuRatio: +(row[k].cpuPerKeyMs / row.floor.cpuPerKeyMs).toFixed(2),
        });
      console.log(JSON.stringify(row));
    }
  }
  await browser.close();
  server.close();
  process.exit(0);
}

const rows = [];
for (const cpu of cpus) {
  for (const n of sizes) {
    const kinds = baseRef === '' ? ['floor', 'dvc'] : ['floor', 'base', 'dvc'];
    const expected = {};
    for (const k of kinds) expected[k] = await calibrate(k, n);
    const res = Object.fromEntries(
      kinds.map((k) => [k, { wall: [], cpu: [], settled: [], heap: [], gaps: [], inputs: 0 }]),
    );
    for (let r = 0; r < runs; r++) {
      for (const kind of rotate(kinds, r)) {
        const { page, cdp } = await fresh(kind);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
        const base = await heap(cdp);
        const before = await metrics(cdp);
        await browser.startTracing(page, {
          categories: gaps ? GAP_CATEGORIES : ['toplevel', 'blink.user_timing'],
        });
        const { ms, inputs } = await page.evaluate(
          ([k, size, e]) => window.__mount(k, size, e),
          [kind, n, expected[kind]],
        );
        const trace = await browser.stopTracing();
        // Then what the form left for later (the compiler, widgets on demand): CPU up to idle.
        await page.evaluate((t) => window.__quiet(2000 * t), cpu);
        const after = await metrics(cdp);
        if (process.argv.includes('--metrics'))
          console.log(
            kind,
            n,
            ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration', 'ThreadTime']
              .map((k) => `${k.replace('Duration', '')} ${((after[k] - before[k]) * 1000).toFixed(0)}`)
              .join(' '),
          );
        const used = (await heap(cdp)) - base;
        res[kind].wall.push(ms);
        res[kind].cpu.push(cpuToPaint(trace));
        if (gaps) res[kind].gaps.push(wallSplit(trace));
        res[kind].settled.push((after.ThreadTime - before.ThreadTime) * 1000);
        res[kind].heap.push(used);
        res[kind].inputs = inputs;
        await page.close();
      }
    }
    const row = { cpu, n };
    const f = res.floor;
    for (const k of kinds) {
      const w = median(res[k].wall),
        c = median(res[k].cpu);
      row[k] = {
        ms: +w.toFixed(0),
        cpuMs: +c.toFixed(0),
        settledCpuMs: +median(res[k].settled).toFixed(0),
        heapMiB: +(median(res[k].heap) / 2 ** 20).toFixed(2),
        inputs: res[k].inputs,
      };
      if (gaps)
        row[k].split = Object.fromEntries(
          Object.keys(res[k].gaps[0]).map((key) => [
            key,
            typeof res[k].gaps[0][key] === 'number'
              ? +median(res[k].gaps.map((g) => g[key])).toFixed(1)
              : [...new Set(res[k].gaps.flatMap((g) => g[key]))],
          ]),
        );
      if (k !== 'floor')
        Object.assign(row[k], {
          ratio: +(w / median(f.wall)).toFixed(2),
          cpuRatio: +(c / median(f.cpu)).toFixed(2),
        });
    }
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}
writeFileSync(join(out, 'results.json'), JSON.stringify(rows, null, 2));
await browser.close();
server.close();
