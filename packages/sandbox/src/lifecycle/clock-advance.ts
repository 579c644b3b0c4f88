/**
 * The lifecycle clock: submitted dossiers move on their own, 1 → 2 → 4 → 9 → 10, each step a fixed
 * time after the previous one, divided by a speed-up factor. Statuses an official sets (3, 5, 6, 8)
 * and the citizen's withdrawal (7) wait for a person. A dossier an agency handles (filed at its
 * counter, or acted on through the agency API) moves only when the agency moves it. Advancing is
 * a pure function of the clock, so a test with a manual clock sees exactly the same history every
 * run.
 */
import type { DossierRecord, DossierStatus } from '../store/records.js';
import { transition, type TransitionNote } from './transition.js';

const MINUTE = 60_000;

/** Options of the lifecycle clock. */
export interface LifecycleOptions {
  /** Whether dossiers move on their own (default true); without it only the admin endpoint moves them. */
  auto?: boolean;
  /** How much faster than real time the steps run (default 1; 60 makes a minute a second). */
  speed?: number;
}

interface Step {
  to: DossierStatus;
  /** Time after entering the current status, at speed 1. */
  afterMs: number;
  note: (record: DossierRecord) => TransitionNote;
}

/** The automatic steps from each status. */
export const AUTOMATIC_STEPS: Readonly<Partial<Record<DossierStatus, Step>>> = {
  1: {
    to: 2,
    afterMs: 5 * MINUTE,
    note: () => ({
      handler: 'Cán bộ một cửa',
      department: 'Bộ phận Một cửa',
      content: 'Tiếp nhận hồ sơ trực tuyến.',
    }),
  },
  2: {
    to: 4,
    afterMs: 15 * MINUTE,
    note: () => ({
      handler: 'Chuyên viên thụ lý',
      department: 'Bộ phận chuyên môn',
      content: 'Chuyển hồ sơ cho chuyên viên thụ lý.',
    }),
  },
  4: {
    to: 9,
    afterMs: 60 * MINUTE,
    note: () => ({
      handler: 'Lãnh đạo phê duyệt',
      department: 'Lãnh đạo cơ quan',
      content: 'Phê duyệt kết quả giải quyết.',
    }),
  },
  9: {
    to: 10,
    afterMs: 30 * MINUTE,
    note: () => ({
      handler: 'Cán bộ một cửa',
      department: 'Bộ phận Một cửa',
      content: 'Trả kết quả điện tử cho công dân.',
    }),
  },
};

/** When the dossier entered its current status (its last progress entry). */
function enteredAt(record: DossierRecord): number | undefined {
  const last = record.history[record.history.length - 1];
  return last === undefined ? undefined : Date.parse(last.at);
}

/**
 * `record` with every automatic step due by `now` applied (each at its own time), or `undefined`
 * when none is due.
 */
export function advanced(record: DossierRecord, now: Date, speed: number): DossierRecord | undefined {
  // An agency moves the dossiers it handles itself.
  if (record.agencyHandled === true) return undefined;
  let current = record;
  for (;;) {
    const step = current.status === null ? undefined : AUTOMATIC_STEPS[current.status];
    const since = enteredAt(current);
    if (step === undefined || since === undefined) break;
    const due = since + step.afterMs / speed;
    if (due > now.getTime()) break;
    current = transition(current, step.to, new Date(due), step.note(current));
  }
  return current === record ? undefined : current;
}
