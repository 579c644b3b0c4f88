import {
  compileProcedure,
  getProcedureDefinition,
  procedureDefinitions,
  procedureSamples,
} from '@dvc-kit/procedures';
import { afterEach, describe, expect, it } from 'vitest';
import type { DvcSubmitEvent } from '../../src/events/submit.js';
import { violations } from './helpers/axe.js';
import { mountForm, settle } from './helpers/form-fixture.js';
import { completeByKeyboard } from './helpers/keyboard.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('keyboard-only completion', () => {
  it('fills the death registration step by step and submits it from the review with Tab, typing, Space, arrows and Enter', async () => {
    const definition = getProcedureDefinition('death-registration');
    const valid = procedureSamples('death-registration').valid as { applicant: Record<string, unknown> };
    // The locked fields come from the citizen's profile, as on the portal.
    const prefilled = {
      applicant: { fullName: valid.applicant['fullName'], personalId: valid.applicant['personalId'] },
    };
    const form = await mountForm(definition, { data: prefilled });
    const submitted: unknown[] = [];
    form.addEventListener('dvc-submit', (e: DvcSubmitEvent) => submitted.push(e.detail.data));
    const steps = await completeByKeyboard(form, valid);
    await settle(form);
    expect(steps).toEqual(['deceased', 'applicant', 'review']);
    expect(submitted).toHaveLength(1);
    expect(compileProcedure(definition!).validate(submitted[0]).ok).toBe(true);
    expect(submitted[0]).toEqual(valid);
  });
});

describe('axe-core', () => {
  it.each(procedureDefinitions.map((d) => [d.slug, d] as const))(
    'finds no violation on %s, empty and with errors shown',
    async (_, definition) => {
      const form = await mountForm(definition);
      expect(await violations(form)).toEqual([]);
      expect(await form.submit()).toBe(false);
      await settle(form);
      expect(form.shadowRoot?.querySelector('dvc-error-summary')?.hidden).toBe(false);
      expect(await violations(form)).toEqual([]);
    },
  );
});

describe('the axe harness', () => {
  it('sees inside the form’s shadow roots (an unlabelled input there is a violation)', async () => {
    const form = await mountForm(getProcedureDefinition('death-registration'));
    form.shadowRoot?.querySelector('[part="section"]')?.append(document.createElement('input'));
    expect((await violations(form)).some((v) => v.startsWith('label:'))).toBe(true);
  });
});
