import { describe, expect, it } from 'vitest';
import { PUBLIC_HOLIDAYS } from './holidays.js';
import { appointmentDate, isWorkingDay, vnDay, vnIsoDay } from './vn-time.js';

/** 17:00 in Vietnam on `day` (YYYY-MM-DD), as an ISO instant. */
const due = (day: string): string => new Date(`${day}T10:00:00.000Z`).toISOString();
/** `hh:mm` in Vietnam on `day`. */
const at = (day: string, hhmm: string): Date => new Date(`${day}T${hhmm}:00+07:00`);
const localDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

describe('vnDay', () => {
  it('uses the date in Vietnam (UTC+7)', () => {
    expect(vnDay(new Date('2026-11-22T16:59:59Z'))).toBe('261122');
    expect(vnDay(new Date('2026-11-22T17:00:00Z'))).toBe('261123');
    expect(vnDay(new Date('2030-01-05T00:00:00Z'))).toBe('300105');
    expect(vnIsoDay(new Date('2026-11-22T17:00:00Z'))).toBe('2026-11-23');
  });
});

describe('isWorkingDay', () => {
  it('skips weekends and public holidays, and counts a Saturday worked in exchange', () => {
    expect(isWorkingDay(localDay('2026-11-23'))).toBe(true); // Monday
    expect(isWorkingDay(localDay('2026-11-28'))).toBe(false); // Saturday
    expect(isWorkingDay(localDay('2026-02-17'))).toBe(false); // Tết Bính Ngọ
    expect(isWorkingDay(localDay('2026-04-27'))).toBe(false); // Giỗ Tổ (Sunday 26/4) made up
    expect(isWorkingDay(localDay('2025-09-01'))).toBe(false); // Quốc khánh 2025
    expect(isWorkingDay(localDay('2025-04-26'))).toBe(true); // Saturday worked for Friday 2/5/2025
    expect(isWorkingDay(localDay('2025-05-02'))).toBe(false);
  });

  it('lists only weekdays, and each year has Tết Dương lịch, 5 Tết days, Giỗ Tổ, 30/4, 1/5 and Quốc khánh', () => {
    for (const day of PUBLIC_HOLIDAYS) expect([0, 6], day).not.toContain(localDay(day).getUTCDay());
    for (const year of ['2025', '2026', '2027']) {
      const days = [...PUBLIC_HOLIDAYS].filter((d) => d.startsWith(year));
      expect(days, year).toContain(`${year}-01-01`);
      expect(days.length, year).toBeGreaterThanOrEqual(11);
    }
  });
});

describe('appointmentDate', () => {
  const monday9am = new Date('2026-11-23T02:00:00Z');
  it('is 17:00 in Vietnam the same working day for 0 days', () => {
    expect(appointmentDate(monday9am, 0).toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });

  it('skips weekends', () => {
    expect(appointmentDate(monday9am, 5).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    const saturday = new Date('2026-11-28T03:00:00Z');
    expect(appointmentDate(saturday, 0).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    const friday = new Date('2026-11-27T03:00:00Z');
    expect(appointmentDate(friday, 1).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });

  it('runs across Tết Bính Ngọ 2026 (off Saturday 14 to Sunday 22 February)', () => {
    // Received Friday 13/02 at 10:00: 1 working day is Monday 23/02.
    expect(appointmentDate(at('2026-02-13', '10:00'), 1).toISOString()).toBe(due('2026-02-23'));
    // Residence, 7 working days from Thursday 12/02: 13, 23, 24, 25, 26, 27/02, 02/03.
    expect(appointmentDate(at('2026-02-12', '09:00'), 7).toISOString()).toBe(due('2026-03-02'));
  });

  it('runs across Tết Đinh Mùi 2027 (eve Friday 5 February; days made up to Thursday 11)', () => {
    expect(appointmentDate(at('2027-02-04', '10:00'), 1).toISOString()).toBe(due('2027-02-12'));
    // Received on the eve of Tết (a holiday): counts from Friday 12/02, due 3 working days later.
    expect(appointmentDate(at('2027-02-05', '08:00'), 3).toISOString()).toBe(due('2027-02-17'));
  });

  it('counts a dossier received at or after the 15:00 cut-off from the next working day', () => {
    const options = { cutOffTime: '15:00' };
    expect(appointmentDate(at('2026-11-23', '14:59'), 1, options).toISOString()).toBe(due('2026-11-24'));
    expect(appointmentDate(at('2026-11-23', '15:00'), 1, options).toISOString()).toBe(due('2026-11-25'));
    // Friday after 15:00: from Monday, due Tuesday.
    expect(appointmentDate(at('2026-11-27', '16:30'), 1, options).toISOString()).toBe(due('2026-12-01'));
    // Without a cut-off the time of day does not matter.
    expect(appointmentDate(at('2026-11-23', '16:30'), 1).toISOString()).toBe(due('2026-11-24'));
  });

  it('skips 30/4–1/5 and a Giỗ Tổ made up on Monday', () => {
    // Received Friday 24/04/2026; 7 working days after: 28, 29/04, 04, 05, 06, 07, 08/05 (27/4, 30/4, 1/5 off).
    expect(appointmentDate(at('2026-04-24', '09:00'), 7).toISOString()).toBe(due('2026-05-08'));
  });
});
