/**
 * Two copies of the issue maker in one process, as when a precompiled module bundled with its own
 * runtime runs beside the package (the JIT, the interpreter): each copy's issues must keep fast
 * (non-dictionary) properties, whichever copy made an issue first. V8 turns an object into a
 * dictionary when its map already has a `message` accessor transition with another getter and
 * setter; that made the second copy's every issue slow (ADR 0020, session 12). Checked with V8's
 * own `%HasFastProperties` in a child Node process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dvc-two-copies-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('issues of two copies of the runtime in one process', () => {
  it('keep fast properties in both copies, in either order', async () => {
    const file = join(dir, 'issue.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('../../src/internal/issue.ts', import.meta.url))],
      bundle: true,
      outfile: file,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const url = pathToFileURL(file).href;
    // The same file under two URLs: two module instances, as two bundles would be.
    const script = `
      const a = await import(${JSON.stringify(url + '?a')});
      const b = await import(${JSON.stringify(url + '?b')});
      const fast = (o) => %HasFastProperties(o);
      const book = { vi: {}, en: {} };
      const out = [];
      for (const [name, m] of [['a', a], ['b', b], ['a', a]])
        out.push(name + ':' + fast(m.makeIssue('/x', 'type', { expected: ['string'] }, undefined, 'vi', book)));
      console.log(out.join(' '));`;
    const output = execFileSync(
      process.execPath,
      ['--allow-natives-syntax', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    expect(output.trim()).toBe('a:true b:true a:true');
  }, 60_000);
});
