/**
 * A widget's frame (label, required marker, hint, control row, live region) and its simple controls
 * are built by hand and updated in place (`internal/controls/control-frame.ts`,
 * docs/decisions/0019-widgets-in-the-form.md, "Session 12"): no Lit template, the same DOM.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/text-field/text-field.js';
import '../../src/components/number-field/number-field.js';
import '../../src/components/money-field/money-field.js';
import '../../src/components/checkbox-field/checkbox-field.js';
import '../../src/components/radio-field/radio-field.js';
import '../../src/components/textarea-field/textarea-field.js';
import { mountForm, widget, type TestWidget } from './helpers/form-fixture.js';

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Họ và tên', description: 'Như trên CCCD' },
    age: { type: 'integer', title: 'Tuổi' },
    kind: { type: 'string', title: 'Loại', enum: ['a', 'b', 'c'] },
    agree: { type: 'boolean', title: 'Đồng ý' },
    letter: { type: 'string', title: 'Thư', maxLength: 1000 },
  },
  required: ['name', 'kind', 'agree'],
};
const SIMPLE = [
  'dvc-text-field',
  'dvc-number-field',
  'dvc-money-field',
  'dvc-checkbox-field',
  'dvc-radio-field',
  'dvc-textarea-field',
];

afterEach(() => {
  document.body.replaceChildren();
});

/** The comments under `node`: Lit marks each of its parts with one. */
function comments(node: Node): number {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
  let count = 0;
  while (walker.nextNode() !== null) count++;
  return count;
}

/** A widget and its Lit update. */
type Updating = TestWidget & { updateComplete: Promise<boolean> };

async function alone(tag: string, properties: Record<string, unknown>): Promise<Updating> {
  const element = Object.assign(document.createElement(tag), properties) as unknown as Updating;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

describe("a widget's frame", () => {
  it('holds no Lit part in a simple widget, in the form root or alone', async () => {
    const form = await mountForm(schema);
    for (const pointer of ['/name', '/age', '/kind', '/agree', '/letter']) {
      const inForm = widget(form, pointer) as Updating;
      inForm.error = 'Sai';
      await inForm.updateComplete;
      expect(inForm.querySelector('[part~="widget-error-icon"]'), pointer).not.toBeNull();
      expect(comments(inForm), pointer).toBe(0);
    }
    for (const tag of SIMPLE) {
      const element = await alone(tag, { label: 'Nhãn', hint: 'Gợi ý', required: true, error: 'Sai' });
      expect(element.shadowRoot!.querySelector('[part~="required-marker"]'), tag).not.toBeNull();
      expect(comments(element.shadowRoot!), tag).toBe(0);
    }
  });

  it('updates the label, marker, hint and message in place, with the same elements', async () => {
    const element = await alone('dvc-text-field', { label: 'Họ và tên' });
    const root = element.shadowRoot!;
    const wrapper = root.querySelector('[part="form-control"]')!;
    const input = root.querySelector('input')!;
    const region = root.querySelector('#error')!;
    const label = root.querySelector('label')!;
    expect([...wrapper.children].map((e) => e.className)).toEqual(['label', 'control-row', 'control-error']);
    expect(label.htmlFor).toBe('control');
    expect(label.textContent).toBe('Họ và tên');
    // The live region is there before any message, empty, and takes no room.
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.childNodes.length).toBe(0);
    expect(getComputedStyle(region).display).toBe('none');

    Object.assign(element, { required: true, hint: 'Như trên CCCD', error: 'Sai' });
    await element.updateComplete;
    expect([...wrapper.children].map((e) => e.className)).toEqual([
      'label',
      'hint',
      'control-row',
      'control-error',
    ]);
    expect(wrapper.className).toBe('form-control invalid');
    expect(label.textContent).toBe('Họ và tên *');
    expect(label.querySelector('[part="required-marker"]')!.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('#hint')!.textContent).toBe('Như trên CCCD');
    expect(input.getAttribute('aria-describedby')).toBe('hint error');
    expect(region.textContent).toBe('!Lỗi: Sai');
    expect(region.querySelector('[part="error-icon"]')!.getAttribute('aria-hidden')).toBe('true');
    expect(region.querySelector('.control-hidden')!.textContent).toBe('Lỗi: ');

    Object.assign(element, { required: false, hint: '', error: 'Sai nữa', label: 'Tên' });
    await element.updateComplete;
    expect(label.textContent).toBe('Tên');
    expect(root.querySelector('#hint')).toBeNull();
    expect(region.textContent).toBe('!Lỗi: Sai nữa');

    Object.assign(element, { error: '', label: '' });
    await element.updateComplete;
    expect(root.querySelector('label')).toBeNull();
    expect(wrapper.className).toBe('form-control ');
    expect(region.childNodes.length).toBe(0);
    expect(input.hasAttribute('aria-describedby')).toBe(false);

    Object.assign(element, { label: 'Lại', required: true });
    await element.updateComplete;
    expect(wrapper.firstElementChild).toBe(label);
    expect(label.textContent).toBe('Lại *');
    // The same elements throughout.
    expect(root.querySelector('input')).toBe(input);
    expect(root.querySelector('#error')).toBe(region);
  });

  it("writes a widget's ids with its prefix in the form's root, also for a hint added later", async () => {
    const form = await mountForm(schema);
    const age = widget(form, '/age') as Updating;
    age.hint = 'Số năm';
    await age.updateComplete;
    const input = age.querySelector('input')!;
    const hint = age.querySelector('[part~="widget-hint"]')!;
    expect(hint.id).toMatch(/^dvc-w\d+-hint$/);
    expect(input.getAttribute('aria-describedby')).toBe(hint.id);
    expect(age.querySelector('label')!.htmlFor).toBe(input.id);
    // A checkbox's label sits beside the box, the hint under them.
    const agree = widget(form, '/agree') as Updating;
    agree.hint = 'Bắt buộc';
    await agree.updateComplete;
    const choice = agree.querySelector('[part~="widget-choice"]')!;
    expect([...choice.children].map((e) => e.localName)).toEqual(['input', 'label']);
    expect(choice.nextElementSibling!.id).toMatch(/^dvc-w\d+-hint$/);
  });
});
