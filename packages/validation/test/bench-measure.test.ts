/**
 * The benchmark's measuring method (bench/measure.ts): CPU time in interleaved rounds whose order
 * rotates, and ratios taken round by round, so `pnpm bench` compares tasks under the same load.
 */
import { describe, expect, it } from 'vitest';
import { speedup, throughput, type Throughput } from '../bench/measure.js';

const rounds = (us: number[]): Throughput => ({
  name: 'task',
  opsPerSec: 0,
  rme: 0,
  samples: us.length,
  min: 0,
  max: 0,
  us,
});

describe('bench measure', () => {
  it('answers the median of the per-round ratios', () => {
    // b is twice as slow as a in every round but two, where load hit one side only.
    const a = rounds([1, 1, 10, 1, 1]);
    const b = rounds([2, 2, 2, 40, 2]);
    expect(speedup(a, b)).toBe(2);
    expect(speedup(b, a)).toBe(0.5);
  });

  it('pairs a round with the same round of the other task', () => {
    // a takes 1 µs and b 2 µs on a quiet machine, ten times that under load; load hit b in three
    // rounds of five: the ratio of the medians would read 20, the rounds read 2.
    const a = rounds([1, 10, 10, 1, 1]);
    const b = rounds([20, 20, 2, 2, 20]);
    expect(speedup(a, b)).toBe(2);
  });

  it('runs every task once per round, the first task rotating from round to round', async () => {
    const order: string[] = [];
    let last = '';
    const task = (name: string) => (): void => {
      if (name !== last) order.push((last = name));
    };
    const out = await throughput({ a: task('a'), b: task('b'), c: task('c') }, 4, 1, 4);
    // After the warm-up (a, b, c one after the other), the rounds: a b c, b c a, c a b, a b c.
    expect(order.slice(3).join('')).toBe('abcbcacababc');
    expect(out.map((t) => t.name)).toEqual(['a', 'b', 'c']);
    for (const t of out) {
      expect(t.us).toHaveLength(4);
      expect(t.samples).toBe(4);
      expect(t.min).toBeLessThanOrEqual(t.opsPerSec);
      expect(t.max).toBeGreaterThanOrEqual(t.opsPerSec);
    }
  });
});
