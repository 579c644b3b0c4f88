import { describe, expect, it } from 'vitest';
import { localeOf } from './locale.js';

describe('localeOf', () => {
  it('prefers Vietnamese unless English is preferred', () => {
    expect(localeOf(undefined)).toBe('vi');
    expect(localeOf('fr-FR')).toBe('vi');
    expect(localeOf('en-US,en;q=0.9')).toBe('en');
    expect(localeOf('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(localeOf('en;q=0.5, vi;q=0.7')).toBe('vi');
    expect(localeOf('en;q=0')).toBe('vi');
  });
});
