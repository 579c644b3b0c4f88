/**
 * A widget off screen is not styled, laid out or painted until it nears the viewport
 * (`content-visibility: auto`, docs/decisions/0023-widgets-off-screen.md), and nothing of it is lost:
 * its control is in the DOM, reachable by focus, and drawn once it is on screen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/components/select-field/select-field.js';
import '../../src/components/text-field/text-field.js';
import { control, mountForm, settle, widget } from './helpers/form-fixture.js';

const FIELDS = 40;
const properties: Record<string, unknown> = {};
for (let i = 0; i < FIELDS; i++) properties[`f${i}`] = { type: 'string', title: `Trường ${i}` };
Object.assign(properties, {
  kind: { type: 'string', title: 'Loại', enum: ['a', 'b', 'c', 'd', 'e'] },
  letter: { type: 'string', title: 'Thư', maxLength: 1000 },
  city: { type: 'string', title: 'Tỉnh', enum: ['1', '2', '3', '4', '5', '6'] },
  agree: { type: 'boolean', title: 'Đồng ý' },
});
const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties };

/** Whether the browser skips rendering the widget's content (its `content-visibility: auto` box is off screen). */
function skipped(widget: Element): boolean {
  const inner = widget.querySelector('input, textarea, select')!;
  return !inner.checkVisibility({ contentVisibilityAuto: true });
}

/** After the next frame has been rendered (where the browser decides what is near the viewport). */
async function rendered(): Promise<void> {
  for (let i = 0; i < 2; i++)
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("<dvc-form>'s widgets off screen", { timeout: 60_000 }, () => {
  it('are skipped until near the viewport, their controls in the DOM all along', async () => {
    await page.viewport(800, 600);
    const form = await mountForm(schema);
    await rendered();
    expect(skipped(widget(form, '/f0'))).toBe(false);
    for (const pointer of ['/f39', '/kind', '/letter', '/agree']) {
      expect(control(form, pointer), pointer).not.toBeNull();
      expect(skipped(widget(form, pointer)), pointer).toBe(true);
    }
  });

  it('keep their content inside their box while skipped (the height estimate errs high)', async () => {
    await page.viewport(800, 600);
    const form = await mountForm(schema);
    await rendered();
    for (const pointer of ['/f39', '/kind', '/letter', '/agree']) {
      const host = widget(form, pointer);
      expect(skipped(host), pointer).toBe(true);
      const box = host.getBoundingClientRect();
      for (const inner of host.querySelectorAll('label, input, textarea, [part~="widget-error"]')) {
        const rect = inner.getBoundingClientRect();
        expect(rect.bottom, `${pointer} ${inner.localName}`).toBeLessThanOrEqual(box.bottom + 0.5);
      }
    }
  });

  it('are drawn once focused or scrolled to, and focus lands on the control', async () => {
    await page.viewport(800, 600);
    const form = await mountForm(schema);
    await rendered();
    const last = widget(form, '/f39');
    expect(skipped(last)).toBe(true);
    last.focus();
    await rendered();
    expect(form.shadowRoot!.activeElement).toBe(control(form, '/f39'));
    expect(skipped(last)).toBe(false);
    const rect = control(form, '/f39').getBoundingClientRect();
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(window.innerHeight);
    await settle(form);
  });

  it('keep no containment on the combobox, whose list overflows its box', async () => {
    const form = await mountForm(schema);
    expect(getComputedStyle(widget(form, '/city')).contentVisibility).toBe('visible');
    expect(getComputedStyle(widget(form, '/f0')).contentVisibility).toBe('auto');
  });

  it('leave a widget alone on a page as it was: not contained (it is not one of a thousand)', async () => {
    const alone = document.createElement('dvc-text-field');
    document.body.append(alone);
    await (alone as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(getComputedStyle(alone).contentVisibility).toBe('visible');
  });
});
