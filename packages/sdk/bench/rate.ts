/**
 * Dossiers per second: draft dossiers created (`POST /dossiers`, an idempotency key each) against
 * the in-memory sandbox for a fixed time, through the client and through bare `fetch`, one at a
 * time and `concurrency` at once; the two sides alternate over several rounds so drifting load on
 * a shared machine hits both alike, and each side's median round is kept.
 */

/** Dossiers per second of one side, median round (and the slowest and fastest rounds). */
export interface Rate {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Creates as many dossiers as `concurrency` workers can in `ms`; answers dossiers per second. */
async function run(create: () => Promise<unknown>, concurrency: number, ms: number): Promise<number> {
  const end = performance.now() + ms;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      await create();
      done++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (done * 1000) / (performance.now() - start);
}

const median = (xs: number[]): Rate => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: s[Math.floor(s.length / 2)] ?? Number.NaN,
    min: s[0] ?? Number.NaN,
    max: s.at(-1) ?? Number.NaN,
  };
};

/** `rounds` alternating rounds of `ms` each side, after one unmeasured round. */
export async function dossierRates(
  bare: () => Promise<unknown>,
  client: () => Promise<unknown>,
  concurrency: number,
  rounds = 5,
  ms = 1000,
): Promise<{ fetch: Rate; client: Rate }> {
  await run(bare, concurrency, 200);
  await run(client, concurrency, 200);
  const f: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      f.push(await run(bare, concurrency, ms));
      c.push(await run(client, concurrency, ms));
    } else {
      c.push(await run(client, concurrency, ms));
      f.push(await run(bare, concurrency, ms));
    }
  }
  return { fetch: median(f), client: median(c) };
}
