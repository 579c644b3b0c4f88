/**
 * Documents across a reload, in Chromium against a real sandbox (issue 13, items 5 and 6): the
 * draft keeps the references of uploaded files and of the electronic copies chosen ("Dùng bản điện
 * tử đã có", from the citizen's real profile), a fresh <dvc-form> reading the same IndexedDB gives
 * them back, and the dossier it files refers to the copy (no upload) and the attachment. A file
 * chosen but not uploaded when the page went away comes back as a row saying to choose it again.
 */
import { getProcedureDefinition, procedureSamples } from '@dvc-kit/procedures';
import { createClient, type PortalClient } from '@dvc-kit/sdk';
import { clear, createStore, entries } from 'idb-keyval';
import { afterEach, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/form/form.js';
import type { DvcForm } from '../../../src/components/form/form.js';
import '../../../src/documents.js';
import type { DocumentUploader, DvcDocuments, UploadedDocumentFile } from '../../../src/documents.js';
import type { DvcSubmittedEvent } from '../../../src/events/submitted.js';
import { onePage, settle } from '../helpers/form-fixture.js';

const idb = createStore('dvc-forms', 'drafts');
const death = onePage(getProcedureDefinition('death-registration')!);
const deathData = (): Record<string, unknown> =>
  procedureSamples('death-registration').valid as Record<string, unknown>;
const pdf = (name: string): File =>
  new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], name, { type: 'application/pdf' });

afterEach(async () => {
  document.body.replaceChildren();
  await clear(idb);
});

/** Mounts the death registration with drafts on, as `user`. */
async function mount(props: Partial<DvcForm>): Promise<DvcForm> {
  const form = document.createElement('dvc-form');
  Object.assign(form, { definition: death, data: deathData(), drafts: 'device', user: 'citizen-hoa' }, props);
  document.body.append(form);
  await settle(form);
  return form;
}

function documentsOf(form: DvcForm): DvcDocuments {
  const element = form.shadowRoot?.querySelector('dvc-documents');
  if (element === null || element === undefined) throw new Error('No documents section');
  return element;
}

const rowText = (form: DvcForm, code: string): string =>
  documentsOf(form).shadowRoot?.querySelector(`[data-code="${code}"]`)?.textContent.replace(/\s+/g, ' ') ??
  '';

/** Tabs (through the form and into the documents) until `selector` in the row of `code` has focus. */
async function tabTo(form: DvcForm, code: string, selector: string): Promise<HTMLElement> {
  for (let i = 0; i < 120; i++) {
    await userEvent.tab();
    const focused = documentsOf(form).shadowRoot?.activeElement;
    const row = documentsOf(form).shadowRoot?.querySelector(`[data-code="${code}"]`);
    if (focused instanceof HTMLElement && focused.matches(selector) && row?.contains(focused)) return focused;
  }
  throw new Error(`Could not reach ${selector} in ${code} with Tab`);
}

/** The saved drafts' records. */
async function saved(): Promise<Record<string, unknown>[]> {
  return (await entries<IDBValidKey, Record<string, unknown>>(idb)).map(([, record]) => record);
}

/** Continues the offered draft with the keyboard (the offer has focus; "Tiếp tục điền" is next). */
async function continueDraft(form: DvcForm): Promise<void> {
  await expect.poll(() => form.shadowRoot?.querySelector('.draft-notice button')).not.toBeNull();
  await expect.poll(() => form.shadowRoot?.activeElement?.classList.contains('draft-notice')).toBe(true);
  await userEvent.keyboard('{Tab}{Enter}');
  await settle(form);
}

it('keeps an uploaded file and a chosen electronic copy across a reload, and files both', async () => {
  const { baseUrl, tokens } = inject('sandbox');
  const client: PortalClient = createClient({ baseUrl, auth: tokens.hoa });
  // The copies the state holds for this citizen, from the portal's profile.
  const electronicCopies = (await client.profile.retrieve()).electronicCopies ?? [];
  expect(electronicCopies.map((c) => c.id)).toContain('ec_hoa_giay_bao_tu');
  const first = await mount({ upload: client.attachments, electronicCopies });
  await documentsOf(first).updateComplete;

  // "Dùng bản điện tử đã có", with the keyboard.
  const reuse = await tabTo(first, 'GIAY-BAO-TU', 'button[part="reuse-button"]');
  expect(reuse.textContent.trim()).toBe('Dùng bản điện tử đã có: Giấy báo tử điện tử');
  await userEvent.keyboard('{Enter}');
  // An optional paper, uploaded to the sandbox.
  const input = await tabTo(first, 'VB-UY-QUYEN', 'input[type="file"]');
  await userEvent.upload(input, pdf('uy-quyen.pdf'));
  await expect.poll(() => first.documents.length, { timeout: 15_000 }).toBe(2);
  await expect
    .poll(async () => (await saved())[0]?.['documents'], { timeout: 10_000 })
    .toEqual(first.documents);

  // The reload: a fresh element sharing nothing with the first but IndexedDB.
  document.body.replaceChildren();
  const second = await mount({ upload: client.attachments, electronicCopies });
  await continueDraft(second);
  expect(second.documents).toEqual([
    expect.objectContaining({ documentCode: 'GIAY-BAO-TU', electronicCopyId: 'ec_hoa_giay_bao_tu' }),
    expect.objectContaining({ documentCode: 'VB-UY-QUYEN', fileName: 'uy-quyen.pdf' }),
  ]);
  await documentsOf(second).updateComplete;
  expect(rowText(second, 'GIAY-BAO-TU')).toContain('Dùng bản điện tử: Giấy báo tử điện tử');
  expect(rowText(second, 'VB-UY-QUYEN')).toContain('Đã tải lên uy-quyen.pdf');
  // The copy is used: it is not offered a second time.
  expect(documentsOf(second).shadowRoot?.querySelector('button[part="reuse-button"]')).toBeNull();

  // Filed through the client: the copy by its id (nothing uploaded for it), the paper by its attachment.
  const agencies = await client.agencies
    .list({ procedure: death.procedure.code, limit: 1 })
    .toArray({ limit: 1 });
  Object.assign(second, { client, agencyId: agencies[0]!.id });
  const filed: DvcSubmittedEvent[] = [];
  second.addEventListener('dvc-submitted', (e) => filed.push(e));
  expect(await second.submit()).toBe(true);
  const dossier = await client.dossiers.retrieve(filed[0]!.detail.dossier.id);
  expect(dossier.status).not.toBeNull();
  expect(dossier.documents).toEqual([
    { documentCode: 'GIAY-BAO-TU', electronicCopyId: 'ec_hoa_giay_bao_tu' },
    { documentCode: 'VB-UY-QUYEN', attachmentId: second.documents[1]!.attachmentId },
  ]);
  // The submitted draft is gone.
  await expect.poll(async () => (await saved()).length).toBe(0);
}, 90_000);

it('says after a reload that a file chosen and not uploaded must be chosen again, never dropping it', async () => {
  // An upload that never finishes (the page goes away while it is on its way).
  const stuck: DocumentUploader = { upload: () => new Promise<UploadedDocumentFile>(() => undefined) };
  const first = await mount({ upload: stuck });
  await documentsOf(first).updateComplete;
  const input = await tabTo(first, 'GIAY-BAO-TU', 'input[type="file"]');
  await userEvent.upload(input, pdf('giay-bao-tu.pdf'));
  await expect
    .poll(async () => (await saved())[0]?.['unsent'], { timeout: 10_000 })
    .toEqual([
      {
        documentCode: 'GIAY-BAO-TU',
        fileName: 'giay-bao-tu.pdf',
        contentType: 'application/pdf',
        size: pdf('x').size,
      },
    ]);
  expect((await saved())[0]?.['documents']).toBeUndefined();

  document.body.replaceChildren();
  const { baseUrl, tokens } = inject('sandbox');
  const client = createClient({ baseUrl, auth: tokens.hoa });
  const second = await mount({ upload: client.attachments });
  await continueDraft(second);
  await documentsOf(second).updateComplete;
  expect(rowText(second, 'GIAY-BAO-TU')).toContain(
    'Tệp giay-bao-tu.pdf chưa được tải lên: vui lòng chọn lại tệp.',
  );
  expect(second.documents).toEqual([]);
  // The submit is stopped on the document, not passed without it.
  expect(await second.submit()).toBe(false);
  // Choosing the file again takes the place of the lost one and uploads it.
  const again = await tabTo(second, 'GIAY-BAO-TU', 'input[type="file"]');
  await userEvent.upload(again, pdf('giay-bao-tu.pdf'));
  await expect.poll(() => second.documents.length, { timeout: 15_000 }).toBe(1);
  expect(rowText(second, 'GIAY-BAO-TU')).not.toContain('vui lòng chọn lại');
  await expect.poll(async () => (await saved())[0]?.['unsent']).toBeUndefined();
}, 90_000);

it('discardDraft() deletes the draft with its documents; an older version lists a document it no longer has', async () => {
  const reference = {
    documentCode: 'GIAY-BAO-TU',
    attachmentId: 'ec_hoa_giay_bao_tu',
    electronicCopyId: 'ec_hoa_giay_bao_tu',
    fileName: 'Giấy báo tử điện tử',
    contentType: 'application/pdf',
    size: 0,
  };
  const gone = {
    ...reference,
    documentCode: 'GIAY-DA-BO',
    attachmentId: 'att_000000000000000000000009',
    fileName: 'da-bo.pdf',
  };
  const v0 = {
    ...death,
    version: '0.9.0',
    documents: [...death.documents, { ...death.documents[1]!, code: 'GIAY-DA-BO' }],
  };
  const copy = {
    id: 'ec_hoa_giay_bao_tu',
    name: 'Giấy báo tử điện tử',
    documentCodes: ['GIAY-BAO-TU'],
    source: 'vneid' as const,
  };
  const old = await mount({ definition: v0, electronicCopies: [copy] });
  // A stored file of a component the next version drops, then the copy chosen with the keyboard.
  old.documents = [{ ...gone, electronicCopyId: undefined }];
  await settle(old);
  await tabTo(old, 'GIAY-BAO-TU', 'button[part="reuse-button"]');
  await userEvent.keyboard('{Enter}');
  await expect.poll(async () => ((await saved())[0]?.['documents'] as unknown[] | undefined)?.length).toBe(2);

  document.body.replaceChildren();
  const form = await mount({});
  await continueDraft(form);
  expect(form.documents).toEqual([reference]);
  const notice = form.shadowRoot?.querySelector('.draft-notice')?.textContent ?? '';
  expect(notice).toContain('GIAY-DA-BO: da-bo.pdf');
  await expect.poll(async () => (await saved())[0]?.['documents']).toEqual([reference]);

  await form.discardDraft();
  await settle(form);
  expect(form.documents).toEqual([]);
  expect(await saved()).toEqual([]);
}, 60_000);
