import { describe, expect, it } from 'vitest';
import { backoffDelay, mayRetry } from './retry.js';

describe('backoffDelay (full jitter)', () => {
  const backoff = { initialDelay: 100, maxDelay: 1000 };
  it('draws between 0 and min(max, initial * 2^attempt)', () => {
    expect(backoffDelay(0, backoff, () => 0)).toBe(0);
    expect(backoffDelay(0, backoff, () => 0.999)).toBe(99);
    expect(backoffDelay(2, backoff, () => 0.5)).toBe(200);
    expect(backoffDelay(10, backoff, () => 0.999)).toBe(999);
  });
});

describe('mayRetry', () => {
  it('allows safe methods and keyed requests only', () => {
    expect(mayRetry('GET', new Headers())).toBe(true);
    expect(mayRetry('POST', new Headers())).toBe(false);
    expect(mayRetry('PATCH', new Headers())).toBe(false);
    expect(mayRetry('POST', new Headers({ 'idempotency-key': 'k' }))).toBe(true);
  });
});
