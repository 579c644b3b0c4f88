/**
 * The validator of generated code: what a precompiled module (`dvc build-validators`) exports, with
 * `validate` and a Standard Schema face. It never compiles anything, so a page that loads one ships
 * neither the compiler nor zod.
 */
import type { AdminUnitLookup } from '../formats/format-check.js';
import { parsePointer } from '../pointer.js';
import { runValidation, type RunSettings } from '../internal/run.js';
import type { Locale, MessageBook } from '../messages/word.js';
import type { ValidateOptions, ValidationResult } from '../result.js';
import type { Check } from './types.js';
import type { FieldPlan } from './field-plan.js';
import type { StandardSchemaV1Props } from './validator.js';

/** What a precompiled module may be given when it is loaded (`validator.with({...})`). */
export interface PrecompiledOptions {
  /** The default message locale (the build's, `vi` unless it said otherwise). */
  locale?: Locale;
  /** Most issues collected per validation. */
  maxIssues?: number;
  /** Administrative-unit lookups for the `vn-*` province/commune formats. */
  adminUnits?: AdminUnitLookup;
}

/** A validator made of generated code. Stateless and safe to share across requests. */
export class PrecompiledValidator<T = unknown> {
  /** @internal */
  constructor(
    private readonly root: Check,
    private readonly resource: string,
    private readonly settings: RunSettings,
    private readonly book: MessageBook,
    /**
     * The module's field plan, when a condition decides which fields apply: what `<dvc-form>`
     * reads (`fieldsFromPlan`) to tell them without the compiler. Undefined otherwise.
     */
    readonly fieldPlan?: FieldPlan,
  ) {}

  /** Validates `data`, answering in `options.locale` (default: the build's locale). Same issues as `compileSchema`. */
  validate(data: unknown, options: ValidateOptions = {}): ValidationResult<T> {
    const root = this.root;
    const issues = runValidation(
      this.settings,
      this.resource,
      data,
      options,
      (st) => root(data, st, null),
      this.book,
    );
    return issues.length === 0 ? { ok: true, value: data as T } : { ok: false, issues };
  }

  /** The same validator with other defaults (locale, issue limit, administrative-unit lookups). */
  with(options: PrecompiledOptions): PrecompiledValidator<T> {
    const s = this.settings;
    return new PrecompiledValidator<T>(
      this.root,
      this.resource,
      {
        ...s,
        locale: options.locale ?? s.locale,
        maxIssues: Math.max(1, options.maxIssues ?? s.maxIssues),
        adminUnits: options.adminUnits ?? s.adminUnits,
      },
      this.book,
      this.fieldPlan,
    );
  }

  /** Standard Schema v1: lets any Standard-Schema-aware library use this validator. */
  get '~standard'(): StandardSchemaV1Props {
    return {
      version: 1,
      vendor: 'dvc-kit',
      validate: (value) => {
        const r = this.validate(value);
        return r.ok
          ? { value: r.value }
          : { issues: r.issues.map((i) => ({ message: i.message, path: parsePointer(i.pointer) ?? [] })) };
      },
    };
  }
}

/**
 * Builds the validator of a generated module (called by the module itself), with the messages
 * the module carries: the catalogs of its locales and the identifier messages of its formats.
 */
export function precompiled<T = unknown>(
  generated: { root: Check },
  resource: string,
  settings: RunSettings,
  book: MessageBook,
  fieldPlan?: FieldPlan,
): PrecompiledValidator<T> {
  return new PrecompiledValidator<T>(generated.root, resource, settings, book, fieldPlan);
}
