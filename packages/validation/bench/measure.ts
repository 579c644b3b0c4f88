/** Measuring helpers: tinybench throughput in interleaved rounds, and median compile times. */
import { Bench } from 'tinybench';

/** Throughput of one task: ops/s from the mean latency, and the relative margin of error. */
export interface Throughput {
  name: string;
  opsPerSec: number;
  /** Relative margin of error of the mean latency (%), of the median round. */
  rme: number;
  samples: number;
}

/** Keeps results alive so the engine cannot drop the measured work. */
export const sink = { n: 0 };

/**
 * Runs the tasks in `rounds` tinybench runs (each with its own warm-up), interleaved so that load
 * drifting on a shared machine hits every task alike, and keeps each task's median round.
 */
export async function throughput(
  tasks: Record<string, () => void>,
  rounds = 3,
  time = 1000,
): Promise<Throughput[]> {
  const perTask = new Map<string, { opsPerSec: number; rme: number; samples: number }[]>();
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, warmupTime: 300, warmupIterations: 200, iterations: 200, throws: true });
    for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) {
      const r = task.result;
      if (r.state !== 'completed') throw new Error(`Benchmark task "${task.name}" ended ${r.state}`);
      const list = perTask.get(task.name) ?? [];
      list.push({ opsPerSec: 1000 / r.latency.mean, rme: r.latency.rme, samples: r.latency.samplesCount });
      perTask.set(task.name, list);
    }
  }
  return [...perTask].map(([name, list]) => {
    const sorted = [...list].sort((a, b) => a.opsPerSec - b.opsPerSec);
    const mid = sorted[Math.floor(sorted.length / 2)] ?? { opsPerSec: 0, rme: 0, samples: 0 };
    return { name, ...mid };
  });
}

/** Median and 90th percentile of `runs` timed calls of `compile` after `warmup` untimed ones (ms). */
export function compileTimes(
  prepare: () => () => unknown,
  warmup = 30,
  runs = 200,
): { median: number; p90: number } {
  for (let i = 0; i < warmup; i++) sink.n += prepare()() === undefined ? 0 : 1;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const compile = prepare();
    const t0 = performance.now();
    const out = compile();
    times.push(performance.now() - t0);
    sink.n += out === undefined ? 0 : 1;
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { median: at(0.5), p90: at(0.9) };
}
