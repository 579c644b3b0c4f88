import { procedureSamples } from '@dvc-kit/procedures';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { takeConsoleOutput } from '../../../../test-utils/console.js';
import type { DvcForm } from '../../src/components/form/form.js';
import {
  control,
  definition,
  field,
  mountForm,
  onePage,
  settle,
  widget,
  widgetRoot,
} from './helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

function radio(form: DvcForm, pointer: string, value: string): HTMLInputElement {
  const input = widgetRoot(widget(form, pointer)).querySelector<HTMLInputElement>(`input[value="${value}"]`);
  if (input === null) throw new Error(`No radio ${value} at ${pointer}`);
  return input;
}

describe('conditional fields', () => {
  it('appear and disappear with the schema’s if/then, keeping what was typed out of the submission', async () => {
    const form = await mountForm(onePage(definition('permanent-residence-registration')));
    expect(field(form, '/relationshipToHead').hidden).toBe(true);
    const owner = form.shadowRoot!.querySelectorAll('dvc-form-section')[2]!;
    expect(owner.hidden).toBe(true);
    await userEvent.click(radio(form, '/basis', 'relative-home'));
    await settle(form);
    expect(field(form, '/relationshipToHead').hidden).toBe(false);
    expect(owner.hidden).toBe(false);
    await userEvent.type(control(form, '/owner/fullName'), 'Trần Văn Bình');
    await userEvent.click(radio(form, '/basis', 'own-home'));
    await settle(form);
    expect(field(form, '/relationshipToHead').hidden).toBe(true);
    expect(owner.hidden).toBe(true);
    expect(form.value['owner']).toBeUndefined();
    await userEvent.click(radio(form, '/basis', 'rented-home'));
    await settle(form);
    expect(control(form, '/owner/fullName').value).toBe('Trần Văn Bình');
    expect(form.value['owner']).toEqual({ fullName: 'Trần Văn Bình' });
  });

  it('re-renders the changed field and the fields that depend on it, not the others', async () => {
    const form = await mountForm(onePage(definition('permanent-residence-registration')));
    const fields = form.shownFields();
    const before = fields.map((f) => f.renderCount);
    await userEvent.click(radio(form, '/basis', 'rented-home'));
    await settle(form);
    const rendered = fields.filter((f, i) => f.renderCount > (before[i] ?? 0)).map((f) => f.node.pointer);
    // The owner's section was hidden: it renders its fields afresh when its condition starts to hold.
    expect(rendered.sort()).toEqual(['/basis', '/floorArea']);
    expect(field(form, '/owner').hidden).toBe(false);
  });
});

describe('setIssues', () => {
  it('puts the issues of a 422 answer on their fields and in the focused summary', async () => {
    const sample = procedureSamples('death-registration').valid as Record<string, unknown>;
    const form = await mountForm(onePage(definition('death-registration')), { data: sample });
    const body = {
      error: {
        status: 422,
        code: 'dossier_invalid',
        message: { vi: 'Hồ sơ chưa hợp lệ.', en: 'The dossier is not valid.' },
        requestId: 'req_1',
        issues: [
          { pointer: '/applicant/phone', code: 'format', message: 'Số điện thoại không đúng.' },
          { pointer: '/deceased/personalId', code: 'format', message: 'Số định danh không khớp hồ sơ.' },
          { pointer: '', code: 'any_of', message: 'Hồ sơ trùng với một hồ sơ đã nộp.' },
        ],
      },
    };
    await form.setIssues(body.error.issues);
    await settle(form);
    expect(widget(form, '/applicant/phone').error).toBe('Số điện thoại không đúng.');
    expect(widget(form, '/deceased/personalId').error).toBe('Số định danh không khớp hồ sơ.');
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    const items = [...summary.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent.trim());
    // Each line names its field with its group; the line about the whole dossier names nothing.
    expect(items).toEqual([
      'Hồ sơ trùng với một hồ sơ đã nộp.',
      'Số định danh cá nhân (Người đã chết): Số định danh không khớp hồ sơ.',
      'Số điện thoại di động (Người đi đăng ký khai tử): Số điện thoại không đúng.',
    ]);
    expect(summary.shadowRoot!.activeElement?.getAttribute('role')).toBe('alert');
    expect(form.focusFirstError()).toBe(true);
    expect(widget(form, '/deceased/personalId').matches(':focus-within')).toBe(true);
  });
});

describe('inside a native <form>', () => {
  it('blocks the native submit while invalid, showing the summary, and submits JSON under its name when valid', async () => {
    const native = document.createElement('form');
    const submitted: string[] = [];
    native.addEventListener('submit', (e) => {
      e.preventDefault();
      const entry = new FormData(native).get('dossier');
      submitted.push(typeof entry === 'string' ? entry : '');
    });
    const button = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Gửi' });
    document.body.append(native);
    const form = await mountForm(definition('death-registration'), { name: 'dossier' }, native);
    native.append(button);
    expect(form.matches(':invalid')).toBe(true);
    await userEvent.click(button);
    await settle(form);
    expect(submitted).toEqual([]);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    expect(summary.hidden).toBe(false);
    expect(summary.shadowRoot!.querySelectorAll('a').length).toBeGreaterThan(5);

    const valid = procedureSamples('death-registration').valid as Record<string, unknown>;
    form.data = valid;
    await settle(form);
    await userEvent.click(button);
    expect(submitted.length).toBe(1);
    expect(JSON.parse(submitted[0]!)).toEqual(valid);
  });

  it('resets with the native form', async () => {
    const native = document.createElement('form');
    document.body.append(native);
    const form = await mountForm(onePage(definition('death-registration')), { name: 'dossier' }, native);
    await userEvent.type(control(form, '/applicant/fullName'), 'Lê Văn Tám');
    native.reset();
    await settle(form);
    expect(control(form, '/applicant/fullName').value).toBe('');
  });
});

describe('safe rendering', () => {
  it('renders labels, hints and options from a definition as text', async () => {
    const evil = '<img src=x onerror="window.__dvcPwned=1">';
    const form = await mountForm({
      type: 'object',
      title: evil,
      properties: {
        a: { type: 'string', title: evil, description: evil },
        b: {
          enum: ['x', 'y'],
          'x-dvc-label': { vi: evil, en: evil },
          'x-dvc-enum-labels': { x: { vi: evil, en: evil }, y: { vi: 'y', en: 'y' } },
        },
      },
    });
    await settle(form);
    const all = [
      form.shadowRoot!,
      ...[...form.shadowRoot!.querySelectorAll('*')].map((e) => e.shadowRoot).filter((r) => r !== null),
    ];
    expect(all.some((root) => root.querySelector('img') !== null)).toBe(false);
    expect((widgetRoot(widget(form, '/a')) as Element).textContent).toContain(evil);
    expect((window as unknown as Record<string, unknown>)['__dvcPwned']).toBeUndefined();
  });

  it.each([
    ['a definition that is not an object', 'not a definition'],
    [
      'a layout naming a missing field',
      {
        ...definition('death-registration'),
        layout: {
          steps: [
            {
              id: 'a',
              title: { vi: 'A', en: 'A' },
              sections: [{ id: 'b', title: { vi: 'B', en: 'B' }, fields: ['/nope'] }],
            },
          ],
        },
      },
    ],
    [
      'a data model that does not compile',
      { type: 'object', properties: { a: { type: 'string', minimun: 1 } } },
    ],
  ])('shows a localized error in place of %s and logs one console.error', async (_, bad) => {
    const form = await mountForm(bad, { locale: 'en' });
    const failure = form.shadowRoot!.querySelector('[part="failure"]');
    expect(failure?.getAttribute('role')).toBe('alert');
    expect(failure?.textContent.trim()).toBe('The form cannot be shown: its definition is not valid.');
    expect(form.shadowRoot!.querySelector('form')).toBeNull();
    expect(takeConsoleOutput('error')).toHaveLength(1);
    expect(form.validate().ok).toBe(false);
  });

  it('loads a definition from src, and shows an error in place when it cannot', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(definition('death-registration'))], { type: 'application/json' }),
    );
    const form = document.createElement('dvc-form');
    form.src = url;
    document.body.append(form);
    await expect.poll(() => form.shownFields().length).toBeGreaterThan(3);
    URL.revokeObjectURL(url);

    const missing = document.createElement('dvc-form');
    missing.src = '/no-such-definition.json';
    document.body.append(missing);
    await expect
      .poll(() => missing.shadowRoot?.querySelector('[part="failure"]')?.textContent.trim())
      .toBe('Không tải được biểu mẫu. Vui lòng thử lại sau.');
    expect(takeConsoleOutput('error')).toHaveLength(1);
  });

  it('takes data that is not an object, and an unknown locale, without throwing', async () => {
    const form = await mountForm(definition('death-registration'), {
      data: 'oops' as unknown as Record<string, unknown>,
      locale: 'fr' as 'vi',
    });
    // Required groups stay, empty, so that their fields are reported one by one; a new form starts
    // with the schema's defaults.
    expect(form.value).toEqual({
      deceased: { lastResidence: {} },
      death: { place: {} },
      applicant: {},
      extractCopies: 0,
    });
    expect(widget(form, '/death/cause').label).toBe('Nguyên nhân chết');
    expect(form.validate().ok).toBe(false);
  });
});
