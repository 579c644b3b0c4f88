/**
 * @dvc-kit/validation/runtime: what precompiled validators import (`dvc build-validators`), and
 * nothing else: the helpers generated code calls, the format checks, and `PrecompiledValidator`.
 * Generated modules import only the names they use, so a bundler keeps only those.
 */
export { report, newAnn, mergeAnn } from './internal/report.js';
export { jsonEqual, jsonType, codePointLength } from './internal/json.js';
export { isMultipleOf } from './internal/multiple-of.js';
export { resolvePointer as getAt } from './pointer.js';
export { formatParams } from './internal/format-params.js';
export { standardFormats } from './formats/standard.js';
export { vnFormats } from './identifiers/formats.js';
export { listFormats } from './lists/formats.js';
export { PrecompiledValidator, precompiled, type PrecompiledOptions } from './compiler/precompiled.js';
export type { ValidationIssue, ValidationResult, ValidateOptions } from './result.js';
