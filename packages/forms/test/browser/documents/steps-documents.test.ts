/**
 * A stepped `<dvc-form>` whose last step shows the "Giấy tờ" section: Continue checks the step's
 * documents as it checks its fields (a missing required one keeps the step, in the error summary,
 * which takes focus and links to its row), by keyboard, against a real sandbox.
 */
import { getProcedureDefinition, procedureSamples } from '@dvc-kit/procedures';
import { createClient } from '@dvc-kit/sdk';
import { afterEach, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/form/form.js';
import type { DvcForm } from '../../../src/components/form/form.js';
import '../../../src/documents.js';
import type { DvcStepEvent } from '../../../src/events/step.js';
import { control, mountForm, settle } from '../helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** Tabs to the element of `part` (in the form's shadow root) and presses Enter on it. */
async function press(form: DvcForm, part: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await userEvent.tab();
    if (form.shadowRoot?.activeElement?.getAttribute('part') === part) {
      await userEvent.keyboard('{Enter}');
      await settle(form);
      return;
    }
  }
  throw new Error(`No ${part} reached by Tab`);
}

it('checks the step’s documents on Continue: a missing required one keeps the step, in the focused summary', async () => {
  const client = createClient({ baseUrl: inject('sandbox').baseUrl, auth: 'sandbox-citizen-an' });
  const form = await mountForm(getProcedureDefinition('death-registration'), {
    data: procedureSamples('death-registration').valid as Record<string, unknown>,
  });
  form.upload = client.attachments;
  const moves: string[] = [];
  form.addEventListener('dvc-step', (e: DvcStepEvent) => moves.push(e.detail.step));
  // Every answer is valid: Continue goes through the steps to the last, which shows the documents.
  while (form.shadowRoot?.querySelector('dvc-documents') === null) await press(form, 'continue-button');
  expect(form.step).toBe('applicant');
  const documents = form.shadowRoot?.querySelector('dvc-documents');
  if (documents === null || documents === undefined) throw new Error('No documents section');
  await documents.updateComplete;
  moves.length = 0;

  // Continue without the required document: the step stays and the summary, focused, says what is missing.
  await press(form, 'continue-button');
  expect(form.step).toBe('applicant');
  expect(moves).toEqual([]);
  const summary = form.shadowRoot?.querySelector('dvc-error-summary');
  expect(summary?.hidden).toBe(false);
  expect(summary?.shadowRoot?.activeElement?.getAttribute('role')).toBe('alert');
  const links = [...(summary?.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  expect(links.map((a) => a.textContent.trim())).toEqual([
    'Vui lòng đính kèm Giấy báo tử hoặc giấy tờ thay Giấy báo tử.',
  ]);
  // The row says so too, and the summary's link puts the keyboard on its file input.
  expect(documents.shadowRoot?.textContent).toContain(
    'Vui lòng đính kèm Giấy báo tử hoặc giấy tờ thay Giấy báo tử.',
  );
  await userEvent.tab();
  expect(summary?.shadowRoot?.activeElement).toBe(links[0]);
  await userEvent.keyboard('{Enter}');
  const input = documents.shadowRoot?.activeElement;
  expect(input?.getAttribute('type')).toBe('file');

  // With the file stored, Continue goes on to "check your answers".
  await userEvent.upload(
    input as HTMLInputElement,
    new File(['%PDF-1.4\n%%EOF\n'], 'giay-bao-tu.pdf', { type: 'application/pdf' }),
  );
  await expect.poll(() => form.documents.length, { timeout: 15_000 }).toBe(1);
  await press(form, 'continue-button');
  expect(form.step).toBe('review');
  expect(moves).toEqual(['review']);
  expect(form.shadowRoot?.querySelector('dvc-error-summary')?.hidden).not.toBe(false);
}, 120_000);

it('stops a submit from a review reached without showing the documents, and keeps them out of another step’s summary', async () => {
  const form = await mountForm(getProcedureDefinition('death-registration'), {
    data: procedureSamples('death-registration').valid as Record<string, unknown>,
  });
  // The page goes straight to the review (the documents' step never shown): the missing one stops the submit...
  form.step = 'review';
  await settle(form);
  expect(await form.submit()).toBe(false);
  await settle(form);
  // ...then, on the first step, an emptied field stops Continue: its summary has that field only.
  form.step = 'deceased';
  await settle(form);
  await userEvent.click(control(form, '/deceased/fullName'));
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  await press(form, 'continue-button');
  const summary = form.shadowRoot?.querySelector('dvc-error-summary');
  const lines = [...(summary?.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent.trim());
  expect(lines).toHaveLength(1);
  expect(lines.join()).not.toContain('Giấy báo tử hoặc giấy tờ');
}, 120_000);
