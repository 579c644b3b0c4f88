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

export const controlSpecs: ControlSpec[] = [typed('dvc-text-field', 'Nguyễn Văn An', undefined)];
