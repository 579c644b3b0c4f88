#!/usr/bin/env node
/**
 * `dvc-sandbox`: runs the sandbox until Ctrl+C.
 *
 *   dvc-sandbox [--port 4010] [--host 127.0.0.1] [--public-url origin] [--data-dir .dvc-sandbox] [--in-memory] [--recover] [--quiet]
 *               [--speed 1] [--latency ms] [--rate-limit-rate r] [--error-rate r] [--drop-rate r]
 */
import { parseArgs } from 'node:util';
import { consoleLogger } from './logger.js';
import { createSandbox } from './sandbox.js';

const usage = `Usage: dvc-sandbox [options]

  --port <n>        TCP port (default 4010; 0 picks a free one)
  --host <address>  interface to listen on (default 127.0.0.1)
  --public-url <origin>  the origin clients use (OIDC issuer, checkoutUrl; default the listening
                    address); the Host header is never used for it
  --data-dir <dir>  where dossiers are kept (default ./.dvc-sandbox)
  --in-memory       keep nothing on disk
  --recover         start although a journal line is damaged: keep the commits before it
                    (the journal is copied to journal.jsonl.damaged-<time> first)
  --quiet           do not log requests (errors are still written to stderr)
  --speed <n>       lifecycle speed-up factor (default 1; 60 makes a minute a second)
  --latency <ms>    add latency to every request
  --rate-limit-rate <0..1>  share of requests answered 429 with Retry-After
  --error-rate <0..1>       share of requests answered 500
  --drop-rate <0..1>        share of successful writes whose connection is dropped after the commit
  --help            show this help
`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'public-url': { type: 'string' },
        'in-memory': { type: 'boolean' },
        recover: { type: 'boolean' },
        quiet: { type: 'boolean' },
        speed: { type: 'string' },
        latency: { type: 'string' },
        'rate-limit-rate': { type: 'string' },
        'error-rate': { type: 'string' },
        'drop-rate': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help === true) {
    process.stdout.write(usage);
    return 0;
  }
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be an integer from 0 to 65535\n`);
    return 2;
  }
  const numbers: Record<string, number | undefined> = {};
  for (const [name, max] of [
    ['speed', Infinity],
    ['latency', Infinity],
    ['rate-limit-rate', 1],
    ['error-rate', 1],
    ['drop-rate', 1],
  ] as const) {
    const raw = values[name];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (
      raw.trim() === '' ||
      !Number.isFinite(value) ||
      value < 0 ||
      value > max ||
      (name === 'speed' && value === 0)
    ) {
      process.stderr.write(`--${name} must be a number${max === 1 ? ' from 0 to 1' : ' above 0'}\n`);
      return 2;
    }
    numbers[name] = value;
  }
  const defined = <T extends Record<string, number | undefined>>(o: T): Partial<Record<keyof T, number>> =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<
      Record<keyof T, number>
    >;
  const sandbox = await createSandbox({
    port,
    ...(values.host === undefined ? {} : { host: values.host }),
    ...(values['data-dir'] === undefined ? {} : { dataDir: values['data-dir'] }),
    ...(values['public-url'] === undefined ? {} : { publicUrl: values['public-url'] }),
    inMemory: values['in-memory'] === true,
    recover: values.recover === true,
    // Quiet drops the request log, never the errors (a repaired data directory, a failed tick).
    logger:
      values.quiet === true
        ? {
            info: () => undefined,
            error: (message, fields) => {
              consoleLogger.error(message, fields);
            },
          }
        : consoleLogger,
    lifecycle: defined({ speed: numbers['speed'] }),
    faults: defined({
      latencyMs: numbers['latency'],
      rateLimitRate: numbers['rate-limit-rate'],
      serverErrorRate: numbers['error-rate'],
      dropAfterCommitRate: numbers['drop-rate'],
    }),
  });
  process.stdout.write(
    `dvc-sandbox listening on ${sandbox.url}\n` +
      (sandbox.publicUrl === sandbox.url ? '' : `public URL: ${sandbox.publicUrl}\n`) +
      `data: ${sandbox.dataDir ?? 'in memory'}\n` +
      `try: curl ${sandbox.url}/v1/procedures?q=khai+sinh\n`,
  );
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // A second Ctrl+C does not wait for the shutdown.
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await sandbox.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dvc-sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
