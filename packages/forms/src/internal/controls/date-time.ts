/**
 * RFC 3339 date-times as a person reads them in Vietnam: `dd/mm/yyyy` and `hh:mm` in Vietnam time
 * (UTC+07:00, no daylight saving), and back.
 */
import { parseDisplayDate } from '@dvc-kit/validation';

/** Vietnam's offset from UTC. */
export const VIETNAM_OFFSET = '+07:00';
const OFFSET_MS = 7 * 3600_000;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/;

const two = (n: number): string => String(n).padStart(2, '0');

/** The date (`dd/mm/yyyy`) and time (`hh:mm`, `hh:mm:ss` with seconds) of `value` in Vietnam time. */
export function splitDateTime(value: string): { date: string; time: string } | undefined {
  if (!RFC3339.test(value)) return undefined;
  const ms = Date.parse(value.replace(' ', 'T'));
  if (Number.isNaN(ms)) return undefined;
  const local = new Date(ms + OFFSET_MS);
  const seconds = local.getUTCSeconds();
  return {
    date: `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`,
    time: `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}${seconds === 0 ? '' : `:${two(seconds)}`}`,
  };
}

/** Reads `hh:mm`, `hh:mm:ss`, `hh.mm`, `hhhmm` or `hhmm` into `hh:mm:ss`. */
export function readTime(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.hH]?(\d{2}))(?::(\d{2}))?$/.exec(text.trim());
  if (m === null) return undefined;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return undefined;
  return `${two(h)}:${two(min)}:${two(s)}`;
}

/** The RFC 3339 date-time (Vietnam time) of a typed date and time, or `undefined` when either is not valid. */
export function joinDateTime(date: string, time: string): string | undefined {
  const trimmed = date.trim();
  const slashed = /^\d{8}$/.test(trimmed)
    ? `${trimmed.slice(0, 2)}/${trimmed.slice(2, 4)}/${trimmed.slice(4)}`
    : trimmed;
  const iso = parseDisplayDate(slashed);
  const clock = readTime(time);
  return iso === undefined || clock === undefined ? undefined : `${iso}T${clock}${VIETNAM_OFFSET}`;
}
