/**
 * Paired latency: each round runs the bare request and the client's request back to back (in
 * alternating order), so load drifting on a shared machine hits both alike; the overhead is the
 * median of the per-pair differences, which is far steadier than a difference of two means.
 */

/** The latencies of one scenario, in microseconds. */
export interface Paired {
  readonly fetchMedianUs: number;
  readonly clientMedianUs: number;
  /** The median of (client − fetch) over the pairs. */
  readonly overheadMedianUs: number;
  /** The 25th and 75th percentiles of (client − fetch). */
  readonly overheadIqrUs: readonly [number, number];
  readonly pairs: number;
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return (performance.now() - start) * 1000;
}

/** Runs `warmup` unmeasured pairs, then `pairs` measured ones. */
export async function paired(
  bare: () => Promise<unknown>,
  client: () => Promise<unknown>,
  pairs = 2000,
  warmup = 300,
): Promise<Paired> {
  const f: number[] = [];
  const c: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < warmup + pairs; i++) {
    const clientFirst = i % 2 === 1;
    const a = clientFirst ? await time(client) : await time(bare);
    const b = clientFirst ? await time(bare) : await time(client);
    if (i < warmup) continue;
    const [fetchUs, clientUs] = clientFirst ? [b, a] : [a, b];
    f.push(fetchUs);
    c.push(clientUs);
    d.push(clientUs - fetchUs);
  }
  const sort = (xs: number[]): number[] => xs.sort((x, y) => x - y);
  const diffs = sort(d);
  return {
    fetchMedianUs: quantile(sort(f), 0.5),
    clientMedianUs: quantile(sort(c), 0.5),
    overheadMedianUs: quantile(diffs, 0.5),
    overheadIqrUs: [quantile(diffs, 0.25), quantile(diffs, 0.75)],
    pairs,
  };
}
