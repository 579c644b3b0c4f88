/**
 * The validation compiler, loaded on demand: a first render never needs it
 * (docs/decisions/0021-first-paint-before-the-compiler.md). `<dvc-form>` starts the load as soon as
 * it has a definition, a widget when it first checks its value; every check waits for it. A load
 * that fails is tried again the next time.
 */
import type { compileSchema } from '@dvc-kit/validation';

/** `compileSchema` of @dvc-kit/validation. */
export type Compile = typeof compileSchema;

let loaded: Compile | undefined;
let loading: Promise<Compile> | undefined;

/** The compiler, when it has loaded. */
export function compilerNow(): Compile | undefined {
  return loaded;
}

/** The compiler's load, if something has started it (`undefined` when nothing has). */
export function compilerLoading(): Promise<Compile> | undefined {
  return loading;
}

/** Loads the compiler (once); resolves with `compileSchema`. */
export function loadCompiler(): Promise<Compile> {
  loading ??= import('./validation-compiler.js').then(
    (part) => (loaded = part.compileSchema),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
