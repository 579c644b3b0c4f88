/**
 * What the JIT does on its own to report issues (ADR 0008, seventh amendment): pointers of the
 * pushed instance path kept between issues and runs (`internal/report-cached.ts`), and source
 * written in ASCII only (`generate(…, { ascii: true })`). Both must leave every issue as the
 * interpreter and a precompiled module report it.
 */
import { describe, expect, it } from 'vitest';
import type { FormatResult } from '@dvc-kit/validation';
import { interpretAndJit, plain, precompileAll } from './three-ways.js';

const item = { type: 'object', properties: { x: { type: 'string' } } };
/** Lists through `$ref` (their checks push the path), one checking its length before its items. */
const lists = {
  type: 'object',
  properties: {
    a: { $ref: '#/$defs/itemsFirst' },
    c: { $ref: '#/$defs/lengthFirst' },
  },
  additionalProperties: { $ref: '#/$defs/item' },
  $defs: {
    item,
    itemsFirst: { type: 'array', items: { $ref: '#/$defs/item' }, minItems: 3 },
    lengthFirst: { type: 'array', minItems: 3, items: { $ref: '#/$defs/item' } },
  },
};

describe('the JIT reports', () => {
  it('the pointer of each pushed path, when a shorter path comes between two that share tokens', async () => {
    const made = interpretAndJit(lists);
    if (made instanceof Error) throw made;
    const [module] = await precompileAll([lists]);
    if (module instanceof Error || module === undefined) throw module ?? new Error('no module');
    // `/c` comes between `/a/1/x` and `/c/1/x`: its prefix `/c` must not keep `/a/1` as the pointer of `c, 1`.
    const data = { a: [{ x: 'ok' }, { x: 2 }], c: [{ x: 'ok' }, { x: 4 }], 'k/~': { x: 5 } };
    const expected = ['/a/1/x', '/a', '/c', '/c/1/x', '/k~1~0/x'];
    const want = plain(made.interpreter.validate(data));
    const first = made.interpreter.validate(data);
    expect(first.ok ? [] : first.issues.map((i) => i.pointer)).toEqual(expected);
    for (let run = 0; run < 3; run++) {
      expect(plain(made.jit.validate(data))).toEqual(want);
      expect(plain(module.validate(data))).toEqual(want);
      // Another shape in between: the kept pointers follow the tokens, not the run.
      expect(plain(made.jit.validate({ c: [{ x: 1 }] }))).toEqual(
        plain(made.interpreter.validate({ c: [{ x: 1 }] })),
      );
    }
  }, 60_000);

  it("a format's params after each value's reason, where one site fails for several", () => {
    const schema = { type: 'array', items: { type: 'string', format: 'vn-person-name' } };
    const made = interpretAndJit(schema);
    if (made instanceof Error) throw made;
    // Spaces, then blank, spaces again, a character (extra params), a name that passes.
    const data = [' An', '   ', 'An  Bình', 'An 4', 'Nguyễn Văn An'];
    const want = plain(made.interpreter.validate(data));
    const r = made.interpreter.validate(data);
    expect(r.ok ? [] : r.issues.map((i) => i.params['reason'])).toEqual([
      'spaces',
      'empty',
      'spaces',
      'characters',
    ]);
    for (let run = 0; run < 3; run++) {
      expect(plain(made.jit.validate(data))).toEqual(want);
      expect(plain(made.jit.validate([...data].reverse()))).toEqual(
        plain(made.interpreter.validate([...data].reverse())),
      );
    }
  });

  it("a format's extra params after each value, where one site fails with several", () => {
    // The same reason with other extra params: more keys, fewer keys, another value, none.
    const extra: Record<string, Record<string, string> | undefined> = {
      ab: { a: '1', b: '2' },
      a: { a: '1' },
      c: { a: '2' },
      ba: { b: '2', a: '1' },
      n: undefined,
    };
    const odd = (s: string): FormatResult =>
      s in extra ? { ok: false, reason: 'r', ...(extra[s] && { params: { ...extra[s] } }) } : { ok: true };
    const schema = { type: 'array', items: { type: 'string', format: 'odd' } };
    const made = interpretAndJit(schema, { formats: { odd } });
    if (made instanceof Error) throw made;
    const data = ['ab', 'a', 'a', 'c', 'n', 'ab', 'ba', 'c', 'a', 'n', 'n', 'ab'];
    for (let run = 0; run < 3; run++)
      for (const list of [data, [...data].reverse(), ...data.map((d) => [d])])
        expect(plain(made.jit.validate(list))).toEqual(plain(made.interpreter.validate(list)));
  });

  it('the pointer and wording of each run from a site that fails under several paths and values', () => {
    // One `required` site and one key site in `item`, reached at the root (nothing pushed), under
    // `/a` and under `/b/0` (pushed around the `$ref` calls): each site keeps its last issue.
    const schema = {
      $ref: '#/$defs/item',
      properties: { a: { $ref: '#/$defs/item' }, b: { type: 'array', items: { $ref: '#/$defs/item' } } },
      $defs: {
        item: {
          type: 'object',
          properties: { x: { type: 'integer' }, a: true, b: true },
          required: ['x'],
          additionalProperties: false,
        },
      },
    };
    const made = interpretAndJit(schema);
    if (made instanceof Error) throw made;
    const runs = [
      { a: {}, b: [{}] },
      { a: {} },
      { b: [{ x: 1 }, {}], y: 1 },
      { x: 1, a: { x: '1', z: 1 }, b: [{ x: 's' }] },
      { a: { x: 1.5 }, b: [{}, { x: 1 }] },
      { x: 1, w: 1 },
    ];
    const seen = new Set<string>();
    for (let round = 0; round < 3; round++)
      for (const data of runs)
        for (const locale of ['vi', 'en'] as const) {
          const want = plain(made.interpreter.validate(data, { locale }));
          expect(plain(made.jit.validate(data, { locale }))).toEqual(want);
          const r = made.jit.validate(data, { locale });
          if (!r.ok) for (const i of r.issues) seen.add(i.pointer);
        }
    // The same sites reported at each of these, in turn.
    expect([...seen].sort()).toEqual(['/a/x', '/a/z', '/b/0/x', '/b/1/x', '/w', '/x', '/y']);
  });

  it('the same strings, names and messages from a schema written beyond ASCII', async () => {
    const schema = {
      type: 'object',
      title: 'Tờ khai',
      properties: {
        họTên: { type: 'string', title: 'Họ và tên', pattern: '^[A-ZÀ-Ỹ][a-zà-ỹ]+( [A-ZÀ-Ỹ][a-zà-ỹ]+)*$' },
        giớiTính: { enum: ['nam', 'nữ'], title: 'Giới tính' },
        biểuTượng: { const: '😀 ồ' },
        địaChỉ: { type: 'string', title: 'Địa chỉ' },
      },
      required: ['địaChỉ'],
      additionalProperties: false,
    };
    const made = interpretAndJit(schema);
    if (made instanceof Error) throw made;
    const [module] = await precompileAll([schema]);
    if (module instanceof Error || module === undefined) throw module ?? new Error('no module');
    const bad = { họTên: 'nguyễn văn a', giớiTính: 'khác', biểuTượng: '😀 ô', 'thừa/~': 1 };
    const good = { họTên: 'Nguyễn Văn An', giớiTính: 'nữ', biểuTượng: '😀 ồ', địaChỉ: 'Hà Nội' };
    for (const locale of ['vi', 'en'] as const) {
      const want = plain(made.interpreter.validate(bad, { locale }));
      expect(want).toMatchObject({ ok: false });
      expect(plain(made.jit.validate(bad, { locale }))).toEqual(want);
      expect(plain(module.validate(bad, { locale }))).toEqual(want);
    }
    expect(made.interpreter.validate(good).ok).toBe(true);
    expect(made.jit.validate(good).ok).toBe(true);
  }, 60_000);
});
