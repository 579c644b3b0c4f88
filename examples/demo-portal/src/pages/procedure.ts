/**
 * `#/procedures/<code>`: the procedure, and for a signed-in citizen its form, prefilled from the
 * profile. Everything else is `<dvc-form>`'s: the steps, "check your answers", the documents
 * (uploaded through the sdk's `client.attachments`), the drafts (kept on this device for this
 * citizen) and the filing through the sdk's client, which ends on a panel with the dossier code.
 * The step shown is kept in the URL (`#/procedures/<code>?step=<id>`), so the browser's Back goes to
 * the step before and a reload comes back to the same step.
 */
import '@dvc-kit/forms/documents';
import { prefillData } from '@dvc-kit/procedures';
import type { DvcStepEvent } from '@dvc-kit/forms';
import type { Agency, Procedure } from '@dvc-kit/sdk';
import { html, type TemplateResult } from 'lit';
import { adminUnits, client, signIn, signedIn } from '../portal.js';

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

/** The agency of the citizen's commune, else the first one that takes the procedure in the province. */
async function agencyFor(
  procedure: Procedure,
  province: string,
  commune?: string,
): Promise<Agency | undefined> {
  const agencies = await client.agencies
    .list({ procedure: procedure.code, province, limit: 100 })
    .toArray({ limit: 500 });
  return agencies.find((a) => a.communeCode === commune) ?? agencies[0];
}

/** The step in the URL's query (`?step=<id>`), `''` when there is none. */
function stepInUrl(): string {
  return new URLSearchParams(location.hash.split('?')[1] ?? '').get('step') ?? '';
}

/** The current route with `step` in its query. */
function withStep(step: string): string {
  return `${location.hash.split('?')[0] ?? ''}?step=${encodeURIComponent(step)}`;
}

/** The citizen moved to another step: a new history entry, so Back comes back here. */
function onStep(event: DvcStepEvent): void {
  if (stepInUrl() !== event.detail.step) history.pushState(null, '', withStep(event.detail.step));
}

/** The URL's step changed (Back, Forward): the form in `root` shows it. */
export function followStepInUrl(root: ParentNode): void {
  const form = root.querySelector('dvc-form');
  const step = stepInUrl();
  if (form !== null && step !== '' && form.step !== step) form.step = step;
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
  const [profile, me] = await Promise.all([client.profile.retrieve(), client.profile.userInfo()]);
  const definition = procedure.definition;
  const { data } = prefillData(definition, profile);
  const residence = profile.permanentResidence;
  const agency = await agencyFor(procedure, residence?.province ?? '01', residence?.commune);
  // The first step goes in the URL too, so Back from the second one has a step to go to.
  const first = definition.layout.steps[0]?.id;
  if (stepInUrl() === '' && first !== undefined) history.replaceState(null, '', withStep(first));

  // `user` keys the drafts: the VNeID subject (a stable id, never a token).
  return html`${summary(procedure)}
    <p>Nộp hồ sơ tại: <strong>${agency?.name.vi ?? 'chưa có cơ quan tiếp nhận'}</strong></p>
    <dvc-form
      .definition=${definition}
      .data=${data}
      .adminUnits=${adminUnits}
      .client=${client}
      .upload=${client.attachments}
      .electronicCopies=${profile.electronicCopies ?? []}
      agency-id=${agency?.id ?? ''}
      drafts="device"
      user=${me.sub}
      step=${stepInUrl()}
      @dvc-step=${onStep}
    ></dvc-form>`;
}
