/**
 * Reporting from one call site of the JIT's generated code (`Gen.rep` with `jit`, `node.ts` hands
 * it over as `K`): each site keeps the pointer and the kept wording of its last issue, so a site
 * that fails the same way run after run makes its issue without looking the wording up
 * (`issue.ts`, a `WeakMap` read and a list walk) or joining its pointer again. The issue objects
 * are the same as `report.ts` makes, one per issue and run. Not in the runtime precompiled modules
 * import, which a page downloads.
 */
import type { NodeMeta, State } from '../compiler/types.js';
import type { Locale } from '../messages/word.js';
import { escapePointerToken, type PointerToken } from '../pointer.js';
import type { ValidationIssue } from '../result.js';
import { known, makeIssue } from './issue.js';
import { pathPointer, recording } from './report-cached.js';

/**
 * What one call site kept from its last issue: its pointer, from the pushed path `path` (a copy,
 * empty when nothing was pushed), the static segments `at` and the last segment `child`; and the
 * wording kept for its params in a locale (`issue.ts`'s `known`), which stays the same for the
 * same frozen params, code and meta: a site's code and meta never change.
 */
export interface ReportSite {
  path: PointerToken[];
  at: string | undefined;
  child: string | number | undefined;
  pointer: string;
  params: object | undefined;
  locale: Locale | undefined;
  message: string;
}

/** The path of a site whose last issue was below nothing pushed (never changed). */
const NONE: PointerToken[] = [];

/** The empty records of `count` call sites, one per `report` call in the JIT's code (one hidden class for all). */
export function reportSites(count: number): ReportSite[] {
  const sites: ReportSite[] = [];
  for (let i = 0; i < count; i++)
    sites.push({
      path: NONE,
      at: undefined,
      child: undefined,
      pointer: '',
      params: undefined,
      locale: undefined,
      message: '',
    });
  return sites;
}

/**
 * The pointer of an issue at `at` (and `child`) below the pushed path, kept by the site: a site
 * under a referenced definition or an array item (`/members/3/phone`) mostly fails under the same
 * path run after run, so comparing its tokens costs less than finding the path's pointer
 * (`pathPointer`, whose kept prefixes change between issues at other paths) and joining it again.
 */
function sitePointer(st: State, q: ReportSite, at: string, child: string | number | undefined): string {
  const path = st.path;
  const n = path.length;
  const kept = q.path;
  if (at === q.at && child === q.child && n === kept.length) {
    let i = 0;
    while (i < n && path[i] === kept[i]) i++;
    if (i === n) return q.pointer;
  }
  let pointer = n === 0 ? at : pathPointer(path) + at;
  if (child !== undefined) pointer += '/' + escapePointerToken(child);
  q.path = n === 0 ? NONE : path.slice();
  q.at = at;
  q.child = child;
  q.pointer = pointer;
  return pointer;
}

/**
 * `reportAt` of `report.ts` from the site `q`: the same issue, with the pointer and the kept
 * wording of the site's last issue when they still apply.
 */
export function reportFromSite(
  st: State,
  q: ReportSite,
  at: string,
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  child?: string | number,
): void {
  if (!recording(st)) return;
  const pointer = sitePointer(st, q, at, child);
  const locale = st.locale;
  let issue: ValidationIssue;
  if (params === q.params && locale === q.locale) issue = { pointer, code, params, message: q.message };
  else {
    const message = known(code, params, meta, locale);
    if (message === undefined) issue = makeIssue(pointer, code, params, meta, locale, st.book);
    else {
      q.params = params;
      q.locale = locale;
      q.message = message;
      issue = { pointer, code, params, message };
    }
  }
  st.issues.push(issue);
}
