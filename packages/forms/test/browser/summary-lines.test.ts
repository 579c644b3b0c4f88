import { procedureDefinitions } from '@dvc-kit/procedures';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcForm } from '../../src/components/form/form.js';
import { control, definition, mountForm, onePage, settle, widget } from './helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

function summaryLines(form: DvcForm): { text: string; link: boolean }[] {
  const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
  return [...summary.shadowRoot!.querySelectorAll('li')].map((li) => ({
    text: li.textContent.trim(),
    link: li.querySelector('a') !== null,
  }));
}

async function submitEmpty(form: DvcForm): Promise<{ text: string; link: boolean }[]> {
  await userEvent.click(form.shadowRoot!.querySelector<HTMLElement>('[part="submit-button"]')!);
  await settle(form);
  return summaryLines(form);
}

describe('the error summary names each field with its group', () => {
  it('tells the child’s name from the mother’s on the birth registration (vi and en)', async () => {
    const form = await mountForm(onePage(definition('birth-registration')));
    const lines = (await submitEmpty(form)).map((l) => l.text);
    expect(lines).toContain('Vui lòng nhập Họ, chữ đệm và tên của người được khai sinh.');
    expect(lines).toContain('Vui lòng nhập Họ, chữ đệm và tên của người mẹ.');
    expect(lines).not.toContain('Vui lòng nhập Họ, chữ đệm và tên.');
    // A group without x-dvc-label-of adds its label in brackets.
    expect(lines).toContain('Vui lòng nhập Tỉnh/thành phố (Nơi cư trú) của người mẹ.');
    form.locale = 'en';
    await settle(form);
    const english = summaryLines(form).map((l) => l.text);
    expect(english).toContain('Full name of the mother is required.');
    expect(english).toContain('Full name of the child is required.');
  });

  it.each(procedureDefinitions.map((d) => [d.slug, d] as const))(
    'never shows two identical lines on %s',
    async (_, def) => {
      const form = await mountForm(onePage(def));
      const lines = (await submitEmpty(form)).map((l) => l.text);
      expect(lines.length).toBeGreaterThan(0);
      expect(new Set(lines).size).toBe(lines.length);
    },
  );

  it('puts the field’s label on length, format and choice messages, and keeps the inline message short', async () => {
    const schema = {
      type: 'object',
      properties: {
        code: { type: 'string', title: 'Mã hồ sơ', minLength: 5 },
        email: { type: 'string', title: 'Thư điện tử', format: 'email' },
        kind: { enum: ['a', 'b'], title: 'Loại', 'x-dvc-enum-labels': { a: 'A', b: 'B' } },
      },
      required: ['kind'],
    };
    const form = await mountForm(schema, { data: { code: 'ab', email: 'x' } });
    const lines = (await submitEmpty(form)).map((l) => l.text);
    expect(lines).toEqual([
      'Mã hồ sơ: Phải có ít nhất 5 ký tự.',
      'Thư điện tử: Vui lòng nhập địa chỉ thư điện tử hợp lệ.',
      'Vui lòng nhập Loại.',
    ]);
    expect(widget(form, '/code').error).toBe('Phải có ít nhất 5 ký tự.');
  });

  it('has no link for an issue on a field that is not shown', async () => {
    const form = await mountForm(onePage(definition('birth-registration')));
    await form.setIssues([
      { pointer: '/father/fullName', message: 'Sai.' },
      { pointer: '/child/fullName', message: 'Sai.' },
    ]);
    await settle(form);
    // The father's part is hidden until "the father is known" is answered yes.
    expect(summaryLines(form)).toEqual([
      { text: 'Họ, chữ đệm và tên của người được khai sinh: Sai.', link: true },
      { text: 'Họ, chữ đệm và tên của người cha: Sai.', link: false },
    ]);
  });

  it('words the issues of a repeatable item with the item', async () => {
    const schema = {
      type: 'object',
      properties: {
        members: {
          type: 'array',
          title: 'Thành viên',
          'x-dvc-item-label': 'Thành viên {n}',
          items: {
            type: 'object',
            properties: { name: { type: 'string', title: 'Họ và tên' } },
            required: ['name'],
          },
        },
      },
    };
    const form = await mountForm(schema, { data: { members: [{ name: 'An' }, {}] } });
    expect((await submitEmpty(form)).map((l) => l.text)).toEqual(['Vui lòng nhập Họ và tên (Thành viên 2).']);
    expect(control(form, '/members/0/name').value).toBe('An');
  });
});
