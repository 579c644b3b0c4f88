import { compileProcedure, procedureSamples } from '@dvc-kit/procedures';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  control,
  definition,
  mountForm,
  settle,
  widget,
} from '../../../test/browser/helpers/form-fixture.js';
import { spokenListItems } from '../../../test/browser/helpers/ax-tree.js';
import { violations } from '../../../test/browser/helpers/axe.js';
import { completeByKeyboard, fillByKeyboard } from '../../../test/browser/helpers/keyboard.js';
import type { DvcStepEvent } from '../../events/step.js';
import type { DvcSubmitEvent } from '../../events/submit.js';
import type { DvcForm } from './form.js';

const birth = definition('birth-registration');
const valid = procedureSamples('birth-registration').valid as Record<string, Record<string, unknown>>;
/** The locked fields come from the citizen's profile, as on the portal. */
const profile = {
  applicant: { fullName: valid['applicant']!['fullName'], personalId: valid['applicant']!['personalId'] },
};

afterEach(() => {
  document.body.replaceChildren();
});

function shadow(form: DvcForm): ShadowRoot {
  return form.shadowRoot!;
}

function heading(form: DvcForm): HTMLElement {
  return shadow(form).querySelector<HTMLElement>('[data-step-heading]')!;
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Tabs to the element of `part` and presses Enter on it. */
async function press(form: DvcForm, part: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await userEvent.tab();
    if (shadow(form).activeElement?.getAttribute('part') === part) {
      await userEvent.keyboard('{Enter}');
      await settle(form);
      return;
    }
  }
  throw new Error(`No ${part} reached by Tab`);
}

describe('a stepped <dvc-form>', { timeout: 60_000 }, () => {
  it('shows one step at a time with "Bước 1/4", the step names, one heading and Continue only', async () => {
    const form = await mountForm(birth);
    expect(form.step).toBe('child');
    expect(form.getAttribute('step')).toBe('child');
    expect(text(shadow(form).querySelector('.progress-count'))).toBe('Bước 1/4');
    const names = [...shadow(form).querySelectorAll('.progress-steps li')].map(text);
    expect(names).toEqual([
      '1. Người được khai sinh (bước hiện tại)',
      '2. Cha, mẹ',
      '3. Giấy tờ chứng minh việc sinh',
      '4. Người đi đăng ký',
    ]);
    expect(shadow(form).querySelector('[aria-current="step"]')?.textContent).toContain(
      'Người được khai sinh',
    );
    // One heading: the step's; the procedure's name is a caption; sections and groups have legends.
    expect([...shadow(form).querySelectorAll('h1, h2, h3, h4')].map(text)).toEqual(['Người được khai sinh']);
    expect(text(shadow(form).querySelector('[part="title"]'))).toBe('Đăng ký khai sinh');
    // Only this step's fields are built.
    expect(() => widget(form, '/child/fullName')).not.toThrow();
    expect(() => widget(form, '/mother/fullName')).toThrow();
    expect(shadow(form).querySelector('[part="back-button"]')).toBeNull();
    expect(text(shadow(form).querySelector('[part="continue-button"]'))).toBe('Tiếp tục');
  });

  it('lists the steps one item each, apart on screen, each with its state read out, axe clean', async () => {
    const form = await mountForm(birth, { data: valid });
    await press(form, 'continue-button');
    expect(form.step).toBe('parents');
    // What a screen reader gets: one list item per step, its state in words, no number said twice.
    expect(await spokenListItems('Các bước')).toEqual([
      'Người được khai sinh (đã xong)',
      'Cha, mẹ (bước hiện tại)',
      'Giấy tờ chứng minh việc sinh',
      'Người đi đăng ký',
    ]);
    // On screen: each step's number inside its own item (the state in words is visually hidden),
    // items apart: a gap between them, or a line of their own.
    const items = [...shadow(form).querySelectorAll<HTMLElement>('.progress-steps > li')];
    expect(items.map((li) => li.innerText.replace(/\s+/g, ' ').trim())).toEqual([
      '1. Người được khai sinh (đã xong)',
      '2. Cha, mẹ (bước hiện tại)',
      '3. Giấy tờ chứng minh việc sinh',
      '4. Người đi đăng ký',
    ]);
    for (const li of items) {
      const box = li.getBoundingClientRect();
      const number = li.querySelector('[aria-hidden="true"]')!.getBoundingClientRect();
      expect(number.left).toBeGreaterThanOrEqual(box.left);
      expect(number.right).toBeLessThanOrEqual(box.right);
    }
    for (let i = 1; i < items.length; i++) {
      const before = items[i - 1]!.getBoundingClientRect();
      const after = items[i]!.getBoundingClientRect();
      if (after.top < before.bottom) expect(after.left - before.right).toBeGreaterThanOrEqual(8);
      else expect(after.top).toBeGreaterThanOrEqual(before.bottom);
    }
    expect(await violations(form)).toEqual([]);
  });

  it('blocks Continue on an invalid step with a focused summary of that step only', async () => {
    const form = await mountForm(birth, { locale: 'en' });
    const moves: string[] = [];
    form.addEventListener('dvc-step', (e: DvcStepEvent) => moves.push(e.detail.step));
    await userEvent.click(control(form, '/child/fullName'));
    await userEvent.keyboard('Nguyễn Minh Khang');
    await press(form, 'continue-button');
    expect(form.step).toBe('child');
    expect(moves).toEqual([]);
    const summary = shadow(form).querySelector('dvc-error-summary')!;
    expect(summary.hidden).toBe(false);
    expect(summary.shadowRoot!.activeElement?.getAttribute('role')).toBe('alert');
    const lines = [...summary.shadowRoot!.querySelectorAll('li')].map(text);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => /mother|father|applicant/i.test(l))).toBe(false);
    expect(control(form, '/child/fullName').value).toBe('Nguyễn Minh Khang');
  });

  it('moves on by keyboard, focuses each step heading, fires dvc-step and keeps values on Back', async () => {
    const form = await mountForm(birth, { data: profile });
    const moves: [string, number, string][] = [];
    form.addEventListener('dvc-step', (e: DvcStepEvent) =>
      moves.push([e.detail.step, e.detail.index, e.detail.previous]),
    );
    await fillByKeyboard(form, valid);
    await settle(form);
    expect(form.step).toBe('parents');
    expect(form.getAttribute('step')).toBe('parents');
    expect(text(shadow(form).querySelector('.progress-count'))).toBe('Bước 2/4');
    expect(shadow(form).activeElement).toBe(heading(form));
    expect(text(heading(form))).toBe('Cha, mẹ');
    await userEvent.click(control(form, '/mother/fullName'));
    await userEvent.keyboard('Trần Thị Hoa');
    await press(form, 'back-button');
    expect(form.step).toBe('child');
    expect(shadow(form).activeElement).toBe(heading(form));
    expect(control(form, '/child/fullName').value).toBe('Nguyễn Minh Khang');
    expect(widget(form, '/child/birthPlace/address').value).toMatchObject({ detail: '929 đường La Thành' });
    const birthPlace = valid['child']!['birthPlace'] as Record<string, unknown>;
    expect(form.value).toMatchObject({ child: { birthPlace: { address: birthPlace['address'] } } });
    await press(form, 'continue-button');
    expect(form.step).toBe('parents');
    expect(control(form, '/mother/fullName').value).toBe('Trần Thị Hoa');
    expect(moves).toEqual([
      ['parents', 1, 'child'],
      ['child', 0, 'parents'],
      ['parents', 1, 'child'],
    ]);
  });

  it('completes birth registration through every step and the review by keyboard', async () => {
    const form = await mountForm(birth, { data: profile });
    const submitted: unknown[] = [];
    form.addEventListener('dvc-submit', (e: DvcSubmitEvent) => submitted.push(e.detail.data));
    const seen = await completeByKeyboard(form, valid);
    expect(seen).toEqual(['child', 'parents', 'proof', 'applicant', 'review']);
    expect(submitted).toHaveLength(1);
    expect(compileProcedure(birth).validate(submitted[0]).ok).toBe(true);
    expect(submitted[0]).toEqual(valid);
  });

  it('keeps the step in the URL: pushState on dvc-step, popstate sets step back', async () => {
    const form = await mountForm(birth, { data: valid });
    const start = history.length;
    form.addEventListener('dvc-step', (e: DvcStepEvent) => {
      history.pushState({ step: e.detail.step }, '', `?step=${e.detail.step}`);
    });
    const onPop = (e: PopStateEvent): void => {
      form.step = (e.state as { step?: string } | null)?.step ?? 'child';
    };
    window.addEventListener('popstate', onPop);
    try {
      await press(form, 'continue-button');
      await press(form, 'continue-button');
      expect(form.step).toBe('proof');
      expect(new URLSearchParams(location.search).get('step')).toBe('proof');
      expect(history.length).toBe(start + 2);
      const popped = new Promise((resolve) => {
        window.addEventListener('popstate', resolve, { once: true });
      });
      history.back();
      await popped;
      await settle(form);
      expect(form.step).toBe('parents');
      expect(form.getAttribute('step')).toBe('parents');
      expect(text(heading(form))).toBe('Cha, mẹ');
      expect(shadow(form).activeElement).toBe(heading(form));
      expect(control(form, '/mother/fullName').value).toBe('Trần Thị Hoa');
    } finally {
      window.removeEventListener('popstate', onPop);
      history.replaceState(null, '', location.pathname);
    }
  });

  it('shows the first step for an unknown step or none, as when Back reaches the URL without one', async () => {
    const form = await mountForm(birth, { data: valid });
    form.addEventListener('dvc-step', (e: DvcStepEvent) => {
      history.pushState({ step: e.detail.step }, '', `?step=${e.detail.step}`);
    });
    // docs/forms.md's handler: the first entry has no state, so the page sets ''.
    const onPop = (e: PopStateEvent): void => {
      form.step = (e.state as { step?: string } | null)?.step ?? '';
    };
    window.addEventListener('popstate', onPop);
    try {
      history.replaceState(null, '', location.pathname);
      await press(form, 'continue-button');
      expect(form.step).toBe('parents');
      const popped = new Promise((resolve) => {
        window.addEventListener('popstate', resolve, { once: true });
      });
      history.back();
      await popped;
      await settle(form);
      expect(text(heading(form))).toBe('Người được khai sinh');
      expect(form.step).toBe('child');
      expect(form.getAttribute('step')).toBe('child');
      expect(shadow(form).activeElement).toBe(heading(form));
      form.step = 'no-such-step';
      await settle(form);
      expect(form.step).toBe('child');
      expect(text(heading(form))).toBe('Người được khai sinh');
    } finally {
      window.removeEventListener('popstate', onPop);
      history.replaceState(null, '', location.pathname);
    }
  });

  it('shows the step the page asks for, and a definition with one step stays one page', async () => {
    const form = await mountForm(birth, { data: valid });
    form.step = 'applicant';
    await settle(form);
    expect(text(heading(form))).toBe('Người đi đăng ký');
    expect(text(shadow(form).querySelector('.progress-count'))).toBe('Bước 4/4');
    const onePage = structuredClone(birth);
    onePage.layout.steps = [
      { ...onePage.layout.steps[0]!, sections: onePage.layout.steps.flatMap((s) => s.sections) },
    ];
    const single = await mountForm(onePage);
    expect(single.step).toBe('');
    expect(shadow(single).querySelector('.progress')).toBeNull();
    expect(shadow(single).querySelector('[part="continue-button"]')).toBeNull();
    expect(shadow(single).querySelector('[part="submit-button"]')).not.toBeNull();
    expect(() => widget(single, '/applicant/phone')).not.toThrow();
  });
});
