/** Reads `x-dvc-label` / `title` and `x-dvc-messages` from a schema, refusing malformed values. */
import { SchemaError } from '../errors.js';
import { isObject } from '../internal/json.js';
import type { LocalizedText, MessageOverrides, NodeMeta } from './types.js';

function own(schema: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(schema, key) ? schema[key] : undefined;
}

/** The label and message overrides of a schema. `pointer` locates the schema, for errors. */
export function readMeta(schema: Record<string, unknown>, pointer: string): NodeMeta {
  const meta: NodeMeta = {};
  const dvcLabel = own(schema, 'x-dvc-label');
  if (dvcLabel !== undefined && !isLocalizedText(dvcLabel)) {
    throw new SchemaError(
      'invalid_keyword_value',
      'x-dvc-label',
      `${pointer}/x-dvc-label`,
      '"x-dvc-label" must be a string or { "vi": string, "en": string }',
    );
  }
  const title = own(schema, 'title');
  const label = dvcLabel ?? (typeof title === 'string' ? title : undefined);
  if (label !== undefined) meta.label = label;
  const messages = own(schema, 'x-dvc-messages');
  if (messages !== undefined) meta.messages = readMessages(messages, `${pointer}/x-dvc-messages`);
  return meta;
}

/** A string, or an object of strings keyed by locale. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === 'string' ||
    (isObject(value) &&
      Object.keys(value).length > 0 &&
      Object.values(value).every((t) => typeof t === 'string'))
  );
}

function readMessages(value: unknown, pointer: string): MessageOverrides {
  const fail = (): never => {
    throw new SchemaError(
      'invalid_keyword_value',
      'x-dvc-messages',
      pointer,
      '"x-dvc-messages" must map issue codes to a string or to { "vi": string, "en": string }',
    );
  };
  if (!isObject(value)) return fail();
  const out: MessageOverrides = Object.create(null) as MessageOverrides;
  for (const code of Object.keys(value)) {
    const m = value[code];
    if (!isLocalizedText(m)) return fail();
    out[code] = typeof m === 'string' ? m : { ...m };
  }
  return out;
}
