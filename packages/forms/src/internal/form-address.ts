/**
 * An address object in `<dvc-form>` (`x-dvc-widget: "address"`): which property holds which part,
 * from the object's `x-dvc-address` (`{ "province": <property>, "commune": <property>, "detail":
 * <property> }`, optionally `"district"` for an old address's district), else from its properties'
 * widgets and formats (`province` / `vn-province-code`, `commune` / `vn-commune-code`, the first
 * other string is the detail). Never from property names.
 */
import { isJsonObject, parsePointer } from '@dvc-kit/validation';
import {
  ADDRESS_ROLES,
  type AddressRole,
  type AddressValue,
} from '../components/address-field/address-value.js';
import type { FieldNode } from './form-fields.js';
import type { LeafHost } from './form-leaf-host.js';
import { pickText } from './form-text.js';
import type { WidgetValue } from './form-widget-value.js';

/** The property of each part, by role. */
export type AddressRoles = Partial<Record<AddressRole, string>>;

const CACHE = new WeakMap<FieldNode, AddressRoles>();

function nameOf(child: FieldNode): string {
  return parsePointer(child.pointer)?.at(-1) ?? '';
}

function inferredRole(child: FieldNode): AddressRole | undefined {
  const format = child.schema['format'];
  if (child.widget === 'province' || format === 'vn-province-code') return 'province';
  if (child.widget === 'commune' || format === 'vn-commune-code') return 'commune';
  return undefined;
}

/** Which property holds which part of the address `node`. */
export function addressRoles(node: FieldNode): AddressRoles {
  let roles = CACHE.get(node);
  if (roles !== undefined) return roles;
  roles = {};
  const declared = node.schema['x-dvc-address'];
  if (isJsonObject(declared)) {
    for (const role of ADDRESS_ROLES) {
      const name = declared[role];
      if (typeof name === 'string') roles[role] = name;
    }
  } else {
    for (const child of node.children) {
      const role = inferredRole(child) ?? (roles.detail === undefined ? 'detail' : undefined);
      if (role !== undefined && roles[role] === undefined) roles[role] = nameOf(child);
    }
  }
  CACHE.set(node, roles);
  return roles;
}

function childOf(node: FieldNode, name: string | undefined): FieldNode | undefined {
  return name === undefined ? undefined : node.children.find((c) => nameOf(c) === name);
}

/** An address: the data object, by property, as the field's value, by role, and back. */
export const addressValue: WidgetValue = {
  toWidget: (node, value) => {
    const out: AddressValue = {};
    if (!isJsonObject(value)) return out;
    for (const [role, name] of Object.entries(addressRoles(node)) as [AddressRole, string][]) {
      const part = value[name];
      if (typeof part === 'string') out[role] = part;
    }
    return out;
  },
  fromWidget: (node, raw) => {
    const out: Record<string, string> = {};
    const parts = (isJsonObject(raw) ? raw : {}) as AddressValue;
    for (const [role, name] of Object.entries(addressRoles(node)) as [AddressRole, string][]) {
      const part = parts[role];
      if (typeof part === 'string' && part !== '') out[name] = part;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  },
};

/** The pointers of the address's parts (touched with it, their messages shown on it). */
export function addressPointers(node: FieldNode): string[] {
  return node.children.map((c) => c.pointer);
}

/** Gives the `<dvc-address-field>` of `host` what it needs beyond a widget's usual properties. */
export function configureAddress(widget: Record<string, unknown>, host: LeafHost): void {
  const { node, store } = host;
  const labels: Record<string, string> = {};
  const errors: Record<string, string> = {};
  const required: Record<string, boolean> = {};
  for (const [role, name] of Object.entries(addressRoles(node))) {
    const child = childOf(node, name);
    if (child === undefined) continue;
    labels[role] = pickText(child.label, store.locale);
    errors[role] = store.error(child.pointer);
    required[role] = store.isRequired(child.pointer);
  }
  widget['labels'] = labels;
  widget['errors'] = errors;
  widget['requiredParts'] = required;
  widget['adminUnits'] = host.adminUnits;
}
