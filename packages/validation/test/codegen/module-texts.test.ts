/**
 * A precompiled module's texts and params: Vietnamese strings written with ASCII markers and
 * decoded at load (`marked-text.ts`), and the params of `type` and key issues interned as the
 * JIT's, on the interpreter's issues.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildValidatorModule } from '@dvc-kit/validation/node';
import { interpretAndJit, plain, precompileAll } from './three-ways.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../bench/fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
const residence = read('residence-application.schema.json');

/** Letters a bundler writes as `\uXXXX`: the Vietnamese ones (precomposed, and đ, ơ, ư, ă). */
const VIETNAMESE = /[\u1ea0-\u1ef9\u0110\u0111\u01a0\u01a1\u01af\u01b0\u0102\u0103]/;
/** The module's constants and message book (the code's own literals, such as `enum` values, stay as they are). */
const texts = (code: string): string =>
  code
    .split('\n')
    .filter((line) => /^const (?:c\d+|M) = /.test(line))
    .join('\n');

const labelled = (title: string): unknown => ({
  type: 'object',
  title: 'Tờ khai',
  properties: {
    name: { type: 'string', title, minLength: 2 },
    age: { type: 'integer', title: 'Tuổi', 'x-dvc-messages': { type: { vi: 'Tuổi phải là số nguyên' } } },
    sex: { enum: ['Nam', 'Nữ'], title: 'Giới tính' },
  },
  required: ['name', 'age', 'sex'],
  additionalProperties: false,
});
const documents: unknown[] = [
  {},
  { name: 'x', age: 'a', sex: 'Nữ', extra: 1, khác: 2 },
  { name: 1, age: 1.5, sex: 'nu' },
  { name: 'Lê', age: 3, sex: 'Nam' },
];

async function sameAsInterpreter(schema: unknown, data: unknown[]): Promise<void> {
  const [module] = await precompileAll([schema]);
  const ways = interpretAndJit(schema);
  if (module === undefined || module instanceof Error) throw new Error(`no module: ${String(module)}`);
  if (ways instanceof Error) throw ways;
  for (const d of data)
    for (const locale of ['vi', 'en'] as const)
      expect(plain(module.validate(d, { locale }))).toEqual(plain(ways.interpreter.validate(d, { locale })));
}

describe('the texts of a precompiled module', () => {
  it('are written in ASCII, and read as the interpreter’s on the residence documents', async () => {
    const { code } = buildValidatorModule(residence);
    expect(texts(code)).not.toMatch(VIETNAMESE);
    expect(texts(code)).toMatch(/Vui lo\S+ng nh\S+p \{label\}/);
    expect(code).toMatch(/^const FV = \/\* @__PURE__ \*\/ unmark\("[^"]{10}"\);$/m);
    await sameAsInterpreter(residence, [
      read('residence-application.valid.json'),
      read('residence-application.invalid.json'),
      {},
    ]);
  }, 60_000);

  it('give the interpreter’s labels, messages and params, marked or not', async () => {
    const marked = labelled('Họ và tên');
    const { code } = buildValidatorModule(marked);
    expect(texts(code)).not.toMatch(VIETNAMESE);
    expect(code).toContain('v === "Nữ"');
    // Not composed (NFD): decoding would compose it, so the module keeps every text as it is.
    const decomposed = labelled('Ho\u0323 va\u0300 te\u0302n');
    expect(buildValidatorModule(decomposed).code).not.toContain('unmark(');
    // Every marker the module could use is taken: the texts stay as they are.
    const taken = labelled("Họ `~^|#@$%&*_=<>[];:!?+'()-,./{}");
    expect(buildValidatorModule(taken).code).not.toContain('unmark(');
    for (const schema of [marked, decomposed, taken]) await sameAsInterpreter(schema, documents);
  }, 60_000);
});

describe('the params of a precompiled module’s issues', () => {
  it('are interned for `type` and key issues, as the JIT’s, so their wording is kept', async () => {
    const schema = labelled('Họ và tên');
    const [module] = await precompileAll([schema]);
    if (module === undefined || module instanceof Error) throw new Error(`no module: ${String(module)}`);
    const data = { name: 'x', age: 'a', sex: 'Nữ', extra: 1 };
    const first = module.validate(data);
    const again = module.validate(structuredClone(data));
    if (first.ok || again.ok) throw new Error('the runs should be invalid');
    const codes = ['type', 'additional_property'];
    expect(first.issues.map((i) => i.code)).toEqual(expect.arrayContaining(codes));
    for (const [n, issue] of first.issues.entries())
      if (codes.includes(issue.code)) {
        expect(Object.isFrozen(issue.params), issue.code).toBe(true);
        expect(again.issues[n]?.params, issue.code).toBe(issue.params);
      }
  }, 60_000);
});
