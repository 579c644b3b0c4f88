/**
 * One validation run, shared by the interpreter (`Validator`) and generated validators (JIT and
 * precompiled): the JSON pre-check and the run state (issues: `report.ts`, `issue.ts`).
 */
import type { AdminUnitLookup } from '../formats/format-check.js';
import type { Locale, MessageBook } from '../messages/word.js';
import type { ValidateOptions, ValidationIssue } from '../result.js';
import type { RawIssue, State } from '../compiler/types.js';
import { checkJsonData } from './data-check.js';
import { makeIssue } from './issue.js';
import { joinPointer } from './report.js';

/** Settings a validator runs with. */
export interface RunSettings {
  locale: Locale;
  maxIssues: number;
  maxDataDepth: number;
  maxEvaluationDepth: number;
  adminUnits: AdminUnitLookup | undefined;
  /**
   * The root's checks make sure the data they pass is JSON (the JIT, `codegen/json-guard.ts`):
   * `validate` checks the data only after an invalid or flagged run (ADR 0022).
   */
  fusedJson?: boolean;
}

const unreadable = (): RawIssue[] => [
  { path: [], code: 'not_json', params: { kind: 'unreadable' }, meta: undefined },
];

/** The `not_json` issues of `data` (none when it is JSON). */
function jsonIssues(s: RunSettings, data: unknown): RawIssue[] {
  try {
    return checkJsonData(data, s.maxDataDepth, s.maxIssues);
  } catch {
    // A getter or proxy threw while reading the data: it is not JSON.
    return unreadable();
  }
}

/**
 * Checks that `data` is JSON, then runs `body` on a fresh state; answers the issues, worded with
 * `book` in the locale asked for (`options.locale`, else the settings') when their message is
 * read. With `fused` (the root's generated checks test JSON as they go), the data is checked only
 * when the run was flagged or stopped at `maxIssues`, with the same issues as checking it first.
 */
export function runValidation(
  s: RunSettings,
  resource: string,
  data: unknown,
  options: ValidateOptions,
  body: (st: State) => boolean,
  book: MessageBook,
  fused = false,
): ValidationIssue[] {
  const locale = options.locale ?? s.locale;
  if (!fused) {
    const bad = jsonIssues(s, data);
    if (bad.length > 0) return made(bad, locale, book);
  }
  const st: State = {
    issues: [],
    locale,
    book,
    maxIssues: s.maxIssues,
    nj: false,
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
    // Only data that is not JSON, or changes while it is read (a getter or proxy), can get here.
    const bad = fused ? jsonIssues(s, data) : [];
    return made(bad.length > 0 ? bad : unreadable(), locale, book);
  }
  // Fused code flags every value it did not settle, valid run or not (`codegen/gen.ts`,
  // `unsettled`), unless it stopped early at `maxIssues`.
  if (fused && (st.nj || st.full)) {
    const bad = jsonIssues(s, data);
    if (bad.length > 0) return made(bad, locale, book);
  }
  return st.issues;
}

/** The public issues of the JSON check's findings. */
function made(raw: RawIssue[], locale: Locale, book: MessageBook): ValidationIssue[] {
  return raw.map((r) => makeIssue(joinPointer(r.path), r.code, r.params, r.meta, locale, book));
}
