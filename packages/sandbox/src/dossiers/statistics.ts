/**
 * The indicators the national board tracks (Decision 766/QĐ-TTg), over dossiers submitted in a
 * period, in every channel (in person at the counter, online, by post):
 * - the share filed online, of all dossiers received;
 * - the share settled on time, of those settled, with the citizen's supplement time excluded (a
 *   dossier settled after its appointment date by no more than the time it waited for a
 *   supplement is on time);
 * - the share paid online, of those with fees;
 * - the share of settled dossiers whose result was issued electronically (digitised results);
 * - the citizens' ratings: how many, the average score and the share satisfied (4 or 5).
 * A share or average is `null` when there is nothing to divide by. With `groupBy` the same
 * figures come per agency, province or month as well.
 */
import { getAgency } from '../catalogue/agencies.js';
import type { DossierRecord } from '../store/records.js';

/** How to split the figures: per agency, province or month (`YYYY-MM`). */
export type StatisticsGroupBy = 'agency' | 'province' | 'month';

/** Which dossiers to count. Dates are `YYYY-MM-DD` in Vietnam, both inclusive. */
export interface StatisticsQuery {
  province?: string;
  agency?: string;
  from: string;
  to: string;
  groupBy?: StatisticsGroupBy;
}

/** The counts behind the indicators. */
export interface StatisticsCounts {
  received: number;
  online: number;
  inPerson: number;
  postal: number;
  settled: number;
  settledOnTime: number;
  withFees: number;
  paidOnline: number;
  digitisedResults: number;
  rated: number;
  satisfied: number;
}

/** The indicators, each a share in [0, 1] (or an average score) or `null`. */
export interface StatisticsIndicators {
  onlineShare: number | null;
  onTimeShare: number | null;
  paidOnlineShare: number | null;
  digitisedResultShare: number | null;
  averageRating: number | null;
  satisfiedShare: number | null;
}

/** The figures of one group. */
export interface StatisticsGroup {
  key: string;
  counts: StatisticsCounts;
  indicators: StatisticsIndicators;
}

/** The `Statistics` resource. */
export interface Statistics {
  scope: { province: string | null; agency: string | null };
  period: { from: string; to: string };
  counts: StatisticsCounts;
  indicators: StatisticsIndicators;
  /** Only with `groupBy`: the figures per group, sorted by key. */
  groups?: StatisticsGroup[];
}

const OFFSET_MS = 7 * 60 * 60 * 1000;

function vnDate(iso: string): string {
  return new Date(Date.parse(iso) + OFFSET_MS).toISOString().slice(0, 10);
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** The milliseconds the dossier waited for the citizen's supplements. */
function supplementTime(d: DossierRecord, end: string): number {
  let total = 0;
  for (const period of d.supplementPeriods ?? [])
    total += Math.max(0, Date.parse(period.endedAt ?? end) - Date.parse(period.startedAt));
  return total;
}

/** Whether a settled dossier was settled by its appointment date, supplement time excluded. */
function settledOnTime(d: DossierRecord, completedAt: string): boolean {
  if (d.appointmentDate === null) return true;
  return Date.parse(completedAt) - supplementTime(d, completedAt) <= Date.parse(d.appointmentDate);
}

interface Tally {
  counts: StatisticsCounts;
  ratingSum: number;
}

function emptyTally(): Tally {
  return {
    counts: {
      received: 0,
      online: 0,
      inPerson: 0,
      postal: 0,
      settled: 0,
      settledOnTime: 0,
      withFees: 0,
      paidOnline: 0,
      digitisedResults: 0,
      rated: 0,
      satisfied: 0,
    },
    ratingSum: 0,
  };
}

function count(tally: Tally, d: DossierRecord, paidOnline: ReadonlySet<string>): void {
  const counts = tally.counts;
  counts.received++;
  if (d.channel === 2) counts.online++;
  else if (d.channel === 3) counts.postal++;
  else counts.inPerson++;
  if ((d.status === 9 || d.status === 10) && d.completedAt !== null) {
    counts.settled++;
    if (settledOnTime(d, d.completedAt)) counts.settledOnTime++;
    if ((d.resultDocuments ?? []).some((r) => r.attachmentId !== null)) counts.digitisedResults++;
  }
  if (d.feeTotal > 0) {
    counts.withFees++;
    if (paidOnline.has(d.id)) counts.paidOnline++;
  }
  const rating = d.rating ?? null;
  if (rating !== null) {
    counts.rated++;
    tally.ratingSum += rating.score;
    if (rating.score >= 4) counts.satisfied++;
  }
}

function indicatorsOf(tally: Tally): StatisticsIndicators {
  const c = tally.counts;
  return {
    onlineShare: share(c.online, c.received),
    onTimeShare: share(c.settledOnTime, c.settled),
    paidOnlineShare: share(c.paidOnline, c.withFees),
    digitisedResultShare: share(c.digitisedResults, c.settled),
    averageRating: c.rated === 0 ? null : Math.round((tally.ratingSum / c.rated) * 100) / 100,
    satisfiedShare: share(c.satisfied, c.rated),
  };
}

function groupKey(d: DossierRecord, day: string, groupBy: StatisticsGroupBy): string {
  if (groupBy === 'agency') return d.agencyId;
  if (groupBy === 'province') return getAgency(d.agencyId)?.provinceCode ?? '';
  return day.slice(0, 7);
}

/** The statistics of `dossiers` for `query`; `paidOnline` holds the ids of dossiers paid online. */
export function statistics(
  dossiers: Iterable<DossierRecord>,
  query: StatisticsQuery,
  paidOnline: ReadonlySet<string> = new Set(),
): Statistics {
  const all = emptyTally();
  const groups = new Map<string, Tally>();
  for (const d of dossiers) {
    if (d.submittedAt === null) continue;
    const day = vnDate(d.submittedAt);
    if (day < query.from || day > query.to) continue;
    if (query.agency !== undefined && d.agencyId !== query.agency) continue;
    if (query.province !== undefined && getAgency(d.agencyId)?.provinceCode !== query.province) continue;
    count(all, d, paidOnline);
    if (query.groupBy === undefined) continue;
    const key = groupKey(d, day, query.groupBy);
    let tally = groups.get(key);
    if (tally === undefined) groups.set(key, (tally = emptyTally()));
    count(tally, d, paidOnline);
  }
  return {
    scope: { province: query.province ?? null, agency: query.agency ?? null },
    period: { from: query.from, to: query.to },
    counts: all.counts,
    indicators: indicatorsOf(all),
    ...(query.groupBy === undefined
      ? {}
      : {
          groups: [...groups.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([key, tally]) => ({ key, counts: tally.counts, indicators: indicatorsOf(tally) })),
        }),
  };
}
