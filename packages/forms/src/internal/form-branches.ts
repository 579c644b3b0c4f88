/**
 * Which fields apply beyond what the validator's `activeFields` says. A field declared only in a
 * condition's branch is "gated": it applies while the validator counts it active. The fields of a
 * choice (`oneOf`/`anyOf` of object shapes) apply when their branch is the one chosen (or the one
 * the data fits); the others keep their values while the person switches, but are left out of the
 * data, as hidden conditional fields are. Every other declared field always applies.
 */
import type { FieldNode } from './form-fields.js';

/** The branch chosen at a choice field. */
export type ChosenBranch = (node: FieldNode) => number;

/** The pointers of the fields that apply only sometimes: conditional ones, those of choices, and all below. */
export function gatedPointers(
  nodes: readonly FieldNode[],
  out = new Set<string>(),
  under = false,
): Set<string> {
  for (const node of nodes) {
    const gated = under || node.conditional === true;
    if (gated) out.add(node.pointer);
    gatedPointers(node.children, out, gated);
    for (const branch of node.branches ?? []) gatedPointers(branch.children, out, true);
  }
  return out;
}

/** The fields of the chosen branches (`chosen`) and of the others (`unchosen`), through nested choices. */
export function branchFields(
  nodes: readonly FieldNode[],
  chosen: ChosenBranch,
  out = { chosen: new Set<string>(), unchosen: new Set<string>() },
  state: 'base' | 'chosen' | 'unchosen' = 'base',
): { chosen: Set<string>; unchosen: Set<string> } {
  for (const node of nodes) {
    if (state !== 'base') out[state].add(node.pointer);
    branchFields(node.children, chosen, out, state);
    const branches = node.branches;
    if (branches === undefined) continue;
    const index = state === 'unchosen' ? -1 : chosen(node);
    branches.forEach((branch, i) => {
      branchFields(branch.children, chosen, out, i === index ? 'chosen' : 'unchosen');
    });
  }
  return out;
}
