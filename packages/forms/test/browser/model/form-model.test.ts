import {
  compileProcedure,
  getProcedureDefinition,
  procedureDefinitions,
  procedureSamples,
} from '@dvc-kit/procedures';
import { compileSchema } from '@dvc-kit/validation';
import { describe, expect, it } from 'vitest';
import type { FieldNode } from '../../../src/internal/form-fields.js';
import { buildFormModel } from '../../../src/internal/form-model.js';
import { FormDefinitionError } from '../../../src/internal/form-schema.js';
import { FormStore } from '../../../src/internal/form-store.js';

function flatten(fields: readonly FieldNode[]): FieldNode[] {
  return fields.flatMap((f) => [f, ...flatten(f.children)]);
}

describe('buildFormModel', () => {
  it.each(procedureDefinitions.map((d) => [d.slug, d] as const))(
    'lays out %s in the definition’s order',
    (_, definition) => {
      const model = buildFormModel(definition);
      const placed = model.steps.flatMap((s) => s.sections.flatMap((x) => x.fields.map((f) => f.pointer)));
      expect(placed).toEqual(definition.layout.steps.flatMap((s) => s.sections.flatMap((x) => x.fields)));
      const all = flatten(model.steps.flatMap((s) => s.sections.flatMap((x) => x.fields)));
      expect(all.every((f) => typeof f.label === 'object')).toBe(true);
    },
  );

  it('infers widgets, options and group children of the birth registration', () => {
    const model = buildFormModel(getProcedureDefinition('birth-registration'));
    const all = new Map(
      flatten(model.steps.flatMap((s) => s.sections.flatMap((x) => x.fields))).map((f) => [f.pointer, f]),
    );
    expect(all.get('/child')?.widget).toBe('group');
    expect(
      all
        .get('/child')
        ?.children.map((c) => c.name)
        .slice(0, 3),
    ).toEqual(['fullName', 'gender', 'birthDate']);
    expect(all.get('/child/birthDate')?.widget).toBe('date');
    expect(all.get('/mother/personalId')?.widget).toBe('personal-id');
    expect(all.get('/declaration')?.widget).toBe('checkbox');
    expect(all.get('/child/gender')?.options.map((o) => o.key)).toEqual(['male', 'female']);
    expect(all.get('/birthProof')?.options.length).toBeGreaterThan(0);
  });

  it('reads a plain JSON Schema: title as label, description as hint, enum as a choice, date format', () => {
    const model = buildFormModel({
      type: 'object',
      title: 'Đơn',
      properties: {
        name: { type: 'string', title: 'Họ và tên', description: 'Như trên CCCD' },
        kind: { enum: ['a', 'b'], title: 'Loại' },
        day: { type: 'string', format: 'date', title: 'Ngày' },
      },
    });
    const [name, kind, day] = model.steps[0]?.sections[0]?.fields ?? [];
    expect([name?.label, name?.hint, name?.widget]).toEqual(['Họ và tên', 'Như trên CCCD', 'text']);
    expect([kind?.widget, kind?.options.map((o) => o.label)]).toEqual(['radio', ['a', 'b']]);
    expect(day?.widget).toBe('date');
  });

  it('gives the fields without options or children one frozen empty list (no two lists per field)', () => {
    const model = buildFormModel({
      type: 'object',
      properties: {
        name: { type: 'string' },
        note: { type: 'string' },
        kind: { enum: ['a', 'b'] },
        home: { type: 'object', properties: { city: { type: 'string' } } },
      },
    });
    const [name, note, kind, home] = model.steps[0]?.sections[0]?.fields ?? [];
    expect(name?.children).toEqual([]);
    expect(Object.isFrozen(name?.children)).toBe(true);
    expect(note?.children).toBe(name?.children);
    expect(note?.options).toBe(name?.children);
    expect(kind?.options).toHaveLength(2);
    expect(home?.children.map((c) => c.pointer)).toEqual(['/home/city']);
    expect(home?.options).toBe(name?.children);
  });

  it('reads a property’s schema in place: no copy per field unless a $ref or an allOf is merged', () => {
    const city = { type: 'string', title: 'Tỉnh' };
    const definition = {
      type: 'object',
      $defs: { name: { type: 'string', title: 'Tên' } },
      properties: {
        city,
        home: { type: 'object', properties: { city } },
        name: { $ref: '#/$defs/name', description: 'Như trên CCCD' },
        both: { allOf: [{ type: 'string' }, { title: 'Cả hai' }] },
      },
    };
    const [top, home, name, both] = buildFormModel(definition).steps[0]?.sections[0]?.fields ?? [];
    expect(top?.schema).toBe(city);
    expect(home?.children[0]?.schema).toBe(city);
    expect(name?.schema).toEqual({ type: 'string', title: 'Tên', description: 'Như trên CCCD' });
    expect(both?.schema).toMatchObject({ type: 'string', title: 'Cả hai' });
    expect(both?.schema).not.toBe(definition.properties.both);
  });

  it.each([
    ['a string', 'oops'],
    [
      'a layout naming a missing field',
      {
        dataSchema: { type: 'object', properties: {} },
        layout: { steps: [{ id: 's', sections: [{ id: 'x', fields: ['/nope'] }] }] },
      },
    ],
    ['a layout that is not a list', { dataSchema: { type: 'object' }, layout: { steps: 3 } }],
    ['an array', []],
  ])('refuses %s', (_, definition) => {
    expect(() => buildFormModel(definition)).toThrow(FormDefinitionError);
  });
});

describe('FormStore', () => {
  function storeFor(slug: string): FormStore {
    const definition = getProcedureDefinition(slug);
    if (definition === undefined) throw new Error(slug);
    const store = new FormStore(buildFormModel(definition), compileProcedure(definition));
    store.load({});
    return store;
  }

  it('shows conditional fields as their condition changes, keeping hidden values out of the submission', () => {
    const store = storeFor('permanent-residence-registration');
    expect(store.isVisible('/owner')).toBe(false);
    expect(store.isSectionVisible('owner')).toBe(false);
    store.set('/basis', 'rented-home');
    expect(store.isVisible('/owner')).toBe(true);
    expect(store.isSectionVisible('owner')).toBe(true);
    store.set('/owner/fullName', 'Trần Văn Bình');
    expect(store.submission()['owner']).toEqual({ fullName: 'Trần Văn Bình' });
    store.set('/basis', 'own-home');
    expect(store.isVisible('/owner')).toBe(false);
    expect(store.submission()['owner']).toBeUndefined();
    expect(store.value('/owner/fullName')).toBe('Trần Văn Bình');
  });

  it('tells only the field typed in when nothing depends on it', () => {
    const store = storeFor('death-registration');
    const seen: (ReadonlySet<string> | null)[] = [];
    store.subscribe((c) => seen.push(c));
    store.set('/applicant/fullName', 'N');
    expect(seen).toEqual([new Set(['/applicant/fullName'])]);
  });

  it('skips no change that moves fields: every typed value leaves the store as a fresh one would be', () => {
    // A keystroke a condition does not read skips the walk over every field (`conditionsRead`);
    // here each leaf of every reference procedure's samples is changed, one at a time, and the
    // store must answer as a store loaded with the same data from scratch.
    const leaves = (value: unknown, pointer = ''): [string, unknown][] =>
      Array.isArray(value) || (typeof value === 'object' && value !== null)
        ? Object.entries(value).flatMap(([k, v]) =>
            leaves(v, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`),
          )
        : [[pointer, value]];
    const other = (value: unknown): unknown[] =>
      typeof value === 'string'
        ? [`${value}x`, value === '' ? 'a' : '']
        : typeof value === 'number'
          ? [value + 1]
          : typeof value === 'boolean'
            ? [!value]
            : [];
    let compared = 0;
    for (const definition of procedureDefinitions) {
      const samples = procedureSamples(definition.slug);
      const pointersOf = (store: FormStore): string[] =>
        store.fields().flatMap(function all(f): string[] {
          return [f.pointer, ...f.children.flatMap(all)];
        });
      for (const sample of [samples.valid]) {
        const store = new FormStore(buildFormModel(definition), compileProcedure(definition));
        store.load(structuredClone(sample as Record<string, unknown>));
        const values = [...leaves(sample), ...leaves(samples.invalid)];
        for (const [pointer, value] of leaves(sample)) {
          const choices = [...values.filter(([p]) => p === pointer).map(([, v]) => v), ...other(value)];
          for (const next of choices) {
            if (next === value || next === undefined || (typeof next === 'object' && next !== null)) continue;
            store.set(pointer, next);
            const fresh = new FormStore(buildFormModel(definition), compileProcedure(definition));
            fresh.load(
              structuredClone(store.data),
              false,
              structuredClone(sample as Record<string, unknown>),
            );
            for (const p of pointersOf(fresh)) {
              const where = `${definition.slug} ${pointer}=${JSON.stringify(next)}: ${p}`;
              expect(store.isVisible(p), where).toBe(fresh.isVisible(p));
              expect(store.isRequired(p), where).toBe(fresh.isRequired(p));
            }
            for (const section of buildFormModel(definition).steps.flatMap((s) => s.sections))
              expect(store.isSectionVisible(section.id)).toBe(fresh.isSectionVisible(section.id));
            expect(store.submission()).toEqual(fresh.submission());
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('validates a field on touch, then on each change', () => {
    const store = storeFor('death-registration');
    store.touch('/applicant/phone');
    expect(store.error('/applicant/phone')).not.toBe('');
    store.set('/applicant/phone', '0912345678');
    expect(store.error('/applicant/phone')).toBe('');
  });

  it('submits the valid sample unchanged, and validates it', () => {
    for (const definition of procedureDefinitions) {
      const store = new FormStore(buildFormModel(definition), compileProcedure(definition));
      const valid = procedureSamples(definition.slug).valid as Record<string, unknown>;
      store.load(structuredClone(valid));
      expect(store.submission(), definition.slug).toEqual(valid);
      expect(store.validateAll().ok, definition.slug).toBe(true);
    }
  });

  it('works for a plain schema', () => {
    const schema = { type: 'object', properties: { a: { type: 'string', title: 'A' } }, required: ['a'] };
    const store = new FormStore(buildFormModel(schema), compileSchema(schema));
    store.load({});
    expect(store.validateAll().ok).toBe(false);
    expect(store.error('/a')).toContain('A');
  });
});
