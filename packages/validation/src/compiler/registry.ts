/**
 * The schema resource registry: walks schemas once to record `$id` resources, `$anchor`s and
 * `$dynamicAnchor`s with their base URIs, and resolves references against them.
 */
import { SchemaLimitError } from '../errors.js';
import { isObject } from '../internal/json.js';
import { resolvePointer, parsePointer, escapePointerToken } from '../pointer.js';
import { resolveUri, splitUri, stripFragment } from '../internal/uri.js';

const SINGLE = [
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
  'additionalItems',
];
// `items` is also a list in draft-07 (`items: [...]`); `dependencies` maps names to schemas or arrays.
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const MAPS = ['$defs', 'definitions', 'properties', 'patternProperties', 'dependentSchemas', 'dependencies'];

/** Limits applied while walking a schema. */
export interface WalkLimits {
  maxSchemaDepth: number;
  maxSchemaNodes: number;
}

/** Where a walked schema object lives. */
export interface Location {
  base: string;
  pointer: string;
}

export class Registry {
  readonly resources = new Map<string, unknown>();
  readonly anchors = new Map<string, unknown>();
  readonly dynamicAnchors = new Map<string, Map<string, unknown>>();
  readonly locations = new Map<object, Location>();
  private readonly remotes: Map<string, unknown>;
  private size = 0;
  /** Draft-03 to draft-07: an `$id` beside `$ref` is ignored, as every sibling of `$ref` is. */
  refOverridesSiblings = false;

  constructor(
    remotes: Map<string, unknown>,
    private readonly limits: WalkLimits,
  ) {
    this.remotes = remotes;
  }

  /** Records a document (the root schema or a remote) under its retrieval URI. */
  addDocument(schema: unknown, uri: string): void {
    if (!this.resources.has(uri)) this.resources.set(uri, schema);
    this.walk(schema, uri, '', 0);
  }

  /** The location of a walked schema object. */
  locate(schema: object): Location | undefined {
    return this.locations.get(schema);
  }

  private walk(s: unknown, base: string, pointer: string, depth: number): void {
    if (!isObject(s) || this.locations.has(s)) return;
    if (depth > this.limits.maxSchemaDepth) throw new SchemaLimitError('maxSchemaDepth', '', pointer, depth);
    if (++this.size > this.limits.maxSchemaNodes)
      throw new SchemaLimitError('maxSchemaNodes', '', pointer, this.size);
    let b = base;
    const id = this.refOverridesSiblings && typeof s['$ref'] === 'string' ? undefined : s['$id'];
    if (typeof id === 'string') {
      const r = resolveUri(id, base);
      if (r !== undefined) {
        b = stripFragment(r);
        // Draft-07's location-independent identifier: `$id: "#foo"` (or `uri#foo`) names an anchor.
        const fragment = r.slice(b.length + 1);
        if (fragment !== '' && !fragment.startsWith('/')) this.anchors.set(`${b}#${fragment}`, s);
        if (id.startsWith('#')) b = base;
        else if (!this.resources.has(b)) this.resources.set(b, s);
      }
    }
    this.locations.set(s, { base: b, pointer });
    const anchor = s['$anchor'];
    if (typeof anchor === 'string') this.anchors.set(`${b}#${anchor}`, s);
    const dyn = s['$dynamicAnchor'];
    if (typeof dyn === 'string') {
      this.anchors.set(`${b}#${dyn}`, s);
      let m = this.dynamicAnchors.get(b);
      if (m === undefined) this.dynamicAnchors.set(b, (m = new Map<string, unknown>()));
      if (!m.has(dyn)) m.set(dyn, s);
    }
    // Each pointer one flat string (`join`), not a chain of concatenations: every compiled node
    // keeps its pointer, ~40 B less each (heap after a large form's render).
    for (const k of SINGLE) if (Object.hasOwn(s, k)) this.walk(s[k], b, [pointer, k].join('/'), depth + 1);
    for (const k of LISTS) {
      const list = Object.hasOwn(s, k) ? s[k] : undefined;
      if (Array.isArray(list)) {
        list.forEach((sub, i) => {
          this.walk(sub, b, [pointer, k, i].join('/'), depth + 1);
        });
      }
    }
    for (const k of MAPS) {
      const map = Object.hasOwn(s, k) ? s[k] : undefined;
      if (!isObject(map)) continue;
      for (const name of Object.keys(map))
        this.walk(map[name], b, [pointer, k, escapePointerToken(name)].join('/'), depth + 1);
    }
  }

  /** Resolves an absolute URI (with optional fragment) to a schema; `undefined` when unknown. */
  resolve(uri: string): unknown {
    const { doc, fragment } = splitUri(uri);
    let root = this.resources.get(doc);
    if (root === undefined) {
      const remote = this.remotes.get(doc);
      if (remote === undefined) return undefined;
      this.addDocument(remote, doc);
      root = remote;
    }
    if (fragment === '') return root;
    if (fragment[0] === '/') {
      const tokens = parsePointer(fragment);
      if (tokens === undefined) return undefined;
      const hit = resolvePointer(root, tokens);
      if (!hit.found) return undefined;
      if (isObject(hit.value) && !this.locations.has(hit.value)) {
        const rootLoc = isObject(root) ? this.locations.get(root) : undefined;
        this.walk(hit.value, rootLoc?.base ?? doc, fragment, 0);
      }
      return hit.value;
    }
    return this.anchors.get(`${doc}#${fragment}`);
  }

  /** Resolves a reference string against a base URI. */
  absolute(ref: string, base: string): string | undefined {
    return resolveUri(ref, base);
  }
}
