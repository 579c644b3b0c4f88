/**
 * Dates of the legacy sync format: `yyyyMMddHHmmss` in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight
 * saving), an empty string for no date. Seconds are the finest unit: milliseconds are dropped.
 */
import { LegacySyncError } from './errors.js';

const OFFSET_MS = 7 * 60 * 60 * 1000;

/** `2026-11-23T02:00:00.000Z` → `20261123090000`; `null` → `''`. */
export function toLegacyDate(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${iso}`);
  return new Date(time + OFFSET_MS).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}

/**
 * `20261123090000` → `2026-11-23T02:00:00.000Z`; `''` → `null`.
 * @throws LegacySyncError (`legacy_date`) naming `field` when the value is not a real date in this format.
 */
export function fromLegacyDate(value: string | undefined, field: string): string | null {
  if (value === undefined || value === '') return null;
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (match !== null) {
    const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const local = Date.UTC(year, month - 1, day, hour, minute, second);
    const back = new Date(local);
    // Date.UTC rolls 31 February over to March: a date that does not come back the same is not real.
    if (
      back.getUTCFullYear() === year &&
      back.getUTCMonth() === month - 1 &&
      back.getUTCDate() === day &&
      back.getUTCHours() === hour &&
      back.getUTCMinutes() === minute &&
      back.getUTCSeconds() === second
    )
      return new Date(local - OFFSET_MS).toISOString();
  }
  throw new LegacySyncError(
    `"${field}" không phải ngày giờ dạng yyyyMMddHHmmss / "${field}" is not a yyyyMMddHHmmss date: ${value}`,
    { code: 'legacy_date', field },
  );
}
