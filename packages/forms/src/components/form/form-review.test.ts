import { procedureSamples } from '@dvc-kit/procedures';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  control,
  definition,
  field,
  focusedWidget,
  mountForm,
  settle,
} from '../../../test/browser/helpers/form-fixture.js';
import { violations } from '../../../test/browser/helpers/axe.js';
import { sampleUnits as units } from '../../../test/browser/helpers/sample-units.js';
import type { DvcSubmitEvent } from '../../events/submit.js';
import type { DvcForm } from './form.js';

const birth = definition('birth-registration');
const valid = procedureSamples('birth-registration').valid as Record<string, Record<string, unknown>>;

afterEach(async () => {
  document.body.replaceChildren();
  await page.viewport(1280, 800);
});

function shadow(form: DvcForm): ShadowRoot {
  return form.shadowRoot!;
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Each answer of the review: label, value and whether it has a Change link. */
function answers(form: DvcForm): Map<string, { value: string; change: string | undefined }> {
  const rows = [...shadow(form).querySelectorAll('.summary-row')];
  return new Map(
    rows.map((row) => {
      const link = row.querySelector('a');
      return [
        text(row.querySelector('dt')),
        { value: text(row.querySelector('.summary-value')), change: link === null ? undefined : text(link) },
      ];
    }),
  );
}

/** Tabs until the element matching `match` has focus, then presses Enter. */
async function activate(form: DvcForm, match: (el: Element) => boolean): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await userEvent.tab();
    const active = shadow(form).activeElement;
    if (active !== null && match(active)) {
      await userEvent.keyboard('{Enter}');
      await settle(form);
      return;
    }
  }
  throw new Error('Never reached by Tab');
}

const part = (name: string) => (el: Element) => el.getAttribute('part')?.split(' ').includes(name) === true;

/** Presses Continue (by keyboard) until the review shows. */
async function toReview(form: DvcForm): Promise<void> {
  for (let i = 0; i < 6 && form.step !== 'review'; i++) await activate(form, part('continue-button'));
  expect(form.step).toBe('review');
}

describe('check your answers', { timeout: 60_000 }, () => {
  it('lists every answer by step as people read them, with the fees and their total', async () => {
    const form = await mountForm(birth, { data: valid, adminUnits: units });
    await toReview(form);
    await settle(form);
    const heading = shadow(form).querySelector('[data-step-heading]');
    expect(text(heading)).toBe('Kiểm tra thông tin trước khi nộp');
    expect(shadow(form).activeElement).toBe(heading);
    expect([...shadow(form).querySelectorAll('.review-step')].map(text)).toEqual([
      'Người được khai sinh',
      'Cha, mẹ',
      'Giấy tờ chứng minh việc sinh',
      'Người đi đăng ký',
      'Phí, lệ phí',
    ]);
    const seen = answers(form);
    const value = (label: string): string | undefined => seen.get(label)?.value;
    expect(value('Ngày, tháng, năm sinh của người được khai sinh')).toBe('02/10/2026');
    expect(value('Giới tính của người được khai sinh')).toBe('Nam');
    expect([...seen.values()].map((a) => a.value)).toEqual(
      expect.arrayContaining(['Thành phố Hà Nội', 'Phường Ba Đình', 'Phường Hoàn Kiếm', 'Cơ sở y tế']),
    );
    expect([...seen.values()].some((a) => a.value === '01' || a.value === '00070')).toBe(false);
    expect(value('Dân tộc của người được khai sinh')).toBe('Kinh');
    expect(value('Quốc tịch của người được khai sinh')).toBe('Việt Nam');
    expect(value('Đã xác định được cha của trẻ')).toBe('Có');
    expect(value('Số bản sao trích lục khai sinh đề nghị cấp')).toBe('2');
    // A prefilled, locked answer cannot be changed here; the others say what they change.
    expect(seen.get('Họ, chữ đệm và tên của người đi đăng ký khai sinh')?.change).toBeUndefined();
    expect(seen.get('Giới tính của người được khai sinh')?.change).toBe(
      'Thay đổi Giới tính của người được khai sinh',
    );
    const fees = shadow(form).querySelector('[part="fees"]')!;
    expect(text(fees)).toContain('Phí cấp bản sao Giấy khai sinh 2 × 8.000 đồng = 16.000 đồng');
    expect(text(shadow(form).querySelector('[part="fee-total"]'))).toBe('16.000 đồng');
    expect(text(shadow(form).querySelector('[part="submit-button"]'))).toBe('Nộp hồ sơ');
  });

  it('speaks English: heading, Change, amounts in VND', async () => {
    const form = await mountForm(birth, { data: valid, locale: 'en' });
    form.step = 'review';
    await settle(form);
    expect(text(shadow(form).querySelector('[data-step-heading]'))).toBe(
      'Check your answers before submitting',
    );
    expect(text(shadow(form).querySelector('[part="change-link"]'))).toMatch(/^Change /);
    expect(text(shadow(form).querySelector('[part="fee-total"]'))).toBe('16,000 VND');
  });

  it('Change goes to the field on its step, and Continue comes straight back to the review', async () => {
    const form = await mountForm(birth, { data: valid });
    const submitted: unknown[] = [];
    form.addEventListener('dvc-submit', (e: DvcSubmitEvent) => submitted.push(e.detail.data));
    await toReview(form);
    await activate(form, (el) => text(el) === 'Thay đổi Họ, chữ đệm và tên của người mẹ');
    expect(form.step).toBe('parents');
    expect(focusedWidget(shadow(form))).toBe(field(form, '/mother/fullName').widget);
    await userEvent.keyboard('{End} Mai');
    await activate(form, part('continue-button'));
    expect(form.step).toBe('review');
    expect(answers(form).get('Họ, chữ đệm và tên của người mẹ')?.value).toBe('Trần Thị Hoa Mai');
    await activate(form, part('submit-button'));
    expect(submitted).toHaveLength(1);
    expect((submitted[0] as typeof valid)['mother']!['fullName']).toBe('Trần Thị Hoa Mai');
  });

  it('a failed submit from the review shows the step of the first problem with the summary', async () => {
    const data = structuredClone(valid);
    delete data['mother']!['personalId'];
    const form = await mountForm(birth, { data });
    form.step = 'review';
    await settle(form);
    await activate(form, part('submit-button'));
    expect(form.step).toBe('parents');
    const summary = shadow(form).querySelector('dvc-error-summary')!;
    expect(summary.hidden).toBe(false);
    expect(summary.shadowRoot!.activeElement?.getAttribute('role')).toBe('alert');
    summary.shadowRoot!.querySelector('a')!.click();
    await settle(form);
    expect(focusedWidget(shadow(form))).toBe(field(form, '/mother/personalId').widget);
  });

  it('is left out with no-review: the last step submits', async () => {
    const form = await mountForm(birth, { data: valid });
    form.noReview = true;
    form.step = 'applicant';
    await settle(form);
    const submitted: unknown[] = [];
    form.addEventListener('dvc-submit', (e: DvcSubmitEvent) => submitted.push(e.detail.data));
    expect(shadow(form).querySelector('[part="continue-button"]')).toBeNull();
    await activate(form, part('submit-button'));
    expect(submitted).toHaveLength(1);
    expect(form.step).toBe('applicant');
    expect(control(form, '/applicant/phone').value).toBe('0912345678');
  });
});

describe('axe-core on the steps and the review', { timeout: 120_000 }, () => {
  it.each([
    [320, 640],
    [1280, 800],
  ])('finds no violation at %i px, on each step, with errors, and on the review', async (width, height) => {
    await page.viewport(width, height);
    const empty = await mountForm(birth, { adminUnits: units });
    await activate(empty, part('continue-button'));
    expect(shadow(empty).querySelector('dvc-error-summary')?.hidden).toBe(false);
    expect(await violations(empty)).toEqual([]);
    empty.remove();
    const form = await mountForm(birth, { data: valid, adminUnits: units });
    for (const step of ['child', 'parents', 'proof', 'applicant', 'review']) {
      form.step = step;
      await settle(form);
      expect(text(shadow(form).querySelector('[data-step-heading]')), step).not.toBe('');
      expect(await violations(form), step).toEqual([]);
    }
    expect(form.scrollWidth).toBeLessThanOrEqual(width);
  });
});
