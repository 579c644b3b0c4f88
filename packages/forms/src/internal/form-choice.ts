/**
 * Choices a schema offers: `oneOf`/`anyOf` of `const` values (a radio or select with their titles),
 * and `oneOf`/`anyOf` of object shapes (the person picks a branch, then fills its fields).
 */
import { sameJson } from './form-json.js';
import { isJsonObject } from '@dvc-kit/validation';
import { branchesOf, objectProperties, renderSchema, type FormSchema } from './form-schema.js';

/** A branch of `oneOf`/`anyOf` of object shapes, as the form offers it. */
export interface BranchShape {
  /** Its title (or `x-dvc-label`), else a readable name. */
  label: unknown;
  schema: FormSchema;
}

/** One value of a `const` choice: the value and its label. */
export interface ConstChoice {
  value: unknown;
  label: unknown;
}

function constOf(schema: FormSchema): { value: unknown } | undefined {
  if ('const' in schema) return { value: schema['const'] };
  const list = schema['enum'];
  return Array.isArray(list) && list.length === 1 ? { value: list[0] } : undefined;
}

/** The values of `oneOf`/`anyOf` whose every branch is one `const` (or one-value `enum`). */
export function constChoices(root: FormSchema, schema: FormSchema): ConstChoice[] | undefined {
  const branches = branchesOf(schema);
  if (branches.length === 0) return undefined;
  const out: ConstChoice[] = [];
  for (const raw of branches) {
    if (!isJsonObject(raw)) return undefined;
    const branch = renderSchema(root, raw);
    const found = constOf(branch);
    if (found === undefined) return undefined;
    const label = branch['x-dvc-label'] ?? branch['title'] ?? branch['description'];
    out.push({
      value: found.value,
      label: label ?? (typeof found.value === 'string' ? found.value : JSON.stringify(found.value)),
    });
  }
  return out;
}

function isShape(branch: FormSchema): boolean {
  return isJsonObject(branch['properties']) || branch['type'] === 'object';
}

/** The object-shaped branches of `oneOf`/`anyOf` in `schema`, or `undefined` when it has none. */
export function branchShapes(root: FormSchema, schema: FormSchema): BranchShape[] | undefined {
  const branches = branchesOf(schema);
  if (branches.length < 2 || !branches.every(isJsonObject)) return undefined;
  const shapes = branches.map((raw) => renderSchema(root, raw));
  if (!shapes.every(isShape)) return undefined;
  return shapes.map((branch, i) => ({
    label: branch['x-dvc-label'] ??
      branch['title'] ??
      discriminator(root, branch) ?? {
        vi: `Lựa chọn ${i + 1}`,
        en: `Option ${i + 1}`,
      },
    schema: branch,
  }));
}

/** The text of a branch's one `const` property (e.g. `{ kind: { const: 'company' } }` names it "company"). */
function discriminator(root: FormSchema, branch: FormSchema): string | undefined {
  const consts = objectProperties(root, branch).flatMap(([, s]) => {
    const c = constOf(s);
    return c !== undefined && typeof c.value === 'string' ? [c.value] : [];
  });
  return consts.length === 1 ? consts[0] : undefined;
}

/**
 * The branch that fits `value` best: no `const` property contradicted, the most of its keys declared;
 * the first one on a tie (so an empty form starts on the first branch, as RJSF and JSON Forms do).
 */
export function bestBranch(root: FormSchema, shapes: readonly BranchShape[], value: unknown): number {
  if (!isJsonObject(value)) return 0;
  let best = 0;
  let bestScore = -Infinity;
  shapes.forEach((shape, i) => {
    const props = new Map(objectProperties(root, shape.schema));
    let score = 0;
    for (const [key, v] of Object.entries(value)) {
      const sub = props.get(key);
      if (sub === undefined) continue;
      const c = constOf(sub);
      if (c !== undefined) score += sameJson(c.value, v) ? 100 : -1000;
      else score += 1;
    }
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
