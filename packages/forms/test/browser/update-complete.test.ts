/**
 * `await form.updateComplete` is the documented "the form has rendered": it covers the fields that
 * render after the form itself (groups, the key-value editor of an open object, the choices of a
 * `oneOf`), not only the form's own update. Pages and stories read the DOM right after it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/form/form.js';
import type { DvcForm } from '../../src/components/form/form.js';

afterEach(() => {
  document.body.replaceChildren();
});

const definition = {
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Họ và tên' },
    delivery: {
      title: 'Hình thức nhận',
      oneOf: [
        {
          title: 'Qua bưu điện',
          type: 'object',
          properties: { address: { type: 'string', title: 'Địa chỉ' } },
        },
        {
          title: 'Tại cơ quan',
          type: 'object',
          properties: { office: { type: 'string', title: 'Cơ quan' } },
        },
      ],
    },
    notes: { type: 'object', title: 'Ghi chú', additionalProperties: { type: 'string' } },
  },
};
const data = {
  name: 'An',
  delivery: { address: '1 Tràng Tiền' },
  notes: { 'Giờ nhận': 'Sáng', 'Người nhận': 'B' },
};

async function mountAndAwait(): Promise<DvcForm> {
  const form = document.createElement('dvc-form');
  Object.assign(form, { definition, data });
  document.body.append(form);
  await form.updateComplete;
  return form;
}

describe('updateComplete', () => {
  it('resolves once the groups, the entries and the choices under the form have rendered, cold and warm', async () => {
    for (const round of ['cold', 'warm', 'warm again']) {
      const form = await mountAndAwait();
      const root = form.shadowRoot!;
      const keys = [...root.querySelectorAll<HTMLElement & { value: string }>('dvc-form-entries .entry-key')];
      expect(
        keys.map((k) => k.value),
        round,
      ).toEqual(['Giờ nhận', 'Người nhận']);
      const texts = [...root.querySelectorAll<HTMLElement & { value: unknown }>('dvc-text-field')];
      expect(
        texts.map((t) => t.value),
        round,
      ).toContain('1 Tràng Tiền');
      const pending = [...root.querySelectorAll('*')].filter(
        (e) => (e as Partial<{ isUpdatePending: boolean }>).isUpdatePending === true,
      );
      expect(
        pending.map((e) => e.localName),
        round,
      ).toEqual([]);
      form.remove();
    }
  });
});
