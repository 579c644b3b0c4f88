/**
 * The emitter table: one code emitter per keyword of the keyword table (`keywords/index.ts`), so
 * the table stays the one description of the semantics and each emitter writes the same checks as
 * JavaScript source. A test fails when a keyword has an evaluator and no emitter.
 */
import {
  additionalItems,
  contains,
  items,
  maxItems,
  minItems,
  nothing,
  prefixItems,
  uniqueItems,
} from './arrays.js';
import { compare } from './compare.js';
import { allOf, anyOf, ifKeyword, not, oneOf } from './logic.js';
import { exclusiveMaximum, exclusiveMinimum, maximum, minimum, multipleOf } from './numbers.js';
import {
  additionalProperties,
  dependencies,
  dependentRequired,
  dependentSchemas,
  maxProperties,
  minProperties,
  patternProperties,
  properties,
  propertyNames,
  required,
} from './objects.js';
import { dynamicRef, ref } from './refs.js';
import { format, maxLength, minLength, pattern } from './strings.js';
import type { Emitter } from './types.js';
import { unevaluatedItems, unevaluatedProperties } from './unevaluated.js';
import { constKeyword, enumKeyword, type } from './values.js';

export type { Emitter } from './types.js';

/** Every keyword's emitter, keyed as the keyword table. */
export const emitterTable: Readonly<Record<string, Emitter>> = Object.assign(Object.create(null) as object, {
  type,
  const: constKeyword,
  enum: enumKeyword,
  minLength,
  maxLength,
  pattern,
  format,
  minimum,
  maximum,
  exclusiveMinimum,
  exclusiveMaximum,
  multipleOf,
  properties,
  patternProperties,
  additionalProperties,
  propertyNames,
  required,
  dependentRequired,
  dependentSchemas,
  dependencies,
  minProperties,
  maxProperties,
  prefixItems,
  items,
  additionalItems,
  contains,
  minContains: nothing,
  maxContains: nothing,
  minItems,
  maxItems,
  uniqueItems,
  allOf,
  anyOf,
  oneOf,
  not,
  if: ifKeyword,
  then: nothing,
  else: nothing,
  $ref: ref,
  $dynamicRef: dynamicRef,
  $defs: nothing,
  definitions: nothing,
  unevaluatedProperties,
  unevaluatedItems,
  'x-dvc-compare': compare,
});
