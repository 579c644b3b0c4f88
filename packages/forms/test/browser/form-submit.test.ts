/**
 * Filing through a client: <dvc-form> with the sdk's real client against the sandbox (started by
 * sandbox.setup.ts), in Chromium, driven by the keyboard. A double submit and a submit whose answer
 * is lost then retried each leave exactly one dossier; a 422 lands on its field.
 */
import { procedureSamples } from '@dvc-kit/procedures';
import { clear, createStore, keys } from 'idb-keyval';
import { createClient, type Dossier, type PortalClient } from '@dvc-kit/sdk';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DossierSubmitter } from '../../src/components/form/dossier-submitter.js';
import type { AdminUnitsProvider } from '../../src/components/form/admin-units.js';
import type { DvcForm } from '../../src/components/form/form.js';
import type { DvcSubmitErrorEvent } from '../../src/events/submit-error.js';
import type { DvcSubmittedEvent } from '../../src/events/submitted.js';
import { violations } from './helpers/axe.js';
import { control, definition, onePage, settle, widget } from './helpers/form-fixture.js';

// The type test: the sdk's client is a DossierSubmitter as it is (`tsc -b` checks this file).
export const asSubmitter = (client: PortalClient): DossierSubmitter => client;

// Filing, not steps, is under test here: the whole form on one page.
const BIRTH = onePage(definition('birth-registration'));
const { baseUrl, tokens } = inject('sandbox');

afterEach(async () => {
  document.body.replaceChildren();
  await clear(createStore('dvc-forms', 'drafts'));
});

interface BirthData extends Record<string, unknown> {
  child: Record<string, unknown>;
  mother: { residence: Record<string, unknown> };
}

function sample(): BirthData {
  return procedureSamples('birth-registration').valid as BirthData;
}

async function mountFiling(
  client: PortalClient,
  data: Record<string, unknown>,
  more: Partial<Pick<DvcForm, 'drafts' | 'user' | 'adminUnits'>> = {},
): Promise<DvcForm> {
  const agencies = await client.agencies
    .list({ procedure: BIRTH.procedure.code, limit: 1 })
    .toArray({ limit: 1 });
  const form = document.createElement('dvc-form');
  Object.assign(form, { definition: BIRTH, data, client, agencyId: agencies[0]!.id, ...more });
  document.body.append(form);
  await settle(form);
  return form;
}

function submitButton(form: DvcForm): HTMLButtonElement {
  return form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

/** Types the child's name (the sample's is emptied) and moves to the submit button by keyboard. */
async function typeNameAndReachSubmit(form: DvcForm, name: string): Promise<void> {
  await userEvent.click(control(form, '/child/fullName'));
  await userEvent.keyboard(name);
  submitButton(form).focus();
  expect(form.shadowRoot!.activeElement).toBe(submitButton(form));
}

/** Every dossier of the persona for the procedure, drafts included. */
async function dossiersOf(client: PortalClient): Promise<Dossier<BirthData>[]> {
  const all = await client.dossiers.list({ procedureCode: BIRTH.procedure.code }).toArray({ limit: 50 });
  return all as Dossier<BirthData>[];
}

async function confirmed(form: DvcForm): Promise<HTMLElement> {
  await expect
    .poll(() => form.shadowRoot!.querySelector('.confirmation'), { timeout: 15_000 })
    .not.toBeNull();
  return form.shadowRoot!.querySelector<HTMLElement>('.confirmation')!;
}

describe('filing through a client', () => {
  it('files once on a double submit and shows the dossier code in a focused confirmation', async () => {
    const client = createClient({ baseUrl, auth: tokens.an });
    const data = sample();
    delete data.child['fullName'];
    const form = await mountFiling(client, data);
    const submitted: DvcSubmittedEvent[] = [];
    let plainSubmits = 0;
    form.addEventListener('dvc-submitted', (e) => submitted.push(e));
    form.addEventListener('dvc-submit', () => plainSubmits++);
    await typeNameAndReachSubmit(form, 'Nguyễn Minh Khang');
    await userEvent.dblClick(submitButton(form));
    const panel = await confirmed(form);
    expect(panel.querySelector('h2')?.textContent).toBe('Nộp hồ sơ thành công');
    expect(await violations(form)).toEqual([]);
    const dossiers = await dossiersOf(client);
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]!.status).not.toBeNull();
    expect(dossiers[0]!.data.child.fullName).toBe('Nguyễn Minh Khang');
    expect(panel.querySelector('.dossier-code')?.textContent).toBe(dossiers[0]!.code);
    expect(panel.textContent).toContain('Ngày hẹn trả kết quả sẽ được thông báo');
    expect(form.shadowRoot!.activeElement).toBe(panel);
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.detail.dossier.code).toBe(dossiers[0]!.code);
    // With a client the form files itself: no dvc-submit for a page to file a second time.
    expect(plainSubmits).toBe(0);
  }, 60_000);

  it('files once when the answer is lost during submit and the citizen tries again', async () => {
    let dropped = 0;
    // The network fails after the portal committed the submission: the first answer never arrives.
    const flaky: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && request.url.endsWith('/submit') && dropped === 0) {
        dropped++;
        request.headers.set('X-Sandbox-Fault', 'drop-after-commit');
        return fetch(request);
      }
      return fetch(request);
    };
    const client = createClient({ baseUrl, auth: tokens.hoa, fetch: flaky, maxRetries: 0 });
    const data = sample();
    delete data.child['fullName'];
    const form = await mountFiling(client, data);
    const errors: DvcSubmitErrorEvent[] = [];
    form.addEventListener('dvc-submit-error', (e) => errors.push(e));
    await typeNameAndReachSubmit(form, 'Lê Thị Mai');
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => form.shadowRoot!.querySelector('.submit-problem'), { timeout: 15_000 })
      .not.toBeNull();
    const problem = form.shadowRoot!.querySelector<HTMLElement>('.submit-problem')!;
    expect(problem.getAttribute('role')).toBe('alert');
    expect(await violations(problem)).toEqual([]);
    expect(problem.textContent).toContain('Thông tin bạn đã nhập vẫn được giữ nguyên');
    expect(errors.map((e) => e.detail.kind)).toEqual(['failed']);
    expect(dropped).toBe(1);
    // Nothing typed is lost, and the portal already holds the submitted dossier.
    expect(control(form, '/child/fullName').value).toBe('Lê Thị Mai');
    const before = await dossiersOf(client);
    expect(before.map((d) => d.status !== null)).toEqual([true]);

    // The network is back: the citizen presses "Nộp hồ sơ" again.
    submitButton(form).focus();
    await userEvent.keyboard('{Enter}');
    const panel = await confirmed(form);
    const dossiers = await dossiersOf(client);
    expect(dossiers).toHaveLength(1);
    expect(panel.querySelector('.dossier-code')?.textContent).toBe(dossiers[0]!.code);
  }, 60_000);

  it('after a failed submit and a reload, the draft keeps the key and the dossier: one dossier filed', async () => {
    let dropped = 0;
    const flaky: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && request.url.endsWith('/submit') && dropped++ === 0) {
        request.headers.set('X-Sandbox-Fault', 'drop-after-commit');
      }
      return fetch(request);
    };
    const client = createClient({ baseUrl, auth: tokens.an, fetch: flaky, maxRetries: 0 });
    const before = (await dossiersOf(client)).length;
    const data = sample();
    delete data.child['fullName'];
    const first = await mountFiling(client, data, { drafts: 'device', user: 'citizen-an' });
    await typeNameAndReachSubmit(first, 'Phạm Gia Huy');
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => first.shadowRoot!.querySelector('.submit-problem'), { timeout: 15_000 })
      .not.toBeNull();

    const firstValue = JSON.stringify(first.value);
    // The page is reloaded: a fresh element continues the draft and files it again.
    document.body.replaceChildren();
    const second = await mountFiling(client, data, { drafts: 'device', user: 'citizen-an' });
    await expect.poll(() => second.shadowRoot!.querySelector('.draft-notice button')).not.toBeNull();
    await userEvent.keyboard('{Tab}{Enter}');
    // Continuing saves the draft, then moves focus to the notice: wait for that before going on, or
    // the focus would be taken from the submit button under the citizen's Enter.
    await expect
      .poll(() => second.shadowRoot!.activeElement?.classList.contains('draft-notice'), { timeout: 15_000 })
      .toBe(true);
    await settle(second);
    expect(control(second, '/child/fullName').value).toBe('Phạm Gia Huy');
    expect(JSON.stringify(second.value)).toBe(firstValue);
    const failures: unknown[] = [];
    second.addEventListener('dvc-submit-error', (e) => failures.push(e.detail.error));
    second.addEventListener('dvc-invalid', (e) => failures.push(e.detail.issues));
    submitButton(second).focus();
    expect(second.shadowRoot!.activeElement).toBe(submitButton(second));
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(
        () =>
          failures.length +
          (second.shadowRoot!.querySelector('.confirmation') ? 1 : 0) +
          (second.submitting ? 10 : 0),
        { timeout: 15_000 },
      )
      .toBe(1);
    expect(JSON.stringify(failures)).toBe('[]');
    expect(second.submitting).toBe(false);
    await confirmed(second);
    const named = (await dossiersOf(client)).filter((d) => d.data.child['fullName'] === 'Phạm Gia Huy');
    expect(named.map((d) => d.status !== null)).toEqual([true]);
    expect((await dossiersOf(client)).length - before).toBe(1);
    // The submitted draft is deleted.
    await expect.poll(async () => (await keys(createStore('dvc-forms', 'drafts'))).length).toBe(0);
  }, 60_000);

  it("puts the portal's 422 issues on their fields and in the focused summary, filing nothing", async () => {
    const client = createClient({ baseUrl, auth: tokens.binh });
    const data = sample();
    // A commune code of the right shape that does not exist: only the portal's list knows.
    data.mother.residence.commune = '99999';
    const form = await mountFiling(client, data);
    const errors: DvcSubmitErrorEvent[] = [];
    form.addEventListener('dvc-submit-error', (e) => errors.push(e));
    // 99999 is not a commune of province 01 now: the address field looks it up as an old (pre-2025)
    // code meanwhile; whenever that finishes, the portal's message stays (the next test makes it late).
    submitButton(form).focus();
    await userEvent.keyboard('{Enter}');
    // The residence is one <dvc-address-field>: the message shows on its commune part.
    const commune = (): string | undefined =>
      widget(form, '/mother/residence').shadowRoot?.querySelector<HTMLElement & { error: string }>(
        '[part~="commune"]',
      )?.error;
    await expect.poll(commune, { timeout: 15_000 }).toBe('Không có xã, phường, đặc khu nào có mã 99999.');
    await settle(form);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    expect(summary.hidden).toBe(false);
    expect(summary.shadowRoot!.textContent).toContain('Không có xã, phường, đặc khu nào có mã 99999.');
    expect(errors.map((e) => e.detail.kind)).toEqual(['invalid']);
    expect(form.shadowRoot!.querySelector('.confirmation')).toBeNull();
    const dossiers = await dossiersOf(client);
    expect(dossiers.map((d) => d.status)).toEqual([null]);
  }, 60_000);

  it("keeps the portal's message on an address part when the old-address lookup finishes after it", async () => {
    const client = createClient({ baseUrl, auth: tokens.binh });
    const data = sample();
    data.mother.residence.commune = '99999';
    // The communes arrive only when the test lets them: the address field's lookup of 99999 as an
    // old (pre-2025) code finishes after the portal's 422 is on the commune part.
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const late: AdminUnitsProvider = {
      provinces: () => client.adminUnits.provinces(),
      communes: (code) =>
        (async function* () {
          await gate;
          yield* client.adminUnits.communes(code);
        })(),
    };
    const form = await mountFiling(client, data, { adminUnits: late });
    submitButton(form).focus();
    await userEvent.keyboard('{Enter}');
    const residence = widget(form, '/mother/residence') as unknown as HTMLElement & {
      whenLoaded(): Promise<void>;
    };
    const commune = (): string | undefined =>
      residence.shadowRoot?.querySelector<HTMLElement & { error: string }>('[part~="commune"]')?.error;
    const message = 'Không có xã, phường, đặc khu nào có mã 99999.';
    await expect.poll(commune, { timeout: 15_000 }).toBe(message);
    release();
    await residence.whenLoaded();
    await settle(form);
    // The lookup found no 2025 commune: the field asks the citizen to choose again, and the commune
    // part, emptied meanwhile, keeps the form's message instead of its own "please fill in".
    expect(residence.shadowRoot!.querySelector('[part~="legacy"]')).not.toBeNull();
    expect(commune()).toBe(message);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    expect(summary.shadowRoot!.textContent).toContain(message);
  }, 60_000);
});
