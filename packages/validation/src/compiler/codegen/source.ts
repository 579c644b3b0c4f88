/** JavaScript source for JSON values: literals that evaluate to an equal value (`-0`, `__proto__` keys kept). */

/** A JavaScript expression that builds `value` (JSON data, plus `undefined`, `Infinity` and `-0`). */
export function toSource(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return String(value);
    case 'number':
      if (Object.is(value, -0)) return '-0';
      if (Number.isNaN(value)) return 'NaN';
      if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
      return String(value);
    case 'object':
      if (Array.isArray(value)) return `[${value.map(toSource).join(',')}]`;
      return `{${Object.keys(value)
        .map((k) => {
          const v = toSource((value as Record<string, unknown>)[k]);
          // A literal "__proto__" key would set the prototype; a computed key defines a property.
          return k === '__proto__' ? `["__proto__"]:${v}` : `${JSON.stringify(k)}:${v}`;
        })
        .join(',')}}`;
    default:
      throw new TypeError(`Cannot write a ${typeof value} as source`);
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property read by name: `o.name`, or `o["a-b"]` when the name is not an identifier. */
export function readProp(object: string, name: string): string {
  return IDENTIFIER.test(name) && name !== '__proto__'
    ? `${object}.${name}`
    : `${object}[${JSON.stringify(name)}]`;
}

/**
 * An expression true when the object `object` has the own property `name`, for plain JSON objects
 * (the run's JSON check passed: no value is `undefined`, the prototype is `Object.prototype` or
 * null). Compact (ahead-of-time modules, where size counts): `Object.hasOwn` (`H`, a constant of
 * the generated code, `OWN`). Fast (the JIT): the value read by name (a monomorphic load) is
 * compared with `Object.prototype`'s (`OP`) and `Object.hasOwn` runs only when they are equal:
 * never, unless the prototype was given that property; written inline, as a call per property
 * would not be inlined in large functions. Names `Object.prototype` has when the code is
 * generated (`constructor`, `__proto__`, ...) always use `Object.hasOwn`. Both give the same
 * answers. `read`: the variable holding the value already read, if any.
 */
export function ownProp(object: string, name: string, fast: boolean, read?: string): string {
  const test = `H(${object}, ${JSON.stringify(name)})`;
  if (!fast || name in Object.prototype)
    return read === undefined ? test : `(${read} !== undefined && ${test})`;
  const value = read ?? readProp(object, name);
  return `(${value} !== undefined && (${value} !== ${readProp('OP', name)} || ${test}))`;
}

/** The constants `ownProp` reads. */
export const OWN = 'const OP = Object.prototype; const H = Object.hasOwn;';
