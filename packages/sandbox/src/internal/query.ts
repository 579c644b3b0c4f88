/**
 * Query parameters read and checked against the operation's parameter schemas in the contract:
 * integers are converted, arrays are split on commas (and repeated names are joined), and any
 * value that does not match its schema is a 400 `invalid_query` naming the parameter.
 */
import { readContract } from '@dvc-kit/contract/node';
import { childPointer, getPointer } from '@dvc-kit/validation';
import type { Context } from 'hono';
import { contractValidator } from '../contract-schemas.js';
import { invalidQuery } from './problems.js';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { type?: string; $ref?: string; items?: unknown };
  $ref?: string;
}

interface ParameterPlan {
  name: string;
  required: boolean;
  kind: 'integer' | 'array' | 'string';
  pointer: string;
}

const plans = new Map<string, ParameterPlan[]>();

function resolveParameter(parameter: Parameter): { parameter: Parameter; pointer: string } | undefined {
  if (parameter.$ref?.startsWith('#/') === true) {
    const pointer = parameter.$ref.slice(1);
    const resolved = getPointer(readContract(), pointer) as Parameter | undefined;
    return resolved === undefined ? undefined : { parameter: resolved, pointer };
  }
  return { parameter, pointer: '' };
}

function schemaKind(schema: Parameter['schema']): ParameterPlan['kind'] {
  let type = schema?.type;
  const ref = schema?.$ref;
  if (type === undefined && ref?.startsWith('#/components/schemas/') === true) {
    const target = readContract().components.schemas[ref.slice('#/components/schemas/'.length)];
    type = (target as { type?: string } | undefined)?.type;
  }
  if (type === 'integer') return 'integer';
  if (type === 'array') return 'array';
  return 'string';
}

function planFor(path: string, method: string): ParameterPlan[] {
  const key = `${method} ${path}`;
  const known = plans.get(key);
  if (known !== undefined) return known;
  const item = readContract().paths[path];
  const operation = item?.[method] as { parameters?: Parameter[] } | undefined;
  if (operation === undefined) throw new Error(`No operation ${key} in the contract`);
  const plan: ParameterPlan[] = [];
  (operation.parameters ?? []).forEach((raw, index) => {
    const found = resolveParameter(raw);
    if (found?.parameter.in !== 'query') return;
    const base =
      found.pointer === '' ? childPointer('/paths', path, method, 'parameters', index) : found.pointer;
    plan.push({
      name: found.parameter.name,
      required: found.parameter.required === true,
      kind: schemaKind(found.parameter.schema),
      pointer: `${base}/schema`,
    });
  });
  plans.set(key, plan);
  return plan;
}

function convert(kind: ParameterPlan['kind'], values: string[]): unknown {
  if (kind === 'array') return values.flatMap((v) => v.split(',')).filter((v) => v !== '');
  const value = values[values.length - 1] ?? '';
  if (kind === 'integer') return /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  return value;
}

/**
 * The query parameters of the operation at `path` (the contract's template, e.g.
 * `/v1/procedures`) and `method`, converted and validated.
 * @throws ApiError 400 `invalid_query` for a missing required or invalid parameter.
 */
export function readQuery(c: Context, path: string, method: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const plan of planFor(path, method)) {
    const values = c.req.queries(plan.name);
    if (values === undefined || values.length === 0) {
      if (plan.required) throw invalidQuery(plan.name);
      continue;
    }
    const value = convert(plan.kind, values);
    if (!contractValidator(plan.pointer).validate(value).ok) throw invalidQuery(plan.name);
    out[plan.name] = value;
  }
  return out;
}
