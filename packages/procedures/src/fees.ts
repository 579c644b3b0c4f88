/** Working out the fee lines that apply to a dossier. */
import { resolvePointer } from '@dvc-kit/validation';
import { evaluateCondition } from './conditions.js';
import type { LocalizedText, ProcedureDefinition, SubmissionChannel } from './types.js';

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
}

/** Options of {@link computeFees}. */
export interface ComputeFeesOptions {
  /** The submission channel (default `online`). */
  channel?: SubmissionChannel;
}

/**
 * The fee lines of `definition` that apply to `data` (already validated): lines whose `when`
 * holds and whose `channels` include the channel; a `perUnit` line counts the units of its field
 * beyond `above` and is left out when that count is 0. Zero-amount lines (exemptions) are kept.
 */
export function computeFees(
  definition: ProcedureDefinition,
  data: unknown,
  options: ComputeFeesOptions = {},
): FeeCharge[] {
  const channel = options.channel ?? 'online';
  const out: FeeCharge[] = [];
  for (const line of definition.fees) {
    if (line.channels !== undefined && !line.channels.includes(channel)) continue;
    if (line.when !== undefined && !evaluateCondition(line.when, data)) continue;
    let quantity = 1;
    if (line.perUnit !== undefined) {
      const { value } = resolvePointer(data, line.perUnit.field);
      const units = typeof value === 'number' && Number.isInteger(value) ? value : 0;
      quantity = Math.max(0, units - (line.perUnit.above ?? 0));
      if (quantity === 0) continue;
    }
    out.push({
      code: line.code,
      kind: line.kind,
      name: line.name,
      amount: line.amount,
      quantity,
      total: line.amount * quantity,
    });
  }
  return out;
}
