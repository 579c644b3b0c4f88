/**
 * The widgets `<dvc-form>` creates render in the form's shadow root, without one of their own
 * (docs/decisions/0019-widgets-in-the-form.md, "Light DOM"); a widget alone keeps its shadow root.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/date-field/date-field.js';
import { DvcForm } from '../../src/components/form/form.js';
import { DvcTextField } from '../../src/components/text-field/text-field.js';
import { DvcNumberField } from '../../src/components/number-field/number-field.js';
import { DvcMoneyField } from '../../src/components/money-field/money-field.js';
import { DvcCheckboxField } from '../../src/components/checkbox-field/checkbox-field.js';
import { DvcRadioField } from '../../src/components/radio-field/radio-field.js';
import { DvcCheckboxGroupField } from '../../src/components/checkbox-group-field/checkbox-group-field.js';
import { DvcSelectField } from '../../src/components/select-field/select-field.js';
import { DvcTextareaField } from '../../src/components/textarea-field/textarea-field.js';
import { DvcPersonalIdField } from '../../src/components/personal-id-field/personal-id-field.js';
import { scopeSelector } from '../../src/internal/controls/scoped-styles.js';
import { control, focusedWidget, mountForm, settle, widget, widgetRoot } from './helpers/form-fixture.js';

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Họ và tên', description: 'Như trên CCCD', minLength: 2 },
    age: { type: 'integer', title: 'Tuổi', minimum: 0 },
    kind: { type: 'string', title: 'Loại', enum: ['a', 'b', 'c'] },
    size: { type: 'string', title: 'Cỡ', enum: ['a', 'b', 'c'] },
    city: { type: 'string', title: 'Tỉnh', enum: ['1', '2', '3', '4', '5', '6'] },
    agree: { type: 'boolean', title: 'Đồng ý' },
    email: { type: 'string', title: 'Thư điện tử', format: 'email' },
    letter: { type: 'string', title: 'Thư', maxLength: 1000 },
    born: { type: 'string', title: 'Ngày sinh', format: 'date' },
  },
  required: ['name', 'kind', 'agree'],
};
const LIGHT_WIDGETS = [
  DvcTextField,
  DvcNumberField,
  DvcMoneyField,
  DvcCheckboxField,
  DvcRadioField,
  DvcCheckboxGroupField,
  DvcSelectField,
  DvcTextareaField,
  DvcPersonalIdField,
];
const light = ['/name', '/age', '/kind', '/size', '/city', '/agree', '/email', '/letter'];

afterEach(() => {
  document.body.replaceChildren();
});

function root(form: DvcForm): ShadowRoot {
  return form.shadowRoot!;
}

/** Every id an attribute of `element` refers to. */
function references(element: Element): string[] {
  return ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-activedescendant'].flatMap(
    (name) => (element.getAttribute(name) ?? '').split(/\s+/).filter(Boolean),
  );
}

describe("<dvc-form>'s widgets render in the form's shadow root", () => {
  it('have no shadow root of their own, while a widget alone (and a date field in the form) still has one', async () => {
    const form = await mountForm(schema);
    for (const pointer of light) {
      expect(widget(form, pointer).shadowRoot, pointer).toBeNull();
      expect(widget(form, pointer).querySelector('input, select, textarea'), pointer).not.toBeNull();
    }
    expect(widget(form, '/born').shadowRoot).not.toBeNull();
    const alone = document.createElement('dvc-text-field');
    document.body.append(alone);
    await alone.updateComplete;
    expect(alone.shadowRoot?.querySelector('input')).not.toBeNull();
    expect(alone.querySelector('input')).toBeNull();
  });

  it('give every element a unique id in the form root, every reference resolves, and each radio group its own name', async () => {
    const form = await mountForm(schema);
    await userEvent.click(form.shadowRoot!.querySelector<HTMLElement>('[part="submit-button"]')!);
    await settle(form);
    const ids = [...root(form).querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.length).toBeGreaterThan(light.length * 3);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of root(form).querySelectorAll('*'))
      for (const id of references(element))
        expect(root(form).getElementById(id), `${element.localName} → ${id}`).not.toBeNull();
    const names = (pointer: string): string[] =>
      [...widget(form, pointer).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.name);
    expect(new Set(names('/kind')).size).toBe(1);
    expect(names('/kind')[0]).not.toBe(names('/size')[0]);
    // Not controls of the form's inner <form>: no implicit submit, reset or radio group across fields.
    for (const pointer of light)
      for (const inner of widget(form, pointer).querySelectorAll<HTMLInputElement>('input, select, textarea'))
        expect(inner.form, pointer).toBeNull();
  });

  it("keeps the form's parts the form's: a widget's parts are named widget-<part>", async () => {
    const form = await mountForm(schema);
    await userEvent.click(root(form).querySelector<HTMLElement>('[part="submit-button"]')!);
    await settle(form);
    for (const pointer of light) {
      const parts = [...widget(form, pointer).querySelectorAll('[part]')].flatMap((e) =>
        e.getAttribute('part')!.split(' '),
      );
      expect(parts, pointer).toContain('widget-control');
      expect(parts, pointer).toContain('widget-error');
      expect(
        parts.filter((p) => !p.startsWith('widget-')),
        pointer,
      ).toEqual([]);
    }
    expect(widgetRoot(widget(form, '/born')).querySelector('[part~="error"]')).not.toBeNull();
  });

  it('looks as a widget alone does: the same computed styles, and no form rule on a widget', async () => {
    const form = await mountForm(schema, { data: {} });
    await userEvent.click(root(form).querySelector<HTMLElement>('[part="submit-button"]')!);
    await settle(form);
    const inForm = widget(form, '/name');
    const alone = document.createElement('dvc-text-field');
    Object.assign(alone, { label: 'Họ và tên', hint: 'Như trên CCCD', required: true, error: 'Sai' });
    form.after(alone);
    await alone.updateComplete;
    const properties = [
      'display',
      'color',
      'font-weight',
      'font-size',
      'margin-top',
      'margin-bottom',
      'padding-top',
      'border-top-width',
      'border-top-color',
      'min-height',
      'gap',
      'background-color',
    ];
    const look = (element: Element): string[] => {
      const style = getComputedStyle(element);
      return properties.map((p) => `${p}: ${style.getPropertyValue(p)}`);
    };
    expect(inForm.error).not.toBe('');
    for (const part of [
      'form-control',
      'label',
      'required-marker',
      'hint',
      'control',
      'error',
      'error-icon',
    ]) {
      const mine = inForm.querySelector(`[part~="widget-${part}"]`);
      const theirs = alone.shadowRoot!.querySelector(`[part~="${part}"]`);
      expect(mine, part).not.toBeNull();
      expect(look(mine!), part).toEqual(look(theirs!));
    }
    // An empty message region takes no room (the template's whitespace is not a message).
    const quiet = widget(form, '/age').querySelector('[part~="widget-error"]')!;
    expect(getComputedStyle(quiet).display).toBe('none');
    // The host's own rules (`:host` → the tag); `min-height` is the flex layout around it.
    const host = (element: Element): string[] => look(element).filter((p) => !p.startsWith('min-height'));
    expect(host(inForm)).toEqual(host(alone));
    // No rule of the form's own sheets (but `[hidden]`) matches an element of a widget.
    const rules = DvcForm.elementStyles
      .flatMap((s) => [...((s instanceof CSSStyleSheet ? s : s.styleSheet)?.cssRules ?? [])])
      .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText !== '[hidden]');
    expect(rules.length).toBeGreaterThan(10);
    for (const pointer of light)
      for (const element of widget(form, pointer).querySelectorAll('*'))
        expect(
          rules.filter((r) => element.matches(r.selectorText)).map((r) => r.selectorText),
          `${pointer} ${element.localName}.${element.className}`,
        ).toEqual([]);
  });

  it("scopes a shadow root's selectors under the tag", () => {
    expect(scopeSelector(':host', 'dvc-x')).toBe('dvc-x');
    expect(scopeSelector(':host([hidden])', 'dvc-x')).toBe('dvc-x:is([hidden])');
    expect(scopeSelector(':host(:not(.a, .b)) .c', 'dvc-x')).toBe('dvc-x:is(:not(.a, .b)) .c');
    expect(scopeSelector('.input:focus-visible, .choice input:not(:disabled)', 'dvc-x')).toBe(
      'dvc-x .input:focus-visible, dvc-x .choice input:not(:disabled)',
    );
    expect(scopeSelector('.invalid .input', 'dvc-x')).toBe('dvc-x .invalid .input');
  });

  it('shares no class with the form, whose rules would otherwise reach a widget', () => {
    const classes = (styles: readonly CSSResultLike[]): Set<string> =>
      new Set(
        styles.flatMap((s) =>
          [...('cssText' in s ? s.cssText : '').matchAll(/\.([a-z][\w-]*)/g)].map((m) => m[1]!),
        ),
      );
    const form = classes(DvcForm.elementStyles);
    const widgets = LIGHT_WIDGETS.map((w) => classes(w.elementStyles as CSSResultLike[]));
    expect(widgets.flatMap((w) => [...w].filter((c) => form.has(c)))).toEqual([]);
    expect(widgets[0]!.has('control-error')).toBe(true);
  });

  it('focuses the control on focus() and from the error summary, and fires one change per commit', async () => {
    const form = await mountForm(schema);
    const name = widget(form, '/name');
    name.focus();
    expect(root(form).activeElement).toBe(control(form, '/name'));
    expect(focusedWidget(root(form))).toBe(name);
    const changes: (EventTarget | null)[] = [];
    name.addEventListener('change', (e) => changes.push(e.target));
    await userEvent.keyboard('An');
    await userEvent.tab();
    expect(changes).toEqual([name]);
    widget(form, '/kind').focus();
    expect(root(form).activeElement).toBe(widget(form, '/kind').querySelector('input[type="radio"]'));
    await userEvent.click(root(form).querySelector<HTMLElement>('[part="submit-button"]')!);
    await settle(form);
    const summary = root(form).querySelector('dvc-error-summary')!;
    const link = summary.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    link.click();
    await settle(form);
    expect(focusedWidget(root(form))).toBe(widget(form, '/kind'));
    expect(root(form).activeElement?.localName).toBe('input');
  });
});

type CSSResultLike = { cssText: string } | CSSStyleSheet;
