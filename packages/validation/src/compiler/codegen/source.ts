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
 * null). The value is read by name (a monomorphic load) and `Object.hasOwn` runs only when the
 * value equals `Object.prototype`'s (`OP`, a constant of the generated code): never, unless the
 * prototype was given that property. Names `Object.prototype` has when the code is generated
 * (`constructor`, `__proto__`, ...) always use `Object.hasOwn`.
 */
export function ownProp(object: string, name: string, value = readProp(object, name)): string {
  const key = JSON.stringify(name);
  if (name in Object.prototype) return `Object.hasOwn(${object}, ${key})`;
  return `(${value} !== undefined && (${value} !== ${readProp('OP', name)} || Object.hasOwn(${object}, ${key})))`;
}
