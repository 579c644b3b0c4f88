// @ts-check
/**
 * docs/benchmarks.md: a header (machine, versions, how to run), the targets missed, then one block
 * per part between `<!-- part:begin -->` and `<!-- part:end -->`. A run rewrites the blocks it
 * measured and keeps the others (so `--only size` leaves the rendering results as they were); the
 * summary of misses is rebuilt from every part's docs/benchmarks/<part>.json.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PARTS = /** @type {const} */ (['render', 'size', 'validation', 'sdk']);

/** @param {string} page @param {string} name */
function block(page, name) {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const from = page.indexOf(begin);
  const to = page.indexOf(end);
  return from >= 0 && to > from ? page.slice(from + begin.length, to).trim() : undefined;
}

/** Every flag recorded in docs/benchmarks/*.json. @param {string} dir */
function allFlags(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap(
      (f) =>
        /** @type {{ flags?: import('./targets.mjs').Flag[] }} */ (
          JSON.parse(readFileSync(join(dir, f), 'utf8'))
        ).flags ?? [],
    );
}

/**
 * @param {{ old: string, fresh: Partial<Record<(typeof PARTS)[number], string>>, header: string, jsonDir: string }} o
 */
export function composePage(o) {
  const flags = allFlags(o.jsonDir);
  const missed = flags.filter((f) => !f.pass);
  const summary = [
    '## Targets',
    '',
    `${missed.length} of ${flags.length} results miss their target (issues 16 and 18; the validation targets are checked by its own bench).`,
    '',
    '| Part | Target | Measured | Result |',
    '|---|---|---:|:---:|',
    ...flags.map(
      (f) =>
        `| ${f.part} | ${f.target.replaceAll('|', '\\|')} | ${f.measured} | ${f.pass ? 'PASS' : '⚠️ **MISS**'} |`,
    ),
    '',
  ].join('\n');
  const blocks = PARTS.map((p) => {
    const body = o.fresh[p] ?? block(o.old, p) ?? `Not measured yet: \`corepack pnpm bench --only ${p}\`.`;
    return `<!-- ${p}:begin -->\n\n${body.trim()}\n\n<!-- ${p}:end -->`;
  });
  return [o.header.trim(), '', summary, ...blocks.flatMap((b) => [b, '']), ''].join('\n');
}
