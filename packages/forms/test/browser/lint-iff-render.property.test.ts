/**
 * One answer to "which fields does this definition declare": a generated procedure definition lints
 * clean (`lintDefinition`, what `dvc lint` runs) if and only if `<dvc-form>` renders it, in Chromium.
 *
 * The definitions are a reference definition with extra fields declared in every place JSON Schema
 * allows (`properties`, `allOf`, `oneOf`/`anyOf` branches, `if`/`then`, `dependentSchemas`, a `$ref`
 * into `$defs`, an array's items), a new section placing each once, and sometimes one more layout
 * pointer that is not a field outside a repeatable group (an unknown name, an item's field).
 */
import fc from 'fast-check';
import { lintDefinition, type ProcedureDefinition } from '@dvc-kit/procedures';
import { afterEach, describe, expect, it } from 'vitest';
import { definition, mountForm } from './helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

const PLACES = ['properties', 'allOf', 'oneOf', 'anyOf', 'then', 'dependentSchemas', 'ref'] as const;
type Place = (typeof PLACES)[number];

const label = (n: string): Record<string, string> => ({ vi: `Trường ${n}`, en: `Field ${n}` });

function leaf(name: string, kind: number): Record<string, unknown> {
  const base = { 'x-dvc-label': label(name) };
  if (kind === 0) return { ...base, type: 'string', maxLength: 50 };
  if (kind === 1) return { ...base, type: 'integer', minimum: 0, maximum: 99 };
  return { ...base, type: 'boolean' };
}

interface Extra {
  place: Place;
  kind: number;
}

/** The reference definition with `extras` declared and placed, and `stray` placed too. */
function generated(extras: readonly Extra[], stray: string | undefined): ProcedureDefinition {
  const base = structuredClone(definition('marriage-registration')) as unknown as Record<string, unknown>;
  const schema = base['dataSchema'] as Record<string, unknown>;
  const properties = schema['properties'] as Record<string, unknown>;
  const defs = schema['$defs'] as Record<string, unknown>;
  const allOf = Array.isArray(schema['allOf']) ? (schema['allOf'] as unknown[]) : [];
  const pointers: string[] = [];
  extras.forEach(({ place, kind }, i) => {
    const name = `extra${i}`;
    const field = leaf(name, kind);
    pointers.push(`/${name}`);
    if (place === 'properties') properties[name] = field;
    else if (place === 'allOf') allOf.push({ properties: { [name]: field } });
    else if (place === 'oneOf' || place === 'anyOf')
      allOf.push({ [place]: [{ properties: { [name]: field } }, { not: { required: [name] } }] });
    else if (place === 'then')
      allOf.push({ if: { required: ['phone'] }, then: { properties: { [name]: field } } });
    else if (place === 'dependentSchemas')
      allOf.push({ dependentSchemas: { phone: { properties: { [name]: field } } } });
    else {
      defs[`def${name}`] = field;
      properties[name] = { $ref: `#/$defs/def${name}` };
    }
  });
  // An array whose item fields may be placed (wrongly) as a stray.
  properties['items'] = {
    type: 'array',
    'x-dvc-label': label('list'),
    'x-dvc-item-label': { vi: 'Mục {n}', en: 'Item {n}' },
    'x-dvc-add-label': { vi: 'Thêm mục', en: 'Add an item' },
    items: { type: 'object', 'x-dvc-label': label('item'), properties: { note: leaf('note', 0) } },
  };
  pointers.push('/items');
  if (allOf.length > 0) schema['allOf'] = allOf;
  const layout = base['layout'] as { steps: { sections: { id: string; fields: string[] }[] }[] };
  layout.steps[0]?.sections.push({
    id: 'generated',
    fields: stray === undefined ? pointers : [...pointers, stray],
  });
  return base as unknown as ProcedureDefinition;
}

const extras = fc.array(
  fc.record({ place: fc.constantFrom(...PLACES), kind: fc.integer({ min: 0, max: 2 }) }),
  { minLength: 1, maxLength: 5 },
);
const stray = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('/nothing', '/items/0/note', '/items/-/note', '/extra0/deeper'),
);

async function renders(def: ProcedureDefinition): Promise<boolean> {
  const errors = console.error;
  console.error = () => undefined;
  try {
    const form = await mountForm(def);
    const ok = form.shadowRoot?.querySelector('[part="failure"]') === null;
    form.remove();
    return ok;
  } finally {
    console.error = errors;
  }
}

describe('lint and <dvc-form> agree', () => {
  it('the reference definition lints clean and renders', async () => {
    const base = generated([], undefined);
    expect(lintDefinition(base).filter((i) => i.severity === 'error')).toEqual([]);
    expect(await renders(base)).toBe(true);
  });

  it('a generated definition lints clean if and only if <dvc-form> renders it (60 runs)', async () => {
    let clean = 0;
    await fc.assert(
      fc.asyncProperty(extras, stray, async (list, extra) => {
        const def = generated(list, extra);
        const errors = lintDefinition(def).filter((i) => i.severity === 'error');
        const rendered = await renders(def);
        if (errors.length === 0) clean++;
        expect(rendered, JSON.stringify({ list, extra, errors })).toBe(errors.length === 0);
      }),
      { numRuns: 60 },
    );
    // Both sides of the "if and only if" were met.
    expect(clean).toBeGreaterThan(5);
    expect(clean).toBeLessThan(60);
  }, 120_000);
});
