/** Reading untrusted legacy records: each field checked, each failure naming the field. */
import { fromLegacyDate } from './dates.js';
import { LegacySyncError } from './errors.js';

/** A plain object, or `undefined`. */
export function objectAt(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The error of a missing or malformed `field`. */
export function badField(field: string, vi: string, en: string): LegacySyncError {
  return new LegacySyncError(`Trường "${field}" ${vi}. / Field "${field}" ${en}.`, {
    code: 'legacy_field',
    field,
  });
}

/** A reader of one record, prefixing field names with `path` (e.g. `TaiLieuNop[0].`). */
export class RecordReader {
  readonly #record: Record<string, unknown>;
  readonly #path: string;

  constructor(value: unknown, path: string) {
    const record = objectAt(value);
    if (record === undefined)
      throw badField(path === '' ? '(record)' : path, 'không phải đối tượng', 'is not an object');
    this.#record = record;
    this.#path = path === '' ? '' : `${path}.`;
  }

  /** A string field: `''` when absent, an error when another type (or absent and `required`). */
  string(field: string, required = false): string {
    const value = this.#record[field];
    if (value === undefined || value === null) {
      if (required) throw badField(this.#path + field, 'bị thiếu', 'is missing');
      return '';
    }
    if (typeof value !== 'string') throw badField(this.#path + field, 'phải là chuỗi', 'must be a string');
    if (required && value === '') throw badField(this.#path + field, 'bị thiếu', 'is missing');
    return value;
  }

  /** One of `allowed` (`fallback` when absent and there is one). */
  oneOf<T extends string>(field: string, allowed: readonly T[], fallback?: T): T {
    const value = this.string(field, fallback === undefined);
    if (value === '' && fallback !== undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value))
      throw badField(this.#path + field, `không hợp lệ: ${value}`, `is not valid: ${value}`);
    return value as T;
  }

  /** A `yyyyMMddHHmmss` date as ISO, `null` when empty. */
  date(field: string): string | null {
    return fromLegacyDate(this.string(field), this.#path + field);
  }

  /** A non-negative integer written as a string. */
  integer(field: string): number {
    const value = this.string(field, true);
    if (!/^\d{1,15}$/.test(value))
      throw badField(this.#path + field, `phải là số nguyên: ${value}`, `must be an integer: ${value}`);
    return Number(value);
  }

  /** An array field read item by item (`[]` when absent). */
  list<T>(field: string, read: (item: RecordReader) => T): T[] {
    const value = this.#record[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw badField(this.#path + field, 'phải là mảng', 'must be an array');
    return value.map((item, index) =>
      read(new RecordReader(item, `${this.#path}${field}[${String(index)}]`)),
    );
  }
}
