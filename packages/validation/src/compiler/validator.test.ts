import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileSchema, declaredFields } from '@dvc-kit/validation';
import { referenceInvalid, referenceSchema, referenceValid } from '../../test/fixtures/reference-form.js';

const form = compileSchema(referenceSchema);

describe('validate', () => {
  it('returns the value when valid', () => {
    expect(form.validate(referenceValid)).toEqual({ ok: true, value: referenceValid });
  });

  it('returns pointer, code, params and message for every issue', () => {
    const r = form.validate(referenceInvalid);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.pointer} ${i.code}`)).toMatchInlineSnapshot(`
      [
        "/applicant/fullName min_length",
        "/applicant/birthDate format",
        "/applicant/gender enum",
        "/applicant/personalId pattern",
        "/applicant/nationality const",
        "/applicant any_of",
        "/currentAddress/province pattern",
        "/currentAddress/commune required",
        "/currentAddress/extra additional_property",
        "/members/0/personalId pattern",
        "/members/1 type",
        "/documents min_items",
        "/fee multiple_of",
        "/agreed const",
        "/newAddress required",
        "/postalAddress required",
        "/ownerName required",
        "/ownerPhone required",
        "/stayTo compare",
        "/unknownField additional_property",
      ]
    `);
    expect(r.issues.find((i) => i.pointer === '/applicant/personalId')?.message).toBe(
      'Số định danh cá nhân gồm 12 chữ số.',
    );
    expect(r.issues.find((i) => i.pointer === '/currentAddress/commune')?.message).toBe(
      'Vui lòng nhập Xã/phường.',
    );
  });

  it('answers in the locale of each call, with no global state', () => {
    const vi = form.validate(referenceInvalid, { locale: 'vi' });
    const en = form.validate(referenceInvalid, { locale: 'en' });
    const vi2 = form.validate(referenceInvalid);
    if (vi.ok || en.ok || vi2.ok) throw new Error('expected issues');
    expect(en.issues[0]?.message).toBe('Must be at least 1 characters.');
    expect(vi.issues[0]?.message).toBe('Phải có ít nhất 1 ký tự.');
    expect(vi2.issues).toEqual(vi.issues);
    expect(en.issues.find((i) => i.pointer === '/applicant/personalId')?.message).toBe(
      'The personal ID has 12 digits.',
    );
    expect(compileSchema(referenceSchema, { locale: 'en' }).validate(referenceInvalid)).toEqual(en);
  });

  it('caps the number of issues', () => {
    const r = compileSchema(referenceSchema, { maxIssues: 3 }).validate(referenceInvalid);
    expect(r.ok ? 0 : r.issues.length).toBe(3);
    const many = compileSchema({ items: { type: 'string' } }).validate(
      Array.from({ length: 500 }, (_, i) => i),
    );
    expect(many.ok ? 0 : many.issues.length).toBe(100);
  });

  it('overrides messages per field, as a string or per locale', () => {
    const v = compileSchema({
      properties: { a: { minLength: 2, 'x-dvc-messages': { min_length: 'Ngắn quá.' } } },
      required: ['a'],
    });
    expect(v.validate({ a: 'x' }, { locale: 'en' })).toMatchObject({ issues: [{ message: 'Ngắn quá.' }] });
  });
});

describe('validateAt', () => {
  it('validates only the field asked for, with the parent rules that report on it', () => {
    expect(form.validateAt('/applicant/personalId', referenceInvalid)).toMatchObject({
      ok: false,
      issues: [{ pointer: '/applicant/personalId', code: 'pattern' }],
    });
    expect(form.validateAt('/currentAddress/commune', referenceInvalid)).toMatchObject({
      ok: false,
      issues: [{ pointer: '/currentAddress/commune', code: 'required' }],
    });
    expect(form.validateAt('/stayTo', referenceInvalid)).toMatchObject({
      ok: false,
      issues: [{ pointer: '/stayTo', code: 'compare' }],
    });
    expect(form.validateAt('/members/1', referenceInvalid)).toMatchObject({
      ok: false,
      issues: [{ pointer: '/members/1', code: 'type' }],
    });
    expect(form.validateAt('/applicant/occupation', referenceInvalid).ok).toBe(true);
    // "Enter a phone number or an email address" is reported on both fields.
    expect(form.validateAt('/applicant/phone', referenceInvalid)).toMatchObject({
      ok: false,
      issues: [{ pointer: '/applicant', code: 'any_of' }],
    });
    expect(form.validateAt('/applicant/email', referenceInvalid)).toMatchObject({
      ok: false,
      issues: [{ pointer: '/applicant', code: 'any_of' }],
    });
    expect(form.validateAt('/applicant/phone', referenceValid).ok).toBe(true);
    expect(form.validateAt('/fee', referenceValid)).toEqual({ ok: true, value: 15000 });
  });

  it('skips fields made inactive by if/then', () => {
    const data = { ...referenceValid, reason: 'dieu_chinh' } as Record<string, unknown>;
    delete data['stayFrom'];
    expect(form.validateAt('/stayFrom', data).ok).toBe(true);
    expect(form.validateAt('/stayFrom', { ...data, reason: 'dang_ky_tam_tru' })).toMatchObject({
      ok: false,
      issues: [{ code: 'required' }],
    });
  });

  it('refuses a malformed pointer', () => {
    expect(() => form.validateAt('applicant', {})).toThrow(TypeError);
  });
});

describe('activeFields', () => {
  it('lists the properties that apply to the data', () => {
    const base = form.activeFields({ reason: 'dieu_chinh', receiveResult: 'truc_tiep' });
    expect(base).toContain('/applicant/phone');
    expect(base).toContain('/currentAddress/commune');
    expect(base).toContain('/stayFrom');
    const conditional = compileSchema({
      properties: { kind: { enum: ['person', 'company'] } },
      if: { properties: { kind: { const: 'company' } }, required: ['kind'] },
      then: { properties: { taxCode: { type: 'string' } } },
      else: { properties: { personalId: { type: 'string' } } },
    });
    expect(conditional.activeFields({ kind: 'company' })).toEqual(['/kind', '/taxCode']);
    expect(conditional.activeFields({})).toEqual(['/kind', '/personalId']);
  });

  it('keeps the fields of the oneOf branch the data is filling in, before it is complete', () => {
    const address = compileSchema({
      properties: {
        address: {
          oneOf: [
            {
              properties: { street: { type: 'string' }, city: { type: 'string' } },
              required: ['street', 'city'],
            },
            { properties: { poBox: { type: 'string' } }, required: ['poBox'] },
          ],
        },
      },
    });
    expect(address.activeFields({ address: { street: '1 Tràng Tiền' } })).toEqual([
      '/address',
      '/address/street',
      '/address/city',
    ]);
    expect(address.requiredFields({ address: { street: '1 Tràng Tiền' } })).toEqual([
      '/address/street',
      '/address/city',
    ]);
    expect(address.activeFields({ address: { poBox: '12' } })).toEqual(['/address', '/address/poBox']);
    expect(address.activeFields({ address: {} })).toEqual(['/address']);
    const tree = compileSchema({ properties: { name: { type: 'string' }, child: { $ref: '#' } } });
    expect(tree.activeFields({})).toEqual(['/name', '/child', '/child/name', '/child/child']);
    expect(tree.activeFields({ child: { child: {} } })).toContain('/child/child/child/name');
  });

  it('lists only fields the declared-fields index knows', () => {
    const schema = {
      properties: { kind: { enum: ['a', 'b'] }, list: { items: { properties: { n: { type: 'string' } } } } },
      anyOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'string' } } }],
      dependentSchemas: { kind: { properties: { c: { type: 'integer' } } } },
      additionalProperties: { type: 'string' },
    };
    const data = { kind: 'a', list: [{ n: 'x' }, {}], a: 'y', c: 1, extra: 'z' };
    const active = compileSchema(schema).activeFields(data);
    expect(active).toEqual(['/kind', '/list', '/list/0/n', '/list/1/n', '/c', '/b', '/a', '/extra']);
    const index = declaredFields(schema);
    for (const pointer of active) expect(index.fieldAt(pointer), pointer).toBeDefined();
  });
});

describe('requiredFields', () => {
  it('lists the active fields the data must fill, following if/then and dependentRequired', () => {
    const rest = { reason: 'dieu_chinh', receiveResult: 'truc_tiep' };
    const base = form.requiredFields(rest);
    expect(base).toEqual(
      expect.arrayContaining(['/applicant', '/applicant/fullName', '/currentAddress/commune', '/agreed']),
    );
    expect(base).not.toContain('/stayFrom');
    expect(base).not.toContain('/ownerName');
    const more = form.requiredFields({
      ...rest,
      reason: 'dang_ky_tam_tru',
      ownerConsent: true,
      receiveResult: 'buu_chinh',
    });
    expect(more).toEqual(
      expect.arrayContaining(['/stayFrom', '/stayTo', '/newAddress', '/ownerName', '/postalAddress']),
    );
    expect(more).toEqual(expect.arrayContaining(['/newAddress/province', '/postalAddress/street']));
  });
});

describe('zod and Standard Schema faces', () => {
  it('exposes a zod schema per locale that composes with other zod schemas', () => {
    const schema = z.object({ form: form.toZod('en') });
    const r = schema.safeParse({ form: referenceInvalid });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ['form', 'applicant', 'fullName'],
      message: 'Must be at least 1 characters.',
      params: { code: 'min_length' },
    });
    expect(form.zod.safeParse(referenceValid).success).toBe(true);
  });

  it('implements ~standard', () => {
    const std = form['~standard'];
    expect(std.version).toBe(1);
    expect(std.validate(referenceValid)).toEqual({ value: referenceValid });
    const r = std.validate({});
    expect('issues' in r ? r.issues[0] : undefined).toEqual({
      path: ['applicant'],
      message: 'Vui lòng nhập thông tin này.',
    });
  });
});
