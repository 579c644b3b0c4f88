/**
 * Where the sandbox writes what it does. The library is silent unless given a logger; the
 * `dvc-sandbox` command passes {@link consoleLogger}. Entries never carry tokens, request bodies
 * or citizens' personal data: only methods, paths with ids, statuses, timings and error codes.
 */

/** Structured fields of a log entry. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/** A minimal structured logger. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger that drops everything (the default). */
export const silentLogger: Logger = {
  info: () => undefined,
  error: () => undefined,
};

function line(message: string, fields: LogFields | undefined): string {
  const parts = Object.entries(fields ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${String(value)}`);
  return [message, ...parts].join(' ');
}

/** A logger that writes one line per entry to stdout (info) and stderr (error). */
export const consoleLogger: Logger = {
  info: (message, fields) => {
    process.stdout.write(`${line(message, fields)}\n`);
  },
  error: (message, fields) => {
    process.stderr.write(`${line(message, fields)}\n`);
  },
};
