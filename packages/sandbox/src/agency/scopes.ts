/** Who may call the agency routes: officials and agency systems (checked further by agencyCaller). */
import type { PrincipalKind } from '../auth/principal.js';

/** The principal kinds of agency callers. */
export const AGENCY_CALLERS: readonly PrincipalKind[] = ['official', 'client'];
