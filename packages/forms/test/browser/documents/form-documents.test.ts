/**
 * `<dvc-form>` with `@dvc-kit/forms/documents` imported: the "Giấy tờ" section after the fields,
 * a submit blocked while a required document is missing (the summary links to its row), and
 * `dvc-submit` carrying the references of the files uploaded to a real sandbox.
 */
import { getProcedureDefinition, procedureSamples } from '@dvc-kit/procedures';
import { createClient } from '@dvc-kit/sdk';
import { afterEach, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/form/form.js';
import '../../../src/documents.js';
import type { DvcSubmitEvent } from '../../../src/events/submit.js';
import { mountForm, onePage, settle } from '../helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

it('blocks the submit until the required document is uploaded, then submits its reference', async () => {
  const client = createClient({ baseUrl: inject('sandbox').baseUrl, auth: 'sandbox-citizen-an' });
  // Documents, not steps, are under test here: the whole form on one page.
  const form = await mountForm(onePage(getProcedureDefinition('death-registration')!), {
    data: procedureSamples('death-registration').valid as Record<string, unknown>,
  });
  form.upload = client.attachments;
  await settle(form);
  const documents = form.shadowRoot?.querySelector('dvc-documents');
  if (documents === null || documents === undefined) throw new Error('No documents section');
  await documents.updateComplete;
  expect(documents.shadowRoot?.querySelector('[role="heading"]')?.textContent.trim()).toBe('Giấy tờ');

  const submitted: DvcSubmitEvent[] = [];
  form.addEventListener('dvc-submit', (e) => submitted.push(e));
  expect(await form.submit()).toBe(false);
  await settle(form);
  const summary = form.shadowRoot?.querySelector('dvc-error-summary');
  const link = summary?.shadowRoot?.querySelector<HTMLAnchorElement>('a');
  expect(link?.textContent).toBe('Vui lòng đính kèm Giấy báo tử hoặc giấy tờ thay Giấy báo tử.');
  // Following the link puts the keyboard on the row's file input.
  link?.focus();
  await userEvent.keyboard('{Enter}');
  const input = documents.shadowRoot?.activeElement;
  expect(input?.getAttribute('type')).toBe('file');

  await userEvent.upload(
    input as HTMLInputElement,
    new File(['%PDF-1.4\n%%EOF\n'], 'giay-bao-tu.pdf', { type: 'application/pdf' }),
  );
  await expect.poll(() => form.documents.length, { timeout: 15_000 }).toBe(1);
  expect(await form.submit()).toBe(true);
  expect(submitted).toHaveLength(1);
  const [reference] = submitted[0]?.detail.documents ?? [];
  expect(reference).toMatchObject({ documentCode: 'GIAY-BAO-TU', fileName: 'giay-bao-tu.pdf' });
  // The reference is a real attachment of this citizen, for this procedure.
  const stored = await client.attachments.retrieve(reference?.attachmentId ?? '');
  expect(stored).toMatchObject({ procedureCode: '1.000656', documentCode: 'GIAY-BAO-TU' });
}, 60_000);

it('keeps documents given before the section is shown (a draft’s)', async () => {
  const reference = {
    documentCode: 'GIAY-BAO-TU',
    attachmentId: 'att_000000000000000000000001',
    fileName: 'cu.pdf',
    contentType: 'application/pdf',
    size: 10,
  };
  const form = document.createElement('dvc-form');
  form.documents = [reference];
  form.definition = getProcedureDefinition('death-registration');
  document.body.append(form);
  await settle(form);
  expect(form.documents).toEqual([reference]);
  // A stepped form shows the section on its last step only: the documents wait until then.
  expect(form.shadowRoot?.querySelector('dvc-documents')).toBeNull();
  form.step = 'applicant';
  await settle(form);
  expect(form.documents).toEqual([reference]);
  const documents = form.shadowRoot?.querySelector('dvc-documents');
  if (documents === null || documents === undefined) throw new Error('No documents section');
  await documents.updateComplete;
  expect(documents.shadowRoot?.textContent).toContain('Đã tải lên cu.pdf');
});

it('keeps the documents of the last step on the review, checks them and submits them from there', async () => {
  const reference = {
    documentCode: 'GIAY-BAO-TU',
    attachmentId: 'att_000000000000000000000002',
    fileName: 'giay-bao-tu.pdf',
    contentType: 'application/pdf',
    size: 10,
  };
  const form = await mountForm(getProcedureDefinition('death-registration'), {
    data: procedureSamples('death-registration').valid as Record<string, unknown>,
  });
  form.step = 'applicant';
  await settle(form);
  expect(form.shadowRoot?.querySelector('dvc-documents')).not.toBeNull();
  // Without the required document, the review's submit is stopped too.
  form.step = 'review';
  await settle(form);
  expect(form.shadowRoot?.querySelector('dvc-documents')).toBeNull();
  expect(await form.submit()).toBe(false);
  form.step = 'applicant';
  await settle(form);
  form.documents = [reference];
  form.step = 'review';
  await settle(form);
  expect(form.documents).toEqual([reference]);
  // "Check your answers" lists the files of each document.
  const listed = form.shadowRoot?.querySelector('[part~="review-documents"]');
  expect([...(listed?.querySelectorAll('dt, dd') ?? [])].map((e) => e.textContent.trim())).toEqual([
    'Giấy báo tử hoặc giấy tờ thay Giấy báo tử',
    'giay-bao-tu.pdf',
  ]);
  const submitted: DvcSubmitEvent[] = [];
  form.addEventListener('dvc-submit', (e) => submitted.push(e));
  expect(await form.submit()).toBe(true);
  expect(submitted[0]?.detail.documents).toEqual([reference]);
  // Back on the last step, the row still shows it.
  form.step = 'applicant';
  await settle(form);
  const documents = form.shadowRoot?.querySelector('dvc-documents');
  await documents?.updateComplete;
  expect(documents?.shadowRoot?.textContent).toContain('Đã tải lên giay-bao-tu.pdf');
});

it('shows a reused electronic copy on "check your answers" as a copy on file, not a file', async () => {
  const copy = {
    documentCode: 'GIAY-BAO-TU',
    attachmentId: 'ec_hoa_giay_bao_tu',
    electronicCopyId: 'ec_hoa_giay_bao_tu',
    fileName: 'Giấy báo tử điện tử',
    contentType: 'application/pdf',
    size: 0,
  };
  const form = await mountForm(getProcedureDefinition('death-registration'), {
    data: procedureSamples('death-registration').valid as Record<string, unknown>,
  });
  form.documents = [copy];
  form.step = 'review';
  await settle(form);
  const listed = form.shadowRoot?.querySelector('[part~="review-documents"]');
  expect([...(listed?.querySelectorAll('dd') ?? [])].map((e) => e.textContent.trim())).toEqual([
    'Giấy báo tử điện tử (bản điện tử đã có)',
  ]);
  const submitted: DvcSubmitEvent[] = [];
  form.addEventListener('dvc-submit', (e) => submitted.push(e));
  expect(await form.submit()).toBe(true);
  expect(submitted[0]?.detail.documents).toEqual([copy]);
});
