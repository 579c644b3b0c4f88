/**
 * The keyword table: one entry per supported keyword. Adding a keyword means adding one handler
 * here and its tests. Keywords outside this table and `ANNOTATION_KEYWORDS` (and not `x-*`) are
 * refused at compile time.
 */
import type { KeywordDefinition } from '../types.js';
import { additionalProperties, patternProperties, properties, propertyNames } from './properties.js';
import {
  additionalItems,
  contains,
  containsBound,
  items,
  maxItems,
  minItems,
  prefixItems,
  uniqueItems,
} from './array.js';
import { compare } from './compare.js';
import { allOf, anyOf, companion, ifKeyword, not, oneOf } from './logic.js';
import { exclusiveMaximum, exclusiveMinimum, maximum, minimum, multipleOf } from './number.js';
import {
  dependencies,
  dependentRequired,
  dependentSchemas,
  maxProperties,
  minProperties,
  required,
} from './object-rules.js';
import { defs, dynamicRef, ref } from './ref.js';
import { format, maxLength, minLength, pattern } from './string.js';
import { constKeyword, enumKeyword, type } from './type.js';
import { unevaluatedItems, unevaluatedProperties } from './unevaluated.js';

/** Keywords that carry no assertion: accepted and ignored. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  '$schema',
  '$id',
  '$anchor',
  '$dynamicAnchor',
  '$comment',
  // Draft-04's `$id` (a base URI, not resolved against: only `$id` is).
  'id',
  '$vocabulary',
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentEncoding',
  'contentMediaType',
  'contentSchema',
  // Legacy (react-jsonschema-form): the labels of `enum`'s values, by position. Forms show them.
  'enumNames',
]);

/** Every supported keyword and its handler. */
export const keywordTable: Readonly<Record<string, KeywordDefinition>> = Object.assign(
  Object.create(null) as object,
  {
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
    minContains: containsBound,
    maxContains: containsBound,
    minItems,
    maxItems,
    uniqueItems,
    allOf,
    anyOf,
    oneOf,
    not,
    if: ifKeyword,
    then: companion,
    else: companion,
    $ref: ref,
    $dynamicRef: dynamicRef,
    $defs: defs,
    definitions: defs,
    unevaluatedProperties,
    unevaluatedItems,
    'x-dvc-compare': compare,
  },
);
