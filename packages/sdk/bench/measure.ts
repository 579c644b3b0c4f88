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

const sort = (xs: number[]): number[] => xs.sort((x, y) => x - y);

/**
 * `rounds` pairs of `measure(bare)` and `measure(client)` back to back, the order alternating,
 * after `warmup` unmeasured pairs: each side's values, sorted, and the sorted per-pair differences.
 */
async function alternate(
  measure: (task: () => Promise<unknown>) => Promise<number>,
  bare: () => Promise<unknown>,
  client: () => Promise<unknown>,
  rounds: number,
  warmup: number,
): Promise<{ f: number[]; c: number[]; d: number[] }> {
  const f: number[] = [];
  const c: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const clientFirst = i % 2 === 1;
    const a = await measure(clientFirst ? client : bare);
    const b = await measure(clientFirst ? bare : client);
    if (i < warmup) continue;
    const [fetchUs, clientUs] = clientFirst ? [b, a] : [a, b];
    f.push(fetchUs);
    c.push(clientUs);
    d.push(clientUs - fetchUs);
  }
  return { f: sort(f), c: sort(c), d: sort(d) };
}

/** Runs `warmup` unmeasured pairs, then `pairs` measured ones. */
export async function paired(
  bare: () => Promise<unknown>,
  client: () => Promise<unknown>,
  pairs = 2000,
  warmup = 300,
): Promise<Paired> {
  const { f, c, d: diffs } = await alternate(time, bare, client, pairs, warmup);
  return {
    fetchMedianUs: quantile(f, 0.5),
    clientMedianUs: quantile(c, 0.5),
    overheadMedianUs: quantile(diffs, 0.5),
    overheadIqrUs: [quantile(diffs, 0.25), quantile(diffs, 0.75)],
    pairs,
  };
}

/** CPU time per request of one scenario, in microseconds (the process's user + system time). */
export interface CpuPaired {
  /** The median round of each side, and of (client − fetch) per round, with its min and max. */
  readonly fetchUs: number;
  readonly clientUs: number;
  readonly overheadUs: number;
  readonly overheadMinUs: number;
  readonly overheadMaxUs: number;
  readonly rounds: number;
  readonly batch: number;
}

async function cpuPerCall(task: () => Promise<unknown>, batch: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < batch; i++) await task();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / batch;
}

/**
 * CPU time rather than wall time: on a shared machine a request waits for the CPU for as long as
 * other processes hold it, which wall time counts and CPU time does not. Each round runs a batch of
 * bare requests and a batch through the client (alternating which goes first); the sandbox's CPU
 * time is in both, so the difference is what the client adds. Answers the median round.
 */
export async function cpuPaired(
  bare: () => Promise<unknown>,
  client: () => Promise<unknown>,
  rounds = 15,
  batch = 200,
): Promise<CpuPaired> {
  const { f, c, d: diffs } = await alternate((task) => cpuPerCall(task, batch), bare, client, rounds, 1);
  return {
    fetchUs: quantile(f, 0.5),
    clientUs: quantile(c, 0.5),
    overheadUs: quantile(diffs, 0.5),
    overheadMinUs: diffs[0] ?? Number.NaN,
    overheadMaxUs: diffs.at(-1) ?? Number.NaN,
    rounds,
    batch,
  };
}
