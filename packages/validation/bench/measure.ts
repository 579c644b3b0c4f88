/**
 * Measuring helpers: throughput as CPU time in interleaved rounds, and median compile times.
 *
 * Throughput is timed with the process's CPU time (`process.cpuUsage`, all threads: the garbage
 * collector's helpers included), not wall time: on the shared 2-core machine the process is
 * descheduled for most of a wall-clock second at load 10-20, and a tinybench task's mean latency
 * then measured the scheduler (± 10-30% per round, the same validator reading 0.4× to 1.3× of
 * another from one run to the next). Each task runs in short batches of about `roundMs` of CPU,
 * every task once per round, the order rotating from round to round so that no task always
 * follows the same one (whose garbage its batch may collect). Even CPU time drifts by 2× under
 * load (other processes share the caches and the cores' siblings), so ratios are the median of
 * the per-round ratios (`speedup`): two tasks measured a few milliseconds apart see the same load.
 */

/** Throughput of one task: ops per CPU second of its median round, and the spread of its rounds. */
export interface Throughput {
  name: string;
  /** Calls per second of CPU time, in the task's median round. */
  opsPerSec: number;
  /** Half the spread of the rounds (fastest - slowest), relative to the median round (%). */
  rme: number;
  /** Rounds measured. */
  samples: number;
  /** Calls per CPU second of the task's slowest and fastest rounds. */
  min: number;
  max: number;
  /** CPU µs per call in each round, in the order of the rounds. */
  us: number[];
}

/** How many times faster `a` ran than `b`: the median of their per-round ratios. */
export function speedup(a: Throughput, b: Throughput): number {
  const n = Math.min(a.us.length, b.us.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) ratios.push((b.us[i] as number) / (a.us[i] as number));
  ratios.sort((x, y) => x - y);
  return n === 0 ? Number.NaN : (ratios[Math.floor(n / 2)] as number);
}

/** Keeps results alive so the engine cannot drop the measured work. */
export const sink = { n: 0 };

/** CPU time the process has used, all threads, in µs. */
function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Runs `fn` for `ms` of CPU (and at least 200 calls); answers its calls per µs. */
function callsPerMicro(fn: () => void, ms: number): number {
  const t0 = cpuMicros();
  let calls = 0;
  let spent = 0;
  while (calls < 200 || spent < ms * 1000) {
    for (let i = 0; i < 20; i++) fn();
    calls += 20;
    spent = cpuMicros() - t0;
  }
  return calls / Math.max(spent, 1);
}

/**
 * Runs the tasks in `rounds` interleaved rounds after a warm-up of `warmUpMs` of CPU each (the
 * batch sized from its second half), every task a batch of about `roundMs` of CPU per round,
 * and keeps each task's rounds.
 */
export async function throughput(
  tasks: Record<string, () => void>,
  rounds = 31,
  roundMs = 30,
  warmUpMs = 200,
): Promise<Throughput[]> {
  const list = Object.entries(tasks);
  const batch = list.map(([, fn]) => {
    callsPerMicro(fn, warmUpMs / 2);
    return Math.max(1, Math.round(callsPerMicro(fn, warmUpMs / 2) * roundMs * 1000));
  });
  const perCall = list.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < list.length; k++) {
      const at = (k + round) % list.length;
      const fn = (list[at] as [string, () => void])[1];
      const calls = batch[at] as number;
      const t0 = cpuMicros();
      for (let i = 0; i < calls; i++) fn();
      (perCall[at] as number[]).push((cpuMicros() - t0) / calls);
    }
    // Lets timers and pending promises run between rounds, as the event loop would.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return list.map(([name], at) => {
    const us = perCall[at] as number[];
    const sorted = [...us].sort((a, b) => a - b);
    const mid = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    const fastest = sorted[0] ?? Number.NaN;
    const slowest = sorted[sorted.length - 1] ?? Number.NaN;
    return {
      name,
      opsPerSec: 1e6 / mid,
      rme: ((slowest - fastest) / 2 / mid) * 100,
      samples: sorted.length,
      min: 1e6 / slowest,
      max: 1e6 / fastest,
      us,
    };
  });
}

/**
 * Median and 90th percentile of the CPU time (ms) of `runs` calls of `compile`, after `warmup`
 * untimed ones; CPU time for the reason `throughput` uses it.
 */
export function compileTimes(
  prepare: () => () => unknown,
  warmup = 30,
  runs = 200,
): { median: number; p90: number } {
  for (let i = 0; i < warmup; i++) sink.n += prepare()() === undefined ? 0 : 1;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const compile = prepare();
    const t0 = cpuMicros();
    const out = compile();
    times.push((cpuMicros() - t0) / 1000);
    sink.n += out === undefined ? 0 : 1;
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { median: at(0.5), p90: at(0.9) };
}
