/**
 * The compiled validator: `validate`, `validateAt`, `activeFields`, a zod face and a Standard Schema face.
 */
import type * as z from 'zod/mini';
import { runValidation, type RunSettings } from '../internal/run.js';
import { fullBook } from '../messages/format-message.js';
import { parsePointer, formatPointer, isPointerWithin } from '../pointer.js';
import type { Locale } from '../messages/format-message.js';
import type { ValidateOptions, ValidationIssue, ValidationResult } from '../result.js';
import { zodFace } from './zod-face.js';
import { childNodes, childValue, collectActive, expand, type ActiveFields } from './field-walk.js';
import { conditionReads, conditionReadsAt, type ConditionReads } from './condition-reads.js';
import type { CompiledNode, State } from './types.js';

export type { RunSettings };

/** The Standard Schema v1 interface (https://standardschema.dev), declared locally. */
export interface StandardSchemaV1Props {
  readonly version: 1;
  readonly vendor: string;
  readonly validate: (
    value: unknown,
  ) => { value: unknown } | { issues: { message: string; path: (string | number)[] }[] };
}

/** A compiled JSON Schema. Create with `compileSchema`. Stateless and safe to share across requests. */
export class Validator<T = unknown> {
  private readonly zods = new Map<Locale, z.ZodMiniType<T>>();
  private conditions: ConditionReads | undefined;

  /** @internal */
  constructor(
    private readonly root: CompiledNode,
    private readonly settings: RunSettings,
  ) {}

  /** Validates `data`, answering in `options.locale` (default: the compile-time locale, `vi`). */
  validate(data: unknown, options: ValidateOptions = {}): ValidationResult<T> {
    const raw = runValidation(
      this.settings,
      this.root.resource,
      data,
      options,
      (st) => this.root.validate(data, st, null),
      fullBook,
      this.settings.fusedJson === true,
    );
    return raw.length === 0 ? { ok: true, value: data as T } : { ok: false, issues: raw };
  }

  /**
   * Validates only the value at `pointer` (and the rules of its parents that report on it, such as
   * `required`). A form re-validates the field that changed without walking the whole document.
   */
  validateAt(pointer: string, data: unknown, options: ValidateOptions = {}): ValidationResult {
    const tokens = parsePointer(pointer);
    if (tokens === undefined) throw new TypeError(`Not a JSON Pointer: "${pointer}"`);
    let value: unknown = data;
    const target = formatPointer(tokens);
    const raw = this.run(data, options, (st) => {
      let nodes: CompiledNode[] = [this.root];
      let ok = true;
      for (let i = 0; i < tokens.length; i++) {
        const here = expand(nodes, value, st);
        const before = st.issues.length;
        for (const n of here) for (const c of n.shape.fieldChecks) if (!c(value, st, null)) ok = false;
        keepUnder(st, before, target, tokens[i] as string, i);
        const token = tokens[i] as string;
        st.path.push(token);
        nodes = childNodes(here, token);
        value = childValue(value, token);
      }
      if (value !== undefined) for (const n of nodes) if (!n.validate(value, st, null)) ok = false;
      return ok;
    });
    return raw.length === 0 ? { ok: true, value } : { ok: false, issues: dedupe(raw) };
  }

  /**
   * JSON Pointers of the properties that apply to `data`: declared properties, minus those in
   * `then`/`else`/`dependentSchemas`/`anyOf` branches that the data does not activate.
   */
  activeFields(data: unknown): string[] {
    return this.fields(data).active;
  }

  /**
   * JSON Pointers of the active properties that `data` must fill: listed in an applying `required`,
   * or in `dependentRequired` under a present trigger. The forms mark these fields as required.
   */
  requiredFields(data: unknown): string[] {
    return this.fields(data).required;
  }

  /**
   * `activeFields` and `requiredFields` of `data` together, in one walk (a form asks for both on
   * every change that may move them).
   */
  activeAndRequiredFields(data: unknown): ActiveFields {
    return this.fields(data);
  }

  /**
   * Whether a condition of the schema (the `if` of an `if`/`then`/`else`, an `anyOf`/`oneOf`
   * branch) reads the value at `pointer`. When it does not, changing that value from one string,
   * number, boolean or null to another, its key present before and after, leaves `activeFields`
   * and `requiredFields` as they were, so a form need not ask again on such a keystroke. Worked out
   * once, conservatively (an answer of `true` may be more than needed, never less).
   */
  conditionsRead(pointer: string): boolean {
    this.conditions ??= conditionReads(this.root);
    return conditionReadsAt(this.conditions, pointer);
  }

  private fields(data: unknown): ActiveFields {
    const out: ActiveFields = { active: [], required: [] };
    this.run(data, {}, (st) => {
      collectActive([this.root], data, '', st, out, 0);
      return true;
    });
    return out;
  }

  /** A zod schema running this validator, with messages in `locale`; cached per locale. */
  toZod(locale: Locale = this.settings.locale): z.ZodMiniType<T> {
    let schema = this.zods.get(locale);
    if (schema === undefined) {
      schema = zodFace<T>((value) => this.validate(value, { locale }));
      this.zods.set(locale, schema);
    }
    return schema;
  }

  /** The zod schema in the default locale. */
  get zod(): z.ZodMiniType<T> {
    return this.toZod();
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

  private run(data: unknown, options: ValidateOptions, body: (st: State) => boolean): ValidationIssue[] {
    return runValidation(this.settings, this.root.resource, data, options, body, fullBook);
  }
}

/**
 * Keeps, of the issues recorded since `from` by the checks of the object `level` tokens deep on the
 * way to `target`, those at or under `target`, and the "fill at least one of" issues that name
 * `field` (the next token).
 */
function keepUnder(st: State, from: number, target: string, field: string, level: number): void {
  let w = from;
  for (let i = from; i < st.issues.length; i++) {
    const issue = st.issues[i] as ValidationIssue;
    if (isPointerWithin(issue.pointer, target) || namesField(issue, field, level)) st.issues[w++] = issue;
  }
  st.issues.length = w;
}

/** The number of tokens of a pointer (escaped tokens hold no `/`). */
function depthOf(pointer: string): number {
  let n = 0;
  for (let i = pointer.indexOf('/'); i !== -1; i = pointer.indexOf('/', i + 1)) n++;
  return n;
}

function namesField(issue: ValidationIssue, field: string, level: number): boolean {
  const fields = issue.params['fields'];
  return (
    issue.code === 'any_of' &&
    depthOf(issue.pointer) === level &&
    Array.isArray(fields) &&
    fields.some((f: { property?: unknown }) => f.property === field)
  );
}

function dedupe(raw: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return raw.filter((r) => {
    const key = `${r.pointer}\u0000${r.code}\u0000${JSON.stringify(r.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
