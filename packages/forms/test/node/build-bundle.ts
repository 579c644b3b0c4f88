/**
 * Builds @dvc-kit/forms into one minified ES module, as a page would ship it: Lit, zod, the
 * validation core (vi and en messages) and the forms, resolved from TypeScript sources through the
 * `@dvc-kit/source` export condition. Used by the size budget and the CSP page test.
 */
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { rollup, type Plugin } from 'rollup';

/** The entry of the bundle: the package's public entry. */
export const FORMS_ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** Strips TypeScript (and lowers decorators) with esbuild, file by file. */
function typescript(): Plugin {
  return {
    name: 'dvc-strip-types',
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { code: out.code, map: null };
    },
  };
}

/** Bundles `entry` (default: the forms) into one minified ES module; returns its code. */
export async function buildFormsBundle(entry: string = FORMS_ENTRY): Promise<string> {
  const bundle = await rollup({
    input: entry,
    plugins: [
      typescript(),
      nodeResolve({
        extensions: ['.ts', '.js', '.mjs', '.json'],
        exportConditions: ['@dvc-kit/source', 'browser', 'import', 'default'],
        browser: true,
      }),
    ],
    onwarn(warning, warn) {
      // zod's comments about esbuild's tree-shaking are not annotations rollup reads; harmless.
      if (['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'INVALID_ANNOTATION'].includes(warning.code ?? ''))
        return;
      warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({
      format: 'es',
      inlineDynamicImports: true,
      plugins: [terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })],
    });
    const [chunk] = output;
    return chunk.code;
  } finally {
    await bundle.close();
  }
}
