/**
 * The compact form of a precompiled module: its packed message book stands for the very book the
 * module carries, and the rewrites of repeated shapes leave string literals (property names) as
 * they are and the issues as the interpreter gives them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildValidatorModule } from '@dvc-kit/validation/node';
import { unpackBook } from '@dvc-kit/validation/runtime';
import { compactModule } from '../../src/compiler/codegen/compact.js';
import { messageBook, packBook } from '../../src/compiler/codegen/messages.js';
import { interpretAndJit, plain, precompileAll } from './three-ways.js';

const schema = JSON.parse(
  readFileSync(new URL('../../bench/fixtures/residence-application.schema.json', import.meta.url), 'utf8'),
) as unknown;

describe('the packed message book', () => {
  it('unpacks to the book it packs, in every order of locales', () => {
    const formats = ['vn-personal-id', 'vn-postal-code', 'date', 'email'];
    const body = 'report(st, "required", c0, c1, "a"); report(st, "format", x); report(st, "type", y)';
    for (const locales of [['vi', 'en'], ['en', 'vi'], ['vi'], ['en']] as const) {
      const book = messageBook(body, formats, locales);
      const packed = packBook(book);
      expect(packed, locales.join()).toBeDefined();
      const back = unpackBook(packed as NonNullable<typeof packed>);
      expect(back).toEqual(book);
      expect(Object.keys(back.catalogs)).toEqual([...locales]);
    }
  });

  it('leaves out the generic format message when each format has its own', () => {
    const body = 'report(st, "format", x);';
    const own = messageBook(body, ['date', 'vn-personal-id'], ['vi', 'en']);
    for (const l of ['vi', 'en'] as const) {
      expect(own.catalogs[l]).not.toHaveProperty('format');
      expect(own.catalogs[l]).toHaveProperty('format.date');
    }
    // `hostname` has no message of its own: its issues are worded with the generic one.
    const generic = messageBook(body, ['date', 'hostname'], ['vi', 'en']);
    for (const l of ['vi', 'en'] as const) expect(generic.catalogs[l]).toHaveProperty('format');
  });

  it('is not used when a key cannot be written in its lists', () => {
    expect(packBook({ catalogs: { vi: { 'a b': 'x' } }, identifiers: { vi: {} } })).toBeUndefined();
    expect(packBook({ catalogs: { vi: {} }, identifiers: { vi: { 'vn-x.': 'x' } } })).toBeUndefined();
  });

  it('is what the residence module carries', () => {
    const { code } = buildValidatorModule(schema);
    expect(code).toMatch(/unpackBook\((?:\/\* @__PURE__ \*\/ FV\()?\{/);
    expect(code).not.toContain('"catalogs"');
  });
});

describe('the compact rewrites', () => {
  it('rewrite the repeated shapes of the residence module', () => {
    const { code } = buildValidatorModule(schema);
    expect(code).not.toContain('st.silent > 0 || st.full');
    expect(code).not.toContain('report(st, "type"');
    expect(code).not.toContain('report(st, "format"');
    expect(code).toMatch(/\bstop\(st\)/);
    expect(code).toMatch(/^const FZ = Object\.freeze;$/m);
    expect(code).toMatch(/\bisObj\(v\)/);
    // Constants read in place: no format-check alias, no string or number constant.
    expect(code).not.toMatch(/^const f\d+ = /m);
    expect(code).not.toMatch(/^const c\d+ = (?:"|-?\d|true|false)/m);
    expect(code).toContain('v === "male"');
    // No `unevaluated*` in the schema: no annotation code, no dynamic scope, and no flag of
    // `additionalProperties` (written only for annotations).
    expect(code).not.toMatch(/\bnewAnn\(|\bann !== null\b|st\.dyn\.push/);
    expect(code).not.toMatch(/\ba\d+ = (?:true|false);|ann\.allProps/);
  });

  it('keep annotations where a schema has unevaluatedProperties', async () => {
    const s = {
      type: 'object',
      properties: { a: { type: 'string', enum: ['x', 'y'] } },
      allOf: [{ properties: { b: { type: 'number', const: 2 } } }],
      unevaluatedProperties: false,
      patternProperties: { '^z': { additionalProperties: false, properties: { y: true } } },
    };
    const { code } = buildValidatorModule(s);
    expect(code).toMatch(/\bann !== null\b|\bnewAnn\b/);
    expect(code).toMatch(/if \(a\d+ && ann !== null\) ann\.allProps = true;/);
    const [module] = await precompileAll([s]);
    const ways = interpretAndJit(s);
    if (module === undefined || module instanceof Error) throw new Error(`no module: ${String(module)}`);
    if (ways instanceof Error) throw ways;
    for (const d of [
      {},
      { a: 'x', b: 2 },
      { a: 'z', b: 3, c: 1 },
      { a: 'y', c: 1 },
      { zz: { y: 1, w: 2 } },
      [],
      'x',
    ])
      expect(plain(module.validate(d))).toEqual(plain(ways.interpreter.validate(d)));
  });

  it('never touch a string literal', () => {
    const body =
      'const c0 = Object.freeze({"k":"st.silent > 0 || st.full"});\nif ("st.silent > 0 || st.full" === k || st.silent > 0 || st.full) x();';
    const { body: out, uses } = compactModule(body, true, ['stop', 'report']);
    expect(out).toBe(
      'const FZ = Object.freeze;\nconst c0 = FZ({"k":"st.silent > 0 || st.full"});\nif ("st.silent > 0 || st.full" === k || stop(st)) x();',
    );
    expect(uses).toEqual(['stop']);
  });

  it('give the interpreter’s issues on properties named like the code they rewrite', async () => {
    const names = [
      'st.silent > 0 || st.full',
      ' const ann = null;',
      'x',
      'Object.freeze(',
      'ann !== null',
      'c0',
      'f0',
      '(typeof v === "object" && v !== null && !Array.isArray(v))',
      ' let a0 = true;',
      ' a0 = false;',
      ' if (a0 && false) ann.allProps = true;',
    ];
    const s = {
      type: 'object',
      properties: Object.fromEntries(names.map((n) => [n, { type: 'string', format: 'date', minLength: 2 }])),
      required: names,
      additionalProperties: false,
    };
    const [module] = await precompileAll([s]);
    const ways = interpretAndJit(s);
    if (module === undefined || module instanceof Error) throw new Error(`no module: ${String(module)}`);
    if (ways instanceof Error) throw ways;
    const data: unknown[] = [
      {},
      Object.fromEntries(names.map((n) => [n, 'x'])),
      Object.fromEntries(names.map((n) => [n, 1])),
      Object.fromEntries(names.map((n) => [n, '2025-07-01'])),
      { ...Object.fromEntries(names.map((n) => [n, '2025-02-30'])), other: true },
    ];
    for (const d of data)
      for (const locale of ['vi', 'en'] as const)
        expect(plain(module.validate(d, { locale }))).toEqual(
          plain(ways.interpreter.validate(d, { locale })),
        );
  });
});

describe('a module built for speed (fast)', () => {
  it('gives the interpreter’s issues on the residence documents, in both locales', async () => {
    const read = (name: string): unknown =>
      JSON.parse(readFileSync(new URL(`../../bench/fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
    const [fast] = await precompileAll([schema], { fast: true });
    const ways = interpretAndJit(schema);
    if (fast === undefined || fast instanceof Error) throw new Error(`no module: ${String(fast)}`);
    if (ways instanceof Error) throw ways;
    const { code } = buildValidatorModule(schema, { fast: true });
    expect(code).toMatch(/ !== OP\.fullName \|\| H\(v, "fullName"\)/);
    for (const d of [
      read('residence-application.valid.json'),
      read('residence-application.invalid.json'),
      {},
    ])
      for (const locale of ['vi', 'en'] as const)
        expect(plain(fast.validate(d, { locale }))).toEqual(plain(ways.interpreter.validate(d, { locale })));
  }, 60_000);
});
