/**
 * The Custom Elements Manifest (what Storybook's controls and docs show) documents every control:
 * each part the control renders is a documented `@csspart`, and each element is declared.
 * Regenerate it with `pnpm --filter @dvc-kit/forms cem`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../../../custom-elements.json';
import type { Control } from './control-spec.js';
import { controlSpecs } from './control-specs.js';
import { mount, settle } from './helpers.js';

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
}

const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap(
  (m) => m.declarations ?? [],
);

/** Every part name rendered in the control's shadow root, with its error shown and details open. */
function renderedParts(control: Control): string[] {
  const names = new Set<string>();
  for (const element of control.shadowRoot!.querySelectorAll('[part]')) {
    for (const name of element.getAttribute('part')!.split(/\s+/)) names.add(name);
  }
  return [...names].sort();
}

describe('custom-elements.json', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  for (const spec of controlSpecs) {
    it(`documents every part <${spec.tag}>${spec.title === undefined ? '' : ` (${spec.title})`} renders`, async () => {
      const declaration = declarations.find((d) => d.tagName === spec.tag);
      expect(declaration).toBeDefined();
      const { control } = await mount(spec, 'required hint="Gợi ý"');
      await spec.fill(control);
      control.error = 'Lỗi.';
      await settle(control);
      const documented = new Set((declaration?.cssParts ?? []).map((part) => part.name));
      expect(renderedParts(control).filter((name) => !documented.has(name))).toEqual([]);
    });
  }
});
