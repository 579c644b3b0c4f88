/**
 * Real public JSON Schemas no one here wrote, as a new user would try them: the examples of JSON
 * Forms (`@jsonforms/examples`, read from node_modules), each mounted in `<dvc-form>` in Chromium on
 * a page served with `script-src 'self'`. Each schema renders or is refused with one message naming
 * the keyword and pointer; each valid example's data submits back deep-equal; each invalid one shows
 * the error summary, focused.
 */
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

/** One entry per distinct schema (several examples share one with other ui schemas). */
const examples = [
  ...new Map(
    jsonForms
      .getExamples()
      .filter((e) => typeof e.schema === 'object' && e.schema !== null)
      .map((e) => [JSON.stringify([e.schema, e.data]), e] as const),
  ).values(),
];

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

const PAGE = `import './forms.js';
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

describe(`the ${examples.length} distinct JSON Forms example schemas under script-src 'self'`, () => {
  it(`submits the data of each of the ${count('valid')} valid examples back deep-equal`, async () => {
    expect(await problems('valid')).toEqual([]);
  }, 120_000);

  it(`shows a focused error summary for each of the ${count('invalid')} examples whose data is invalid`, async () => {
    expect(await problems('invalid')).toEqual([]);
  }, 120_000);

  it(`refuses each of the ${count('refused')} schemas that are not of an object or that the validator does not take, with one message naming the keyword and pointer`, async () => {
    expect(await problems('refused')).toEqual([]);
  }, 120_000);

  it('commits no CSP violation and no page error', async () => {
    expect(await page.problems()).toEqual({ violations: [], pageErrors: [] });
  });
});
