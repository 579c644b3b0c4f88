/** Telling whether a saved draft was made for the current version of a definition. */

/**
 * How a draft's definition version relates to the current one:
 * `current` (same version), `compatible` (older, same major: the draft still fits),
 * `outdated` (older major: fields may have been removed or tightened, re-validate and review),
 * `newer` (made with a later definition than the one loaded), `invalid` (not a version).
 */
export type DraftVersionStatus = 'current' | 'compatible' | 'outdated' | 'newer' | 'invalid';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

function parts(version: string): [number, number, number] | undefined {
  const m = SEMVER.exec(version);
  return m === null ? undefined : [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * Compares the version a draft recorded with the definition's version.
 * @example draftVersionStatus('1.2.0', '1.0.3') // 'compatible'
 */
export function draftVersionStatus(definitionVersion: string, draftVersion: string): DraftVersionStatus {
  const d = parts(definitionVersion);
  const s = parts(draftVersion);
  if (d === undefined || s === undefined) return 'invalid';
  for (let i = 0; i < 3; i++) {
    const a = s[i] as number;
    const b = d[i] as number;
    if (a > b) return 'newer';
    if (a < b) return i === 0 ? 'outdated' : 'compatible';
  }
  return 'current';
}
