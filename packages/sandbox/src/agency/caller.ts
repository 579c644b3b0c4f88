/**
 * The caller of an agency route: an official, or an agency's own system (a client-credentials
 * client bound to an agency). Anyone else (a citizen, a server client of no agency, the admin) is
 * refused with 403 `not_an_agency`.
 */
import { getOfficial } from '../auth/officials.js';
import type { Principal } from '../auth/principal.js';
import { getAgency } from '../catalogue/agencies.js';
import { ApiError } from '../errors.js';
import type { TransitionNote } from '../lifecycle/transition.js';

/** An agency caller: its agency, who it writes in progress entries, and its idempotency owner. */
export interface AgencyCaller {
  agencyId: string;
  /** The default handler and department of its progress entries. */
  handler: string;
  department: string;
  /** The owner of its idempotency keys (`official:<id>` or `client:<id>`). */
  key: string;
}

/** 403 `not_an_agency`. */
export function notAnAgency(): ApiError {
  return new ApiError(403, 'not_an_agency', {
    vi: 'Chỉ cán bộ hoặc hệ thống của cơ quan giải quyết mới dùng được chức năng này.',
    en: 'Only an official or an agency system can use this route.',
  });
}

/**
 * The agency caller of `principal`.
 * @throws ApiError 403 `not_an_agency` for anyone else.
 */
export function agencyCaller(principal: Principal): AgencyCaller {
  if (principal.kind === 'official') {
    const official = getOfficial(principal.officialId);
    if (official === undefined) throw notAnAgency();
    return {
      agencyId: official.agencyId,
      handler: official.fullName,
      department: official.department,
      key: `official:${official.id}`,
    };
  }
  if (principal.kind === 'client' && principal.agencyId !== undefined) {
    return {
      agencyId: principal.agencyId,
      handler: `Hệ thống ${principal.clientId}`,
      department: getAgency(principal.agencyId)?.name.vi ?? principal.agencyId,
      key: `client:${principal.clientId}`,
    };
  }
  throw notAnAgency();
}

/** The progress note of `caller`, with the body's `handler` and `department` when given. */
export function noteOf(
  caller: AgencyCaller,
  body: { handler?: string; department?: string },
  content: string,
): TransitionNote {
  return {
    handler: body.handler ?? caller.handler,
    department: body.department ?? caller.department,
    content,
  };
}
