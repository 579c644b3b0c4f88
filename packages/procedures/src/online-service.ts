/** Reading a procedure's online service, whichever of `onlineService` and the old `onlineLevel` it gives. */
import type { OnlineService, OnlineServiceLevel, ProcedureMetadata } from '@dvc-kit/contract';

const FROM_LEVEL: Record<OnlineServiceLevel, OnlineService> = { 4: 'full', 3: 'partial', 2: 'info' };
const TO_LEVEL: Record<OnlineService, OnlineServiceLevel> = { full: 4, partial: 3, info: 2 };

/** The online service (Decree 42/2022): `onlineService`, else the old level read as its alias. */
export function onlineServiceOf(
  procedure: Pick<ProcedureMetadata, 'onlineService' | 'onlineLevel'>,
): OnlineService {
  if (procedure.onlineService !== undefined) return procedure.onlineService;
  return FROM_LEVEL[procedure.onlineLevel ?? 2];
}

/** The old numbered level of an online service: full 4, partial 3, info 2. */
export function onlineServiceLevel(service: OnlineService): OnlineServiceLevel {
  return TO_LEVEL[service];
}
