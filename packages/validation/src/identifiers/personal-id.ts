/**
 * The personal identification number (số định danh cá nhân), printed on the citizen identity card
 * (CCCD): 12 digits.
 *
 * - digits 1-3: where the birth was registered: `0` + the province code as it was BEFORE 1 July 2025
 *   (one of 63), or, when the first digit is not `0`, the code of the country of registration;
 * - digit 4: century of birth and sex: 0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, 6/7 =
 *   2200s, 8/9 = 2300s (the pattern runs from the 20th to the 24th century);
 * - digits 5-6: the last two digits of the birth year; digits 7-12: a random serial.
 *
 * There is no official check digit, so none is checked. Structure: Luật Căn cước 26/2023/QH15,
 * Nghị định 70/2024/NĐ-CP and Thông tư 17/2024/TT-BCA (amended by Thông tư 53/2025/TT-BCA), which
 * keep the rules of Thông tư 59/2021/TT-BCA.
 *
 * Births from 2025 on: no public text says whether a birth registered after the reorganisation of
 * 1 July 2025 gets the code of the 2025 province or that of the pre-2025 one. Where the prefix is a
 * 2025 code of a merged province (15 is Yên Bái before and Lào Cai after; 08 is Tuyên Quang before and
 * Tuyên Quang with Hà Giang after), such a number decodes to both readings and is flagged ambiguous.
 */
import type { FormatContext, FormatResult } from '../formats/format-check.js';
import { yearInVietnamAt } from './internal/calendar.js';
import { OLD_PROVINCE_CODES } from './internal/old-province-codes.js';
import { OLD_PROVINCES } from './internal/old-provinces.js';
import { PROVINCES_2025 } from './internal/provinces-2025.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';
import type * as z from 'zod/mini';

/** What a personal identification number says about its holder. */
export interface ParsedPersonalId {
  /** The 12 digits. */
  value: string;
  /** Digits 1-3: the place-of-registration code. */
  placeCode: string;
  /** Whether the birth was registered abroad (first digit not `0`). */
  bornAbroad: boolean;
  /**
   * The province of birth registration, read with the pre-2025 table; absent when born abroad and
   * when the reading is ambiguous (see `provinceReadings`).
   */
  province?: { code: string; name: string };
  /**
   * Present (and true) for a birth year of 2025 or later whose prefix is also the 2025 code of a
   * merged province: the prefix may follow either table until the Ministry of Public Security's
   * practice is confirmed.
   */
  provinceAmbiguous?: true;
  /** With `provinceAmbiguous`: the pre-2025 reading, then the 2025 one. */
  provinceReadings?: readonly ProvinceReading[];
  sex: 'male' | 'female';
  birthYear: number;
  /** Digits 7-12. */
  serial: string;
}

/** One way of reading the place code: with the table before 1 July 2025 or with the 2025 one. */
export interface ProvinceReading {
  table: 'pre-2025' | '2025';
  code: string;
  name: string;
}

/** The first birth year whose place code may follow the 2025 table. */
const FIRST_AMBIGUOUS_YEAR = 2025;

/** Whether the pre-2025 province code `xy` exists, indexed by the number `xy` (0-99). */
const KNOWN_PROVINCE: readonly boolean[] = Array.from({ length: 100 }, (_, i) =>
  OLD_PROVINCE_CODES.includes(String(i).padStart(2, '0')),
);

/** The first year of the century coded by digit 4, indexed by `digit >> 1`. */
const CENTURY_START = [1900, 2000, 2100, 2200, 2300] as const;

function decode(value: string): ParsedPersonalId {
  const placeCode = value.slice(0, 3);
  const centuryDigit = Number(value[3]);
  const birthYear = (CENTURY_START[centuryDigit >> 1] ?? 1900) + Number(value.slice(4, 6));
  const parsed: ParsedPersonalId = {
    value,
    placeCode,
    bornAbroad: placeCode[0] !== '0',
    sex: centuryDigit % 2 === 0 ? 'male' : 'female',
    birthYear,
    serial: value.slice(6),
  };
  const code = placeCode.slice(1);
  const name = parsed.bornAbroad ? undefined : OLD_PROVINCES.get(code);
  if (name === undefined) return parsed;
  const after2025 = PROVINCES_2025.get(code);
  if (birthYear >= FIRST_AMBIGUOUS_YEAR && after2025?.merged === true) {
    parsed.provinceAmbiguous = true;
    parsed.provinceReadings = [
      { table: 'pre-2025', code, name },
      { table: '2025', code, name: after2025.name },
    ];
  } else {
    parsed.province = { code, name };
  }
  return parsed;
}

/** The ASCII digit at `i` of `s` as a number, or -1. */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Checks a personal identification number. Reasons: `pattern` (not 12 digits), `unknown-province`
 * (a `0xx` prefix that is not a pre-2025 province code; params `prefix`), `birth-year-in-future`
 * (params `year`; "now" is `context.now`, default the current date, taken in Vietnam's time zone).
 */
export function checkPersonalId(value: string, context: FormatContext = {}): FormatResult {
  // Scanned in place: nothing is allocated on the way to a valid answer.
  if (value.length !== 12) return fail('pattern');
  for (let i = 0; i < 12; i++) if (digitAt(value, i) < 0) return fail('pattern');
  if (digitAt(value, 0) === 0 && !(KNOWN_PROVINCE[digitAt(value, 1) * 10 + digitAt(value, 2)] ?? false)) {
    return fail('unknown-province', { prefix: value.slice(0, 3) });
  }
  const birthYear =
    (CENTURY_START[digitAt(value, 3) >> 1] ?? 1900) + digitAt(value, 4) * 10 + digitAt(value, 5);
  if (birthYear > yearInVietnamAt(context.now?.getTime() ?? Date.now())) {
    return fail('birth-year-in-future', { year: birthYear });
  }
  return OK;
}

/**
 * Decodes a personal identification number.
 * @returns its parts, or `undefined` when {@link isPersonalId} would say no.
 */
export function parsePersonalId(value: string, context: FormatContext = {}): ParsedPersonalId | undefined {
  return checkPersonalId(value, context).ok ? decode(value) : undefined;
}

/** Whether `value` is a personal identification number (12 digits, known province, past birth year). */
export function isPersonalId(value: string, context: FormatContext = {}): boolean {
  return checkPersonalId(value, context).ok;
}

/** zod schema for `vn-personal-id`; "now" is read at each parse. */
export const personalIdSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-personal-id',
  checkPersonalId,
);
