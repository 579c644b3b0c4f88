/**
 * One validation run, shared by the interpreter (`Validator`) and generated validators (JIT and
 * precompiled): the JSON pre-check, the run state, and issues worded only when read.
 */
import type { AdminUnitLookup } from '../formats/format-check.js';
import { formatMessage, type Locale } from '../messages/format-message.js';
import type { ValidateOptions, ValidationIssue } from '../result.js';
import type { RawIssue, State } from '../compiler/types.js';
import { checkJsonData } from './data-check.js';
import { formatPointer } from '../pointer.js';

/** Settings a validator runs with. */
export interface RunSettings {
  locale: Locale;
  maxIssues: number;
  maxDataDepth: number;
  maxEvaluationDepth: number;
  adminUnits: AdminUnitLookup | undefined;
}

const unreadable = (): RawIssue[] => [
  { path: [], code: 'not_json', params: { kind: 'unreadable' }, meta: undefined },
];

/** Checks that `data` is JSON, then runs `body` on a fresh state; answers the raw issues. */
export function runValidation(
  s: RunSettings,
  resource: string,
  data: unknown,
  options: ValidateOptions,
  body: (st: State) => boolean,
): RawIssue[] {
  let bad: RawIssue[];
  try {
    bad = checkJsonData(data, s.maxDataDepth, s.maxIssues);
  } catch {
    // A getter or proxy threw while reading the data: it is not JSON.
    return unreadable();
  }
  if (bad.length > 0) return bad;
  const st: State = {
    issues: [],
    maxIssues: s.maxIssues,
    full: false,
    silent: 0,
    path: [],
    dyn: [resource],
    depth: 0,
    maxDepth: s.maxEvaluationDepth,
    format: { adminUnits: s.adminUnits, now: options.now },
  };
  try {
    body(st);
  } catch {
    // Only data that changes while it is read (a getter or proxy) can get here.
    return unreadable();
  }
  return st.issues;
}

/**
 * The public issues. Each `message` is worded in `locale` the first time it is read (and kept), so
 * a caller that reads only codes and pointers never pays for wording; the property is an ordinary
 * enumerable one for spreads, `JSON.stringify`, `structuredClone` and deep equality.
 */
export function wordIssues(raw: RawIssue[], locale: Locale): ValidationIssue[] {
  const out: ValidationIssue[] = new Array<ValidationIssue>(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = lazyIssue(raw[i] as RawIssue, locale);
  return out;
}

function lazyIssue(r: RawIssue, locale: Locale): ValidationIssue {
  let text: string | undefined;
  return {
    pointer: formatPointer(r.path),
    code: r.code,
    params: r.params,
    get message(): string {
      return (text ??= formatMessage(r.code, r.params, r.meta, locale));
    },
    set message(value: string) {
      text = value;
    },
  };
}
