/**
 * The indicators the national board tracks (Decision 766/QĐ-TTg), over dossiers submitted in a
 * period: the share filed online, the share settled on time (of those settled) and the share paid
 * online (of those with fees). A share is `null` when there is nothing to divide by.
 */
import { getAgency } from '../catalogue/agencies.js';
import type { DossierRecord } from '../store/records.js';

/** Which dossiers to count. Dates are `YYYY-MM-DD` in Vietnam, both inclusive. */
export interface StatisticsQuery {
  province?: string;
  agency?: string;
  from: string;
  to: string;
}

/** The `Statistics` resource. */
export interface Statistics {
  scope: { province: string | null; agency: string | null };
  period: { from: string; to: string };
  counts: {
    received: number;
    online: number;
    settled: number;
    settledOnTime: number;
    withFees: number;
    paidOnline: number;
  };
  indicators: { onlineShare: number | null; onTimeShare: number | null; paidOnlineShare: number | null };
}

const OFFSET_MS = 7 * 60 * 60 * 1000;

function vnDate(iso: string): string {
  return new Date(Date.parse(iso) + OFFSET_MS).toISOString().slice(0, 10);
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** The statistics of `dossiers` for `query`; `paidOnline` holds the ids of dossiers paid online. */
export function statistics(
  dossiers: Iterable<DossierRecord>,
  query: StatisticsQuery,
  paidOnline: ReadonlySet<string> = new Set(),
): Statistics {
  const counts = { received: 0, online: 0, settled: 0, settledOnTime: 0, withFees: 0, paidOnline: 0 };
  for (const d of dossiers) {
    if (d.submittedAt === null) continue;
    const day = vnDate(d.submittedAt);
    if (day < query.from || day > query.to) continue;
    if (query.agency !== undefined && d.agencyId !== query.agency) continue;
    if (query.province !== undefined && getAgency(d.agencyId)?.provinceCode !== query.province) continue;
    counts.received++;
    if (d.channel === 2) counts.online++;
    if ((d.status === 9 || d.status === 10) && d.completedAt !== null) {
      counts.settled++;
      if (d.appointmentDate === null || d.completedAt <= d.appointmentDate) counts.settledOnTime++;
    }
    if (d.feeTotal > 0) {
      counts.withFees++;
      if (paidOnline.has(d.id)) counts.paidOnline++;
    }
  }
  return {
    scope: { province: query.province ?? null, agency: query.agency ?? null },
    period: { from: query.from, to: query.to },
    counts,
    indicators: {
      onlineShare: share(counts.online, counts.received),
      onTimeShare: share(counts.settledOnTime, counts.settled),
      paidOnlineShare: share(counts.paidOnline, counts.withFees),
    },
  };
}
