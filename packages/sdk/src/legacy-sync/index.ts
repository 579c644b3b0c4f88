/**
 * `@dvc-kit/sdk/legacy-sync`: dossiers and progress entries to and from the national portal's
 * legacy sync records (`DongBoHoSoMC`, `CapNhatTienDoHoSoMC`), for provincial systems that still
 * speak it. Pure functions: no network, no state.
 */
export { toLegacyDate, fromLegacyDate } from './dates.js';
export { LegacySyncError, type LegacySyncErrorInit } from './errors.js';
export {
  toLegacyDossier,
  fromLegacyDossier,
  type LegacyApplicant,
  type LegacyDossierContext,
  type LegacyDossierFields,
} from './dossier.js';
export { toLegacyProgress, fromLegacyProgress, type LegacyProgressFields } from './progress.js';
export type {
  LegacyDossier,
  LegacyFee,
  LegacyFile,
  LegacyProgress,
  LegacyResult,
  LegacySupplement,
  LegacySyncBody,
} from './records.js';
