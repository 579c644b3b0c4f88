/** The controls the conformance suite runs for, and how a user fills each one. */
import { userEvent } from 'vitest/browser';
import '../../../src/index.js';
import type { Control, ControlSpec } from './control-spec.js';

function input(control: Control): HTMLInputElement {
  return control.shadowRoot!.querySelector<HTMLInputElement>('[part~="control"]')!;
}

/** A text-like control: typing `valid` fills it, typing `invalid` makes it wrong. */
function typed(
  tag: string,
  valid: string,
  invalid: string | undefined,
  filled: unknown = valid,
): ControlSpec {
  const spec: ControlSpec = {
    tag,
    fill: async (control) => {
      await userEvent.fill(input(control), valid);
    },
    submitted: [typeof filled === 'string' ? filled : valid],
    filled,
    empty: '',
  };
  if (invalid !== undefined) {
    spec.fillInvalid = async (control) => {
      await userEvent.type(input(control), invalid);
    };
  }
  return spec;
}

const OPTIONS = [
  { value: 'a', label: 'Lựa chọn A' },
  { value: 'b', label: 'Lựa chọn B' },
  { value: 'c', label: 'Lựa chọn C' },
];

/** A group of radios or checkboxes: clicking "Lựa chọn B" fills it. */
function choices(tag: string, filled: unknown): ControlSpec {
  return {
    tag,
    setup: (control) => {
      (control as Control & { options: typeof OPTIONS }).options = OPTIONS;
    },
    fill: async (control) => {
      await userEvent.click(control.shadowRoot!.querySelector('input[value="b"]')!);
    },
    submitted: ['b'],
    filled,
    empty: Array.isArray(filled) ? [] : '',
  };
}

const PROVINCES = Array.from({ length: 12 }, (_, i) => ({ value: `p${i}`, label: `Tỉnh số ${i}` }));

/** A select with `options`; `fill` chooses the option valued `p7` (or `b`). */
function select(
  title: string,
  options: { value: string; label: string }[],
  fill: ControlSpec['fill'],
): ControlSpec {
  const value = options[0]?.value === 'a' ? 'b' : 'p7';
  return {
    tag: 'dvc-select-field',
    title,
    setup: (control) => {
      (control as Control & { options: typeof options }).options = options;
    },
    fill,
    submitted: [value],
    filled: value,
    empty: '',
  };
}

export const controlSpecs: ControlSpec[] = [
  typed('dvc-text-field', 'Nguyễn Văn An', undefined),
  typed('dvc-textarea-field', 'Xin cấp bản sao.', undefined),
  { ...typed('dvc-number-field', '12', 'abc', 12), empty: null },
  { ...typed('dvc-money-field', '1500000', '15,5', 1500000), empty: null },
  typed('dvc-date-field', '05/09/2024', '31/02/2024', '2024-09-05'),
  typed('dvc-phone-field', '0912345678', '012'),
  typed('dvc-email-field', 'an@example.vn', 'an@'),
  typed('dvc-tax-code-field', '0100109106', '0100233480'),
  typed('dvc-personal-id-field', '001192001234', '00119200123'),
  choices('dvc-radio-field', 'b'),
  select('native', OPTIONS, async (control) => {
    await userEvent.selectOptions(input(control), 'b');
  }),
  select('searchable', PROVINCES, async (control) => {
    await userEvent.click(input(control));
    await userEvent.keyboard('so 7');
    await userEvent.keyboard('{Enter}');
  }),
  choices('dvc-checkbox-group-field', ['b']),
  {
    tag: 'dvc-checkbox-field',
    fill: async (control) => {
      await userEvent.click(control.shadowRoot!.querySelector('input')!);
    },
    submitted: ['on'],
    filled: true,
    empty: false,
  },
];
