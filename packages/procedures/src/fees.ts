/** Working out the fee lines that apply to a dossier. */
import { resolvePointer } from '@dvc-kit/validation';
import { evaluateCondition } from './conditions.js';
import type { LocalizedText, ProcedureDefinition, SubmissionChannel } from '@dvc-kit/contract';

/** One fee line that applies to a dossier. Amounts are integer VND. */
export interface FeeCharge {
  code: string;
  kind: 'fee' | 'charge';
  name: LocalizedText;
  /** Amount per unit. */
  amount: number;
  quantity: number;
  /** `amount * quantity`. */
  total: number;
  /** The exemption category that made the line 0 VND, if any. */
  exemption?: string;
}

/** Options of {@link computeFees}. */
export interface ComputeFeesOptions {
  /** The submission channel (default `online`). */
  channel?: SubmissionChannel;
  /** The filing day, `YYYY-MM-DD` in Vietnam, for `deadline` lines (default: today in Vietnam). */
  today?: string;
}

const DAY_MS = 86_400_000;

function vnToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Whether the date at `deadline.field` is more than `days` days before `today` (`undefined`: no date). */
function isLate(
  deadline: { field: string; days: number },
  data: unknown,
  today: string,
): boolean | undefined {
  const { value } = resolvePointer(data, deadline.field);
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const elapsed = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${value}T00:00:00Z`)) / DAY_MS;
  return elapsed > deadline.days;
}

/**
 * The fee lines of `definition` that apply to `data` (already validated): lines whose `when`
 * holds and whose `channels` include the channel; a `perUnit` line counts the units of its field
 * beyond `above` and is left out when that count is 0; a `deadline` line only when the filing is
 * late (or on time, as it says), judged on `today`. When one of a line's `exemptions` holds the line is kept at 0 VND with its `exemption`
 * code. Zero-amount lines (exemptions) are kept.
 */
export function computeFees(
  definition: Pick<ProcedureDefinition, 'fees'>,
  data: unknown,
  options: ComputeFeesOptions = {},
): FeeCharge[] {
  const channel = options.channel ?? 'online';
  const today = options.today ?? vnToday();
  const out: FeeCharge[] = [];
  for (const line of definition.fees) {
    if (line.channels !== undefined && !line.channels.includes(channel)) continue;
    if (line.when !== undefined && !evaluateCondition(line.when, data)) continue;
    if (line.deadline !== undefined) {
      const late = isLate(line.deadline, data, today);
      if (late === undefined || late !== (line.deadline.applies === 'late')) continue;
    }
    let quantity = 1;
    if (line.perUnit !== undefined) {
      const { value } = resolvePointer(data, line.perUnit.field);
      const units = typeof value === 'number' && Number.isInteger(value) ? value : 0;
      quantity = Math.max(0, units - (line.perUnit.above ?? 0));
      if (quantity === 0) continue;
    }
    const exemption = line.exemptions?.find((e) => e.when !== undefined && evaluateCondition(e.when, data));
    const amount = exemption === undefined ? line.amount : 0;
    out.push({
      code: line.code,
      kind: line.kind,
      name: line.name,
      amount,
      quantity,
      total: amount * quantity,
      ...(exemption === undefined ? {} : { exemption: exemption.code }),
    });
  }
  return out;
}
