/**
 * Public holidays of 2025–2027 as non-working weekdays for state agencies, and the Saturdays
 * worked in exchange (ngày làm bù). The holidays are those of Bộ luật Lao động 2019, Điều 112:
 * Tết Dương lịch (1 January), Tết Âm lịch (5 days), Giỗ Tổ Hùng Vương (10th day of the 3rd lunar
 * month), 30 April, 1 May, Quốc khánh (2 September and one adjacent day); a holiday on a weekend
 * is made up the next working day (Điều 111(3)). The lunar dates were computed with the
 * Vietnamese calendar (UTC+7) and match the published dates: Tết Ất Tỵ 29/01/2025, Bính Ngọ
 * 17/02/2026, Đinh Mùi 06/02/2027; Giỗ Tổ 07/04/2025, 26/04/2026, 16/04/2027.
 * Sources and which rows are announced or only computed by the rule: docs/domain-sources.md.
 * Only weekdays are listed: weekends are never working days unless in WORKED_SATURDAYS.
 */

/** `YYYY-MM-DD` weekdays on which agencies do not work. */
export const PUBLIC_HOLIDAYS: ReadonlySet<string> = new Set([
  // 2025 (announced: Tết 25/01–02/02; 30/4 holiday 30/4–04/5 with 02/5 worked on Sat 26/4; Quốc khánh 30/8–02/9).
  '2025-01-01',
  '2025-01-27',
  '2025-01-28',
  '2025-01-29',
  '2025-01-30',
  '2025-01-31',
  '2025-04-07',
  '2025-04-30',
  '2025-05-01',
  '2025-05-02',
  '2025-09-01',
  '2025-09-02',
  // 2026 (announced: Tết 14/02–22/02; Giỗ Tổ on Sunday 26/4, made up Monday 27/4).
  '2026-01-01',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-04-27',
  '2026-04-30',
  '2026-05-01',
  '2026-09-01',
  '2026-09-02',
  // 2027 (computed by the rule; the Government's arrangement was not published in the sources read):
  // Tết 05/02 (eve) to 09/02, with Sat 06/02 and Sun 07/02 made up on 10/02 and 11/02; 1 May on a
  // Saturday made up on Monday 03/5; Quốc khánh 02/9 (Thursday) with Friday 03/9.
  '2027-01-01',
  '2027-02-05',
  '2027-02-08',
  '2027-02-09',
  '2027-02-10',
  '2027-02-11',
  '2027-04-16',
  '2027-04-30',
  '2027-05-03',
  '2027-09-02',
  '2027-09-03',
]);

/** `YYYY-MM-DD` Saturdays worked in exchange for a bridged weekday. */
export const WORKED_SATURDAYS: ReadonlySet<string> = new Set(['2025-04-26']);

/** The years the table covers; outside them only weekends are skipped. */
export const HOLIDAY_YEARS = [2025, 2026, 2027] as const;
