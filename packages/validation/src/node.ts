/// <reference types="node" />
/**
 * @dvc-kit/validation/node: the package for Node (and Deno, Bun) back ends. The same API as the
 * main entry, with a `compileSchema` that compiles the schema's generated JavaScript with
 * `node:vm` (JIT), and `buildValidatorModule` for ahead-of-time modules. Browsers never load this
 * entry: nothing in the main entry imports it, so strict-CSP bundles contain no code generation.
 */
import * as vm from 'node:vm';
import { generate } from './compiler/codegen/generate.js';
import { HELPERS } from './compiler/codegen/gen.js';
import { compileNodes, type CompileOptions } from './compiler/compile-schema.js';
import type { Check } from './compiler/types.js';
import { Validator } from './compiler/validator.js';
import { builtInFormats } from './formats/index.js';
import { isPlainJson } from './internal/data-check.js';
import { helperFunctions } from './internal/runtime/exports.js';
import { internedFormatParams } from './internal/format-params-interned.js';
import { reportAtCached, reportCached } from './internal/report-cached.js';
import { reportFromSite, reportSites } from './internal/report-site.js';

export * from './index.js';
export {
  buildValidatorModule,
  type BuildModuleOptions,
  type BuiltModule,
} from './compiler/codegen/module.js';
export { PrecompiledValidator, type PrecompiledOptions } from './compiler/precompiled.js';

/** Options of the Node `compileSchema`: those of the main entry, and the code generation switch. */
export interface NodeCompileOptions extends CompileOptions {
  /**
   * `auto` (default): generated code, compiled with `node:vm`, falling back to the interpreter when
   * the platform refuses it. `on`: generated code or an error. `off`: the interpreter, as in browsers.
   */
  codegen?: 'auto' | 'on' | 'off';
}

/**
 * The helpers the JIT's code gets in place of the runtime's (not in the browser runtime): format
 * params interned per value, so their wording is kept, and issues whose pushed path's pointer is
 * kept between issues (`internal/report-cached.ts`).
 */
const JIT_HELPERS: Partial<Record<(typeof HELPERS)[number], unknown>> = {
  formatParams: internedFormatParams,
  report: reportCached,
  reportAt: reportAtCached,
};

type Made = { root: Check; nodes: Check[] };
/** `node:vm`'s `Script`, typed here so the entry needs no Node type declarations to lint. */
const Script = (
  vm as unknown as {
    Script: new (code: string, options: { filename: string }) => { runInThisContext(): unknown };
  }
).Script;

/**
 * Compiles generated source into its node functions; null when the platform refuses code generation.
 * A script whose value is the function, rather than `vm.compileFunction`: V8 keeps the compiled
 * script by its source, so compiling a schema whose code was compiled before (a fresh copy of the
 * same schema, another validator of it) skips the parse, as `new Function` does; `compileFunction`
 * parses every time (ADR 0008, seventh amendment). The body is the generator's own text: its
 * strings are JSON literals, so it cannot end the wrapping function early.
 */
function compileBody(body: string, strict: boolean): ((...args: unknown[]) => Made) | null {
  try {
    const source = `(function (${[...HELPERS, 'F', 'J', 'K', 'Q'].join(', ')}) {"use strict";\n${body}\n})`;
    return new Script(source, { filename: 'dvc-kit-validator.js' }).runInThisContext() as (
      ...args: unknown[]
    ) => Made;
  } catch (e) {
    if (strict || !(e instanceof EvalError)) throw e;
    return null;
  }
}

/**
 * Compiles a JSON Schema into a validator whose checks are generated JavaScript (same verdicts,
 * issues, pointers and messages as the interpreter; `validateAt`, `activeFields` and the zod face
 * included).
 * @throws SchemaError as the main entry's `compileSchema`.
 */
export function compileSchema<T = unknown>(
  definition: unknown,
  options: NodeCompileOptions = {},
): Validator<T> {
  const compiled = compileNodes(definition, options);
  const mode = options.codegen ?? 'auto';
  if (mode !== 'off') {
    const out = generate(compiled, { fast: true, ascii: true, jit: true });
    const make = compileBody(out.body, mode === 'on');
    if (make !== null) {
      const made = make(
        ...HELPERS.map((h) => JIT_HELPERS[h] ?? helperFunctions[h]),
        builtInFormats(options.formats),
        isPlainJson,
        reportFromSite,
        reportSites,
      );
      out.nodes.forEach((node, i) => {
        node.validate = made.nodes[i] as Check;
      });
      // The generated checks test JSON as they go (ADR 0022): no pre-walk before a valid run
      // (but for the schema `true`, which checks nothing).
      return new Validator<T>(compiled.root, { ...compiled.run, fusedJson: compiled.root.schema !== true });
    }
  }
  return new Validator<T>(compiled.root, compiled.run);
}
