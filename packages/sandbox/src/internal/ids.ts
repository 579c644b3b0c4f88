/** Resource ids: a short prefix and 24 random hex digits (`dos_…`, `att_…`, `pay_…`, `req_…`). */
import { randomBytes } from 'node:crypto';

/** A new random id such as `dos_0f3c2b1a9e8d7c6b5a493827`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}
