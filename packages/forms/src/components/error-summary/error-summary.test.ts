import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './error-summary.js';
import type { DvcErrorSummary } from './error-summary.js';

afterEach(() => {
  document.body.replaceChildren();
});

async function mount(items: DvcErrorSummary['items']): Promise<DvcErrorSummary> {
  const summary = document.createElement('dvc-error-summary');
  summary.heading = 'Có lỗi trong biểu mẫu';
  summary.items = items;
  summary.hrefFor = (pointer) => `#f${pointer.replaceAll('/', '-')}`;
  document.body.append(summary);
  await summary.updateComplete;
  return summary;
}

describe('<dvc-error-summary>', () => {
  it('renders nothing without problems', async () => {
    const summary = await mount([]);
    expect(summary.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
  });

  it('is a titled alert listing each problem, linked to its field unless it is about the whole form', async () => {
    const summary = await mount([
      { pointer: '', message: 'Hồ sơ đã được nộp.' },
      { pointer: '/phone', message: 'Vui lòng nhập Số điện thoại.' },
    ]);
    const box = summary.shadowRoot!.querySelector<HTMLElement>('[part="summary"]')!;
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.querySelector('h2')?.textContent).toBe('Có lỗi trong biểu mẫu');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent.trim())).toEqual([
      'Hồ sơ đã được nộp.',
      'Vui lòng nhập Số điện thoại.',
    ]);
    const links = box.querySelectorAll('a');
    expect(links.length).toBe(1);
    expect(links[0]?.getAttribute('href')).toBe('#f-phone');
    summary.focus();
    expect(summary.shadowRoot!.activeElement).toBe(box);
  });

  it('tells which field a link is about, without following the link', async () => {
    const summary = await mount([{ pointer: '/phone', message: 'Vui lòng nhập Số điện thoại.' }]);
    const chosen: string[] = [];
    summary.addEventListener('dvc-error-summary-select', (e) =>
      chosen.push((e as CustomEvent<{ pointer: string }>).detail.pointer),
    );
    const before = location.hash;
    summary.shadowRoot!.querySelector('a')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(chosen).toEqual(['/phone']);
    expect(location.hash).toBe(before);
  });
});
