/**
 * `#/procedures/<code>`: the procedure, and for a signed-in citizen its form, prefilled from the
 * profile, with the documents to upload. Submitting creates the draft once, then submits it through
 * the sdk (which adds an Idempotency-Key, so a retry never files it twice).
 */
import type { DvcForm, DvcSubmitEvent, FormIssue } from '@dvc-kit/forms';
import { prefillData, type ProcedureDefinition } from '@dvc-kit/procedures';
import { ValidationError, type Agency, type Procedure } from '@dvc-kit/sdk';
import { html, render, type TemplateResult } from 'lit';
import { adminUnits, client, signIn, signedIn } from '../portal.js';
import { documentUploads, type Uploads } from './uploads.js';
import { problem } from './problem.js';
import { byId } from '../dom.js';

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

function summary(procedure: Procedure): TemplateResult {
  return html`<h1>${procedure.name.vi}</h1>
    <p class="muted">
      Mã thủ tục ${procedure.code} · ${procedure.agencyName.vi} · ${procedure.processingTime.text.vi}
    </p>
    ${
      procedure.fees.length > 0
        ? html`<h2>Phí, lệ phí</h2>
            <ul>
              ${procedure.fees.map((f) => html`<li>${f.name.vi}: ${vnd.format(f.amount)}</li>`)}
            </ul>`
        : html`<p>Không mất phí.</p>`
    }`;
}

async function agenciesFor(procedure: Procedure, province: string): Promise<Agency[]> {
  return client.agencies.list({ procedure: procedure.code, province, limit: 100 }).toArray({ limit: 500 });
}

export async function procedurePage(code: string): Promise<TemplateResult> {
  const procedure = await client.procedures.retrieve(code);
  if (!(await signedIn())) {
    return html`${summary(procedure)}
      <div class="notice">
        <p>Đăng nhập bằng tài khoản định danh điện tử để nộp hồ sơ trực tuyến.</p>
        <button class="button" @click=${() => void signIn(location.hash)}>Đăng nhập bằng VNeID</button>
      </div>`;
  }
  const profile = await client.profile.retrieve();
  const definition = procedure.definition as unknown as ProcedureDefinition;
  const { data } = prefillData(definition, profile);
  const residence = profile.permanentResidence;
  const agencies = await agenciesFor(procedure, residence?.province ?? '01');
  const preferred = agencies.find((a) => a.communeCode === residence?.commune) ?? agencies[0];
  const uploads: Uploads = new Map();
  let draftId: string | undefined;

  const onSubmit = (event: DvcSubmitEvent): void => {
    const form = event.target as DvcForm;
    const agencyId = (byId('agency') as HTMLSelectElement).value;
    const documents = [...uploads].map(([documentCode, a]) => ({ documentCode, attachmentId: a.id }));
    event.detail.waitUntil(
      (async () => {
        const body = { agencyId, data: event.detail.data, documents };
        const draft =
          draftId === undefined
            ? await client.dossiers.create({ procedureCode: procedure.code, ...body })
            : await client.dossiers.update(draftId, body);
        draftId = draft.id;
        // One key per draft: if the citizen presses again after a lost answer, the portal replays
        // the first submission instead of filing a second one.
        const submitted = await client.dossiers.submit(
          draft.id,
          {},
          { idempotencyKey: `submit-${draft.id}` },
        );
        location.hash = `#/dossiers/${encodeURIComponent(submitted.id)}`;
      })().catch(async (error: unknown) => {
        render('', byId('submit-problem'));
        if (error instanceof ValidationError) {
          const issues: FormIssue[] = Object.values(error.issues).flat();
          await form.setIssues(issues.filter((i) => !i.pointer.startsWith('/documents')));
          const documentIssues = issues.filter((i) => i.pointer.startsWith('/documents'));
          if (documentIssues.length > 0) {
            byId('documents').scrollIntoView();
            byId('document-issues').textContent = documentIssues.map((i) => i.message).join(' ');
          }
          return;
        }
        render(problem(error), byId('submit-problem'));
      }),
    );
  };

  return html`${summary(procedure)}
    <h2>Cơ quan tiếp nhận</h2>
    <label for="agency">Nộp hồ sơ tại</label>
    <select id="agency">
      ${agencies.map((a) => html`<option value=${a.id} ?selected=${a === preferred}>${a.name.vi}</option>`)}
    </select>
    <h2 id="documents">Thành phần hồ sơ</h2>
    <p id="document-issues" class="field-error" role="alert"></p>
    ${documentUploads(procedure, uploads)}
    <h2>Tờ khai</h2>
    <div id="submit-problem"></div>
    <dvc-form
      .definition=${definition}
      .data=${data}
      .adminUnits=${adminUnits}
      submit-label="Nộp hồ sơ"
      @dvc-submit=${onSubmit}
    ></dvc-form>`;
}
