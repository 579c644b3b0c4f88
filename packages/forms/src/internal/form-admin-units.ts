/** Reading a province or commune list from an `AdminUnitsProvider`, whatever shape it answers in. */
import type { AdminUnitList, AdminUnitOption } from '../components/form/admin-units.js';

/** The most units read from one list (Vietnam has 3,321 communes in all; a province far fewer). */
const MAX_UNITS = 5000;

/** Reads a list to the end, keeping only `code` and `name`. */
export async function readAdminUnits(list: AdminUnitList): Promise<AdminUnitOption[]> {
  const out: AdminUnitOption[] = [];
  const keep = ({ code, name }: AdminUnitOption): void => {
    if (out.length < MAX_UNITS) out.push({ code, name });
  };
  if (typeof list === 'object' && Symbol.asyncIterator in list) {
    for await (const unit of list) {
      keep(unit);
      if (out.length >= MAX_UNITS) break;
    }
  } else {
    for (const unit of await list) keep(unit);
  }
  return out;
}
