/**
 * Local `$ref` resolution for the declared-fields index: `#`, `#/json/pointer` (percent-decoded),
 * `<root $id>#...`, and plain-name fragments (`#address`) declared by `$anchor` or by a draft-04..07
 * `$id`/`id` of the form `#address`. Anything else (another document) is not resolved.
 */
import { childPointer, isJsonObject, parsePointer, resolvePointer } from '../pointer.js';

/** A subschema found by a `$ref`: the schema and its pointer inside the schema document. */
export interface ResolvedRef {
  schema: Record<string, unknown> | boolean;
  /** JSON Pointer of the target inside the schema document. */
  at: string;
}

function rootId(root: unknown): string {
  if (!isJsonObject(root)) return '';
  const id = root['$id'] ?? root['id'];
  return typeof id === 'string' ? id.replace(/#$/, '') : '';
}

function collectAnchors(node: unknown, at: string, out: Map<string, string>, depth: number): void {
  if (depth > 64) return;
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      collectAnchors(item, childPointer(at, i), out, depth + 1);
    });
    return;
  }
  if (!isJsonObject(node)) return;
  const anchor = node['$anchor'];
  if (typeof anchor === 'string' && !out.has(anchor)) out.set(anchor, at);
  for (const key of ['$id', 'id']) {
    const id = node[key];
    if (typeof id === 'string' && id.startsWith('#') && id.length > 1 && !out.has(id.slice(1)))
      out.set(id.slice(1), at);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'enum' || key === 'const' || key === 'examples' || key === 'default') continue;
    collectAnchors(value, childPointer(at, key), out, depth + 1);
  }
}

/** A resolver of the local `$ref`s of `root`; `undefined` for a reference it cannot follow. */
export function refResolver(root: unknown): (ref: unknown) => ResolvedRef | undefined {
  const id = rootId(root);
  let anchors: Map<string, string> | undefined;
  return (ref) => {
    if (typeof ref !== 'string') return undefined;
    let local = ref;
    if (id !== '' && ref.startsWith(`${id}#`)) local = ref.slice(id.length);
    else if (id !== '' && ref === id) local = '#';
    if (!local.startsWith('#')) return undefined;
    let fragment: string;
    try {
      fragment = decodeURIComponent(local.slice(1));
    } catch {
      return undefined;
    }
    let at = fragment;
    if (parsePointer(fragment) === undefined) {
      if (anchors === undefined) {
        anchors = new Map();
        collectAnchors(root, '', anchors, 0);
      }
      const found = anchors.get(fragment);
      if (found === undefined) return undefined;
      at = found;
    }
    const { found, value } = resolvePointer(root, at);
    if (!found || !(isJsonObject(value) || typeof value === 'boolean')) return undefined;
    return { schema: value, at };
  };
}
