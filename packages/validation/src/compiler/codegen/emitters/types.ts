/** The emitter contract: one keyword in, JavaScript statements out (or null when it checks nothing). */
import type { KeywordContext } from '../../types.js';
import type { Gen } from '../gen.js';

/**
 * Emits the statements checking one keyword inside a node function, where `v` is the value,
 * `st` the run state, `ann` the annotations (or null) and `ok` the node's verdict. A failure
 * records its issue with `report` and runs `g.FAIL`. `known` names the JSON type `v` is already
 * known to have (the node's type gate), so the keyword may skip its own type test.
 */
export type Emitter = (ctx: KeywordContext, g: Gen, known: string | null) => string | null;

/** `cond` unless the value is already known to be of `type` (then nothing to test). */
export function guard(known: string | null, type: string, test: string): string {
  return known === type ? 'true' : test;
}
