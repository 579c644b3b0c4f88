import { describe, expect, it } from 'vitest';
import { appointmentDate, vnDay } from './vn-time.js';

describe('vnDay', () => {
  it('uses the date in Vietnam (UTC+7)', () => {
    expect(vnDay(new Date('2026-11-22T16:59:59Z'))).toBe('261122');
    expect(vnDay(new Date('2026-11-22T17:00:00Z'))).toBe('261123');
    expect(vnDay(new Date('2030-01-05T00:00:00Z'))).toBe('300105');
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
});
