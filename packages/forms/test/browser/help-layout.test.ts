/**
 * Where a field's help text sits: right under its widget, in the form's own column layout and in a
 * row or grid layout a page gives a group (`::part(group)`), never beside the widget.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DvcForm } from '../../src/components/form/form.js';
import { control, definition, mountForm, onePage, settle, widget } from './helpers/form-fixture.js';

const LAYOUTS = {
  column: '',
  row: 'dvc-form::part(group) { flex-direction: row; flex-wrap: wrap; align-items: flex-start }',
  grid: 'dvc-form::part(group) { display: grid; grid-template-columns: 1fr 1fr; align-items: start }',
};

afterEach(() => {
  document.body.replaceChildren();
  document.head.querySelector('style[data-layout]')?.remove();
});

/** The form with the death registration's nationality field (it has help), laid out as `css` says. */
async function mountLaidOut(css: string): Promise<DvcForm> {
  const style = document.createElement('style');
  style.dataset['layout'] = '';
  style.textContent = `dvc-form { --dvc-form-max-width: 60rem; width: 60rem } ${css}`;
  document.head.append(style);
  return mountForm(onePage(definition('death-registration')));
}

/** The last input of `element`, through its light DOM and shadow roots. */
function lastInput(element: Element): HTMLInputElement {
  const inputs = (root: Element | ShadowRoot): HTMLInputElement[] =>
    [...root.querySelectorAll('*')].flatMap((e) => [
      ...(e instanceof HTMLInputElement ? [e] : []),
      ...(e.shadowRoot === null ? [] : inputs(e.shadowRoot)),
    ]);
  const found = inputs(element.shadowRoot ?? element).at(-1);
  if (found === undefined) throw new Error(`No input in ${element.localName}`);
  return found;
}

describe('a field’s help', { timeout: 60_000 }, () => {
  for (const [layout, css] of Object.entries(LAYOUTS)) {
    it(`sits right under its widget in a ${layout} layout`, async () => {
      const form = await mountLaidOut(css);
      const field = widget(form, '/deceased/nationality');
      // The combobox loads on demand.
      await customElements.whenDefined(field.localName);
      await settle(form);
      const help = field.nextElementSibling as HTMLElement;
      expect(help.getAttribute('part')).toBe('help');
      const w = field.getBoundingClientRect();
      const input = lastInput(field).getBoundingClientRect();
      const h = help.getBoundingClientRect();
      // Below the widget, starting where it starts, close to its box: nearer than the next field.
      expect(h.top).toBeGreaterThanOrEqual(w.bottom);
      expect(Math.abs(h.left - w.left)).toBeLessThan(1);
      expect(h.top - input.bottom).toBeLessThanOrEqual(8);
      const next = widget(form, '/deceased/personalId').getBoundingClientRect();
      if (next.top >= h.bottom) expect(next.top - h.bottom).toBeGreaterThan(h.top - input.bottom);
    });
  }
  it('is named by its control’s aria-describedby, after the hint and the message', async () => {
    const form = await mountLaidOut('');
    const field = widget(form, '/deceased/nationality');
    await customElements.whenDefined(field.localName);
    await settle(form);
    const help = field.nextElementSibling as HTMLElement;
    expect(help.getAttribute('part')).toBe('help');
    expect(help.id).not.toBe('');
    const described = (control(form, '/deceased/nationality').getAttribute('aria-describedby') ?? '').split(
      ' ',
    );
    expect(described.at(-1)).toBe(help.id);
    // The id resolves in the control's own root: the form's (the widget has no shadow root there).
    expect(control(form, '/deceased/nationality').getRootNode()).toBe(form.shadowRoot);
    expect(form.shadowRoot!.getElementById(help.id)).toBe(help);
    // A field without help names nothing else.
    const plain = (control(form, '/deceased/personalId').getAttribute('aria-describedby') ?? '').split(' ');
    expect(plain.some((id) => id.endsWith('-help'))).toBe(false);
  });
});
