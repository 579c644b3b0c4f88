/**
 * Lint of addresses (`x-dvc-widget: "address"`): `x-dvc-address` says which property holds the
 * province, the commune, the detail line and, for old three-level addresses, the district; without
 * it, the province and commune are found by their format or widget. The forms never read names.
 */
import {
  childPointer,
  isJsonObject,
  type DeclaredFieldsIndex as SchemaIndex,
  type SchemaNode,
} from '@dvc-kit/validation';
import type { LintCode, LintIssue } from './types.js';

/** The parts an address may name, and those it must have. */
export const ADDRESS_PARTS = ['province', 'commune', 'detail', 'district'] as const;
const NEEDED = ['province', 'commune'] as const;

const INFERRED: Readonly<Record<(typeof NEEDED)[number], string>> = {
  province: 'vn-province-code',
  commune: 'vn-commune-code',
};

function inferable(
  index: SchemaIndex,
  props: Record<string, unknown>,
  part: (typeof NEEDED)[number],
): boolean {
  return Object.values(props).some(
    (p) =>
      isJsonObject(p) &&
      (index.keywordOf(p, 'format') === INFERRED[part] || index.keywordOf(p, 'x-dvc-widget') === part),
  );
}

/** `x-dvc-address` names existing properties for known parts; an address has a province and a commune. */
export function checkNodeAddress(index: SchemaIndex, node: SchemaNode, out: LintIssue[]): void {
  const declared = node.schema['x-dvc-address'];
  const isAddress = node.schema['x-dvc-widget'] === 'address';
  if (declared === undefined && !isAddress) return;
  const found = index.keywordOf(node.schema, 'properties');
  const props = isJsonObject(found) ? found : {};
  const issue = (pointer: string, code: LintCode, message: string): void => {
    out.push({ pointer, code, severity: 'error', message });
  };
  if (declared === undefined) {
    for (const part of NEEDED) {
      if (!inferable(index, props, part))
        issue(
          childPointer(node.at, 'x-dvc-widget'),
          'address-part-missing',
          `This address has no ${part} (format ${INFERRED[part]}); name it in x-dvc-address.`,
        );
    }
    return;
  }
  const at = childPointer(node.at, 'x-dvc-address');
  if (!isJsonObject(declared)) {
    issue(
      at,
      'address-part-missing',
      'x-dvc-address is an object: { "province": <property>, "commune": <property>, ... }.',
    );
    return;
  }
  for (const [part, name] of Object.entries(declared)) {
    if (!(ADDRESS_PARTS as readonly string[]).includes(part))
      issue(
        childPointer(at, part),
        'address-part-unknown',
        `x-dvc-address has no part "${part}" (${ADDRESS_PARTS.join(', ')}).`,
      );
    else if (typeof name !== 'string' || !Object.hasOwn(props, name))
      issue(
        childPointer(at, part),
        'address-part-unknown',
        `x-dvc-address ${part} names ${JSON.stringify(name)}, which is not a property here.`,
      );
  }
  for (const part of NEEDED) {
    if (!Object.hasOwn(declared, part))
      issue(at, 'address-part-missing', `x-dvc-address does not say which property is the ${part}.`);
  }
}
