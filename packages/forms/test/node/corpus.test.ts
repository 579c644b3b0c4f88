/**
 * Real public JSON Schemas no one here wrote, as a new user would try them, from three sources: the
 * examples of JSON Forms (`@jsonforms/examples`, read from node_modules), the samples of the
 * react-jsonschema-form playground (schema and formData copied to test/corpus/rjsf, Apache-2.0) and
 * config-file schemas of SchemaStore (test/corpus/schemastore, Apache-2.0, with example data written
 * here). Each is mounted in `<dvc-form>` in Chromium on a page served with `script-src 'self'`. Each
 * schema renders or is refused with one message naming the keyword and pointer; each valid example's
 * data submits back deep-equal (no value lost); each invalid one shows the error summary, focused.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { compileSchema } from '@dvc-kit/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCspPage, type CspPage } from './csp-page-server.js';

interface Example {
  name: string;
  schema?: unknown;
  data?: unknown;
}

const require = createRequire(import.meta.url);
const jsonForms = require('@jsonforms/examples') as { getExamples: () => Example[] };

const corpus = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../corpus/${file}`, import.meta.url), 'utf8'));

/** One entry per distinct schema and data (several examples share one with other ui schemas). */
function distinct(list: readonly Example[]): Example[] {
  return [...new Map(list.map((e) => [JSON.stringify([e.schema, e.data]), e] as const)).values()];
}

const SOURCES: Record<string, Example[]> = {
  // Every JSON Forms example, the draft-07 meta-schema ("jsonschema", data a schema) included: its
  // `properties` are an open object of recursive `$ref: '#'` values, edited as key-value entries.
  'JSON Forms': distinct(
    jsonForms.getExamples().filter((e) => typeof e.schema === 'object' && e.schema !== null),
  ),
  'react-jsonschema-form playground': (
    corpus('rjsf/samples.json') as { name: string; schema: unknown; formData: unknown }[]
  ).map((s) => ({ name: `rjsf ${s.name}`, schema: s.schema, data: s.formData })),
  SchemaStore: (
    corpus('schemastore/schemas.json') as { name: string; schema: unknown; examples: { data: unknown }[] }[]
  ).flatMap((s) =>
    s.examples.map((e, i) => ({ name: `schemastore ${s.name} #${i + 1}`, schema: s.schema, data: e.data })),
  ),
};

const examples = Object.values(SOURCES).flat();

type Verdict = 'refused' | 'valid' | 'invalid';

/** Whether the root describes an object (a form of fields); anything else is refused by the form. */
function objectRoot(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null) return false;
  const s = schema as Record<string, unknown>;
  return (
    s['type'] === 'object' || 'properties' in s || '$ref' in s || 'oneOf' in s || 'anyOf' in s || 'allOf' in s
  );
}

function verdict(example: Example): Verdict {
  const data = example.data ?? {};
  if (!objectRoot(example.schema)) return 'refused';
  try {
    return compileSchema(example.schema).validate(data).ok ? 'valid' : 'invalid';
  } catch {
    return 'refused';
  }
}

const verdicts = examples.map((e) => [e, verdict(e)] as const);
const count = (v: Verdict): number => verdicts.filter(([, x]) => x === v).length;

interface Outcome {
  state: 'refused' | 'submitted' | 'invalid' | 'stuck';
  errors: string[];
  data?: unknown;
  unshown?: string[];
  summaryFocused?: boolean;
}

const PAGE = `import './dvc-forms.js';
const errors = [];
const original = console.error;
console.error = (...args) => { errors.push(args.map(String).join(' ')); original(...args); };
window.__run = async (schema, data) => {
  errors.length = 0;
  document.querySelector('main').replaceChildren();
  const form = document.createElement('dvc-form');
  form.definition = schema;
  if (data !== undefined) form.data = data;
  let submitted;
  let invalid = false;
  form.addEventListener('dvc-submit', (e) => { submitted = e.detail; });
  form.addEventListener('dvc-invalid', () => { invalid = true; });
  document.querySelector('main').append(form);
  await form.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  if (form.shadowRoot.querySelector('[part="failure"]')) return { state: 'refused', errors: [...errors] };
  await form.submit();
  if (submitted) return { state: 'submitted', errors: [...errors], data: submitted.data, unshown: submitted.unshown };
  const summary = form.shadowRoot.querySelector('dvc-error-summary');
  const focused = form.shadowRoot.activeElement === summary && !summary.hidden;
  return { state: invalid ? 'invalid' : 'stuck', errors: [...errors], summaryFocused: focused };
};`;

let page: CspPage;

beforeAll(async () => {
  page = await openCspPage(PAGE);
}, 180_000);

afterAll(async () => {
  await page.close();
});

async function run(example: Example): Promise<Outcome> {
  return (await page.evaluate(
    ([schema, data]) =>
      (window as unknown as { __run(s: unknown, d: unknown): Promise<unknown> }).__run(schema, data),
    [example.schema, example.data],
  )) as Outcome;
}

const REFUSAL = /keyword "[^"]+" at "[^"]*"/;

/** What went wrong with each example of `verdict` (nothing, when all is right). */
async function problems(v: Verdict): Promise<unknown[]> {
  const found: unknown[] = [];
  for (const [example] of verdicts.filter(([, x]) => x === v)) {
    const out = await run(example);
    const ok =
      v === 'valid'
        ? out.state === 'submitted' && isDeepStrictEqual(out.data, example.data ?? {})
        : v === 'invalid'
          ? out.state === 'invalid' && out.summaryFocused === true
          : out.state === 'refused' && out.errors.length === 1 && REFUSAL.test(out.errors[0] ?? '');
    if (!ok) found.push({ name: example.name, ...out, given: v === 'valid' ? example.data : undefined });
  }
  return found;
}

const sizes = Object.entries(SOURCES)
  .map(([name, list]) => `${list.length} ${name}`)
  .join(', ');

describe(`${examples.length} real public examples (${sizes}) under script-src 'self'`, () => {
  it(`renders ${count('valid') + count('invalid')}; round-trips each of the ${count('valid')} valid examples deep-equal, no value lost`, async () => {
    expect(await problems('valid')).toEqual([]);
  }, 120_000);

  it(`shows a focused error summary for each of the ${count('invalid')} examples whose data is invalid`, async () => {
    expect(await problems('invalid')).toEqual([]);
  }, 120_000);

  it(`refuses ${count('refused')}: each schema not of an object or not taken by the validator, with one message naming the keyword and pointer`, async () => {
    expect(await problems('refused')).toEqual([]);
  }, 120_000);

  it('commits no CSP violation and no page error', async () => {
    expect(await page.problems()).toEqual({ violations: [], pageErrors: [] });
  });
});
