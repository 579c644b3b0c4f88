import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './checkbox-group-field.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<dvc-checkbox-group-field>', () => {
  it('keeps the chosen values in the order of the options and submits each of them', async () => {
    const form = document.createElement('form');
    const field = document.createElement('dvc-checkbox-group-field');
    field.name = 'delivery';
    field.label = 'Hình thức nhận kết quả';
    field.options = [
      { value: 'online', label: 'Nhận trực tuyến' },
      { value: 'post', label: 'Qua dịch vụ bưu chính' },
      { value: 'counter', label: 'Tại bộ phận một cửa' },
    ];
    form.append(field);
    document.body.append(form);
    await field.updateComplete;
    const boxes = field.shadowRoot!.querySelectorAll('input');
    await userEvent.click(boxes[2]!);
    await userEvent.click(boxes[0]!);
    await field.updateComplete;
    expect(field.value).toEqual(['online', 'counter']);
    expect(new FormData(form).getAll('delivery')).toEqual(['online', 'counter']);
    await userEvent.click(boxes[2]!);
    await field.updateComplete;
    expect(new FormData(form).getAll('delivery')).toEqual(['online']);
  });
});
