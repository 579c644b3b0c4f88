/** Prefilling a dossier's data from the citizen's profile (`prefill` rules of a definition). */
import { parsePointer, resolvePointer } from '@dvc-kit/validation';
import type { ProcedureDefinition, ProfileClaim } from '@dvc-kit/contract';

/** The profile claims a definition may prefill from, as the portal's `/v1/profile` returns them. */
export type PrefillProfile = Partial<Record<ProfileClaim, unknown>>;

/** What `prefillData` produced. */
export interface PrefillResult {
  /** A copy of the data with the profile's values written in. */
  data: Record<string, unknown>;
  /** Pointers of the fields the state vouches for: show them, do not let the citizen edit them. */
  locked: string[];
  /** Pointers of the rules the profile had no value for (the citizen types them). */
  missing: string[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(found: boolean, value: unknown): boolean {
  return !found || value === undefined || value === null || value === '';
}

/** Writes `value` at `tokens` inside `root`, creating objects on the way; `false` if a step is not an object. */
function writeAt(root: Record<string, unknown>, tokens: string[], value: unknown): boolean {
  let node = root;
  for (const [i, token] of tokens.entries()) {
    if (FORBIDDEN_KEYS.has(token)) return false;
    if (i === tokens.length - 1) {
      node[token] = value;
      return true;
    }
    const next = node[token];
    if (next === undefined) node[token] = {};
    else if (!isRecord(next)) return false;
    node = node[token] as Record<string, unknown>;
  }
  return false;
}

/**
 * Writes what the state already holds into a dossier's data, so the citizen is never asked for it
 * again. A `locked` rule always takes the profile's value (the form shows it read-only); an
 * `editable` rule fills the field only when `data` has nothing there yet. `data` is not changed.
 *
 * ```ts
 * const profile = await client.profile.retrieve();
 * const { data, locked } = prefillData(procedure.definition, profile);
 * form.data = data;
 * ```
 */
export function prefillData(
  definition: Pick<ProcedureDefinition, 'prefill'>,
  profile: PrefillProfile,
  data: Record<string, unknown> = {},
): PrefillResult {
  const result: Record<string, unknown> = structuredClone(data);
  const locked: string[] = [];
  const missing: string[] = [];
  for (const rule of definition.prefill ?? []) {
    const tokens = parsePointer(rule.field);
    const value = profile[rule.from];
    if (tokens === undefined || tokens.length === 0) continue;
    if (value === undefined || value === null || value === '') {
      missing.push(rule.field);
      continue;
    }
    const current = resolvePointer(result, rule.field);
    if (rule.mode === 'editable' && !isEmpty(current.found, current.value)) continue;
    if (writeAt(result, tokens, structuredClone(value)) && rule.mode === 'locked') locked.push(rule.field);
  }
  return { data: result, locked, missing };
}
