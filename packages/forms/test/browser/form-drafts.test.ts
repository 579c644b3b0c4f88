/**
 * Drafts in Chromium, typed with the keyboard: what a citizen typed comes back after a "reload" (a
 * fresh <dvc-form> reading IndexedDB), a draft of an older definition version keeps what fits and
 * says what it dropped, "start again" deletes it, and the session-only option keeps it out of
 * IndexedDB.
 */
import { clear, createStore, entries } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcForm } from '../../src/components/form/form.js';
import type { DvcDraftDiscardEvent } from '../../src/events/draft-discard.js';
import type { DvcDraftRestoreEvent } from '../../src/events/draft-restore.js';
import { violations } from './helpers/axe.js';
import { control, definition, mountForm, onePage, settle } from './helpers/form-fixture.js';

const idb = createStore('dvc-forms', 'drafts');
const USER = 'citizen-an';

afterEach(async () => {
  document.body.replaceChildren();
  await clear(idb);
  sessionStorage.clear();
});

async function mountWithDrafts(
  def: unknown,
  drafts: 'device' | 'session' = 'device',
  data?: Record<string, unknown>,
): Promise<DvcForm> {
  const form = document.createElement('dvc-form');
  Object.assign(form, { definition: def, drafts, user: USER, ...(data === undefined ? {} : { data }) });
  document.body.append(form);
  await settle(form);
  return form;
}

/** Types `text` into the field at `pointer` (emptying it first), then leaves it with Tab. */
async function typeInto(form: DvcForm, pointer: string, text: string): Promise<void> {
  const input = control(form, pointer);
  await userEvent.click(input);
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  await userEvent.keyboard(text);
  await userEvent.keyboard('{Tab}');
}

function notice(form: DvcForm): HTMLElement | null {
  return form.shadowRoot!.querySelector<HTMLElement>('.draft-notice');
}

async function savedDrafts(): Promise<[IDBValidKey, Record<string, unknown>][]> {
  return entries<IDBValidKey, Record<string, unknown>>(idb);
}

/** Waits until the offer of a saved draft shows (it takes focus). */
async function offered(form: DvcForm): Promise<HTMLElement> {
  await expect
    .poll(() => notice(form)?.querySelector('h3')?.textContent)
    .toBe('Bạn có một bản nháp chưa nộp');
  const shown = notice(form)!;
  await expect.poll(() => form.shadowRoot!.activeElement).toBe(shown);
  return shown;
}

describe('drafts', () => {
  it('saves what is typed to IndexedDB and offers it back after a reload, by keyboard', async () => {
    const first = await mountWithDrafts(onePage(definition('death-registration')));
    expect(notice(first)).toBeNull();
    await typeInto(first, '/deceased/fullName', 'Nguyễn Văn Bình');
    await typeInto(first, '/extractCopies', '3');
    await expect
      .poll(async () => (await savedDrafts())[0]?.[1]['data'])
      .toMatchObject({ deceased: { fullName: 'Nguyễn Văn Bình' }, extractCopies: 3 });
    const [key, record] = (await savedDrafts())[0]!;
    expect(key).toBe('dvc-draft/1.000656/citizen-an/1.0.0');
    // Only the data, the version and the submission key: no token, nothing of the client.
    expect(Object.keys(record).sort()).toEqual(
      ['data', 'format', 'procedure', 'savedAt', 'submissionKey', 'user', 'version'].sort(),
    );

    // The reload: a fresh element, nothing shared with the first but IndexedDB.
    document.body.replaceChildren();
    const restored: DvcDraftRestoreEvent[] = [];
    document.addEventListener('dvc-draft-restore', (e) => restored.push(e), { once: true });
    const second = await mountWithDrafts(onePage(definition('death-registration')));
    const offer = await offered(second);
    expect(await violations(second)).toEqual([]);
    expect(offer.textContent).toMatch(/Bản nháp được lưu lúc \d\d:\d\d \d\d\/\d\d\/\d{4}/);
    await userEvent.keyboard('{Tab}');
    expect(second.shadowRoot!.activeElement?.textContent.trim()).toBe('Tiếp tục điền');
    await userEvent.keyboard('{Enter}');
    await settle(second);
    expect(control(second, '/deceased/fullName').value).toBe('Nguyễn Văn Bình');
    expect(control(second, '/extractCopies').value).toBe('3');
    expect(second.value).toMatchObject({ deceased: { fullName: 'Nguyễn Văn Bình' }, extractCopies: 3 });
    await expect.poll(() => notice(second)?.textContent).toContain('Đã khôi phục bản nháp của bạn.');
    expect(notice(second)?.getAttribute('role')).toBe('status');
    await expect.poll(() => restored[0]?.detail.dropped).toEqual([]);

    // Typing goes on being saved under the same draft and key.
    await typeInto(second, '/applicant/phone', '0912345678');
    expect(second.value).toMatchObject({ applicant: { phone: '0912345678' } });
    await expect
      .poll(async () => (await savedDrafts())[0]?.[1]['data'])
      .toMatchObject({ applicant: { phone: '0912345678' }, deceased: { fullName: 'Nguyễn Văn Bình' } });
    expect((await savedDrafts())[0]?.[1]['submissionKey']).toBe(record['submissionKey']);
  });

  it('starts again when asked: the draft is deleted and dvc-draft-discard fires', async () => {
    const first = await mountWithDrafts(onePage(definition('death-registration')));
    await typeInto(first, '/deceased/fullName', 'Nguyễn Văn Bình');
    await expect.poll(async () => (await savedDrafts()).length).toBe(1);
    document.body.replaceChildren();
    const discarded: DvcDraftDiscardEvent[] = [];
    document.addEventListener('dvc-draft-discard', (e) => discarded.push(e), { once: true });
    const second = await mountWithDrafts(onePage(definition('death-registration')));
    await offered(second);
    await userEvent.keyboard('{Tab}{Tab}');
    expect(second.shadowRoot!.activeElement?.textContent.trim()).toBe('Bắt đầu lại');
    await userEvent.keyboard('{Enter}');
    await expect.poll(async () => (await savedDrafts()).length).toBe(0);
    await expect.poll(() => discarded[0]?.detail.reason).toBe('start-again');
    expect(control(second, '/deceased/fullName').value).toBe('');
    await expect.poll(() => notice(second)?.textContent).toContain('Đã xóa bản nháp.');
  });

  it('keeps the answers of an older version that still fit, and lists the one it dropped', async () => {
    const v1 = onePage(definition('death-registration'));
    const first = await mountWithDrafts(v1);
    await typeInto(first, '/deceased/fullName', 'Nguyễn Văn Bình');
    await typeInto(first, '/extractCopies', '7');
    await expect.poll(async () => (await savedDrafts())[0]?.[1]['data']).toMatchObject({ extractCopies: 7 });
    document.body.replaceChildren();

    // Version 2 allows at most 5 copies: the 7 typed for version 1 no longer fits.
    const v2 = structuredClone(v1) as unknown as Record<string, unknown> & {
      dataSchema: { properties: Record<string, Record<string, unknown>> };
    };
    v2['version'] = '2.0.0';
    v2.dataSchema.properties['extractCopies']!['maximum'] = 5;
    const restored: DvcDraftRestoreEvent[] = [];
    document.addEventListener('dvc-draft-restore', (e) => restored.push(e), { once: true });
    const second = await mountWithDrafts(v2);
    await offered(second);
    await userEvent.keyboard('{Tab}{Enter}');
    await settle(second);
    expect(control(second, '/deceased/fullName').value).toBe('Nguyễn Văn Bình');
    expect(control(second, '/extractCopies').value).toBe('');
    await expect.poll(() => notice(second)?.textContent).toContain('Các câu trả lời sau không còn phù hợp');
    const shown = notice(second)!;
    expect(await violations(second)).toEqual([]);
    expect([...shown.querySelectorAll('li')].map((li) => li.textContent.trim())).toEqual([
      'Số bản sao trích lục khai tử đề nghị cấp: 7',
    ]);
    await expect
      .poll(() => restored[0]?.detail)
      .toMatchObject({
        version: '1.0.0',
        dropped: [{ pointer: '/extractCopies', value: 7, label: 'Số bản sao trích lục khai tử đề nghị cấp' }],
      });
    // The draft now lives under version 2 only.
    await expect
      .poll(async () => (await savedDrafts()).map(([k]) => k))
      .toEqual(['dvc-draft/1.000656/citizen-an/2.0.0']);
  });

  it('keeps a session-only draft in sessionStorage, never in IndexedDB, and says so', async () => {
    const first = await mountWithDrafts(onePage(definition('death-registration')), 'session');
    await typeInto(first, '/deceased/fullName', 'Nguyễn Văn Bình');
    await expect
      .poll(() => sessionStorage.getItem('dvc-forms-draft:dvc-draft/1.000656/citizen-an/1.0.0'))
      .toContain('Nguyễn Văn Bình');
    expect(await savedDrafts()).toEqual([]);
    document.body.replaceChildren();
    const second = await mountWithDrafts(onePage(definition('death-registration')), 'session');
    const offer = await offered(second);
    expect(offer.textContent).toContain('Bản nháp chỉ được giữ đến khi bạn đóng trình duyệt.');
    await userEvent.keyboard('{Tab}{Enter}');
    await settle(second);
    expect(control(second, '/deceased/fullName').value).toBe('Nguyễn Văn Bình');
  });

  it('continues a draft in order: restores it, focuses the announced notice, saves only a real change', async () => {
    const key = 'dvc-forms-draft:dvc-draft/1.000656/citizen-an/1.0.0';
    const stored = (): Record<string, unknown> => JSON.parse(sessionStorage.getItem(key) ?? '{}') as never;
    const first = await mountWithDrafts(onePage(definition('death-registration')), 'session');
    await typeInto(first, '/deceased/fullName', 'Nguyễn Văn Bình');
    await expect.poll(() => stored()['data']).toMatchObject({ deceased: { fullName: 'Nguyễn Văn Bình' } });
    const offeredDraft = sessionStorage.getItem(key);
    document.body.replaceChildren();

    const second = await mountWithDrafts(onePage(definition('death-registration')), 'session');
    await offered(second);
    // What is stored when the notice takes focus: the resume must not have written the draft before.
    const atFocus: (string | null)[] = [];
    second.addEventListener('focusin', () => {
      if (second.shadowRoot!.activeElement === notice(second)) atFocus.push(sessionStorage.getItem(key));
    });
    await userEvent.keyboard('{Tab}{Enter}');
    await settle(second);
    expect(control(second, '/deceased/fullName').value).toBe('Nguyễn Văn Bình');
    await expect.poll(() => second.shadowRoot!.activeElement).toBe(notice(second));
    expect(notice(second)?.getAttribute('role')).toBe('status');
    expect(notice(second)?.textContent).toContain('Đã khôi phục bản nháp của bạn.');
    expect(atFocus).toEqual([offeredDraft]);
    // Nothing changed: leaving the page saves nothing, so the draft keeps the time it was last typed.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await settle(second);
    expect(sessionStorage.getItem(key)).toBe(offeredDraft);
    // A real change is saved, under the same draft and key.
    await typeInto(second, '/applicant/phone', '0912345678');
    await expect.poll(() => stored()['data']).toMatchObject({ applicant: { phone: '0912345678' } });
    const saved = stored();
    const before = JSON.parse(offeredDraft ?? '{}') as Record<string, unknown>;
    expect(saved['submissionKey']).toBe(before['submissionKey']);
    expect(saved['savedAt']).not.toBe(before['savedAt']);
  });

  it('keeps what the citizen typed while the offer showed when the draft is continued', async () => {
    const first = await mountWithDrafts(onePage(definition('death-registration')));
    await typeInto(first, '/deceased/fullName', 'Nguyễn Văn Bình');
    await typeInto(first, '/extractCopies', '3');
    await expect
      .poll(async () => (await savedDrafts())[0]?.[1]['data'])
      .toMatchObject({ deceased: { fullName: 'Nguyễn Văn Bình' }, extractCopies: 3 });
    document.body.replaceChildren();

    const second = await mountWithDrafts(onePage(definition('death-registration')));
    await offered(second);
    // The citizen ignores the offer and types first, then continues the draft.
    await typeInto(second, '/deceased/fullName', 'Trần Thị Cúc');
    const resume = [...notice(second)!.querySelectorAll('button')].find(
      (b) => b.textContent.trim() === 'Tiếp tục điền',
    )!;
    resume.focus();
    await userEvent.keyboard('{Enter}');
    await settle(second);
    await expect.poll(() => notice(second)?.textContent).toContain('Đã khôi phục bản nháp của bạn.');
    // The typed name stays; the draft's other answer comes back.
    expect(control(second, '/deceased/fullName').value).toBe('Trần Thị Cúc');
    expect(control(second, '/extractCopies').value).toBe('3');
    expect(second.value).toMatchObject({ deceased: { fullName: 'Trần Thị Cúc' }, extractCopies: 3 });
    // And the draft is saved with both.
    await expect
      .poll(async () => (await savedDrafts())[0]?.[1]['data'])
      .toMatchObject({ deceased: { fullName: 'Trần Thị Cúc' }, extractCopies: 3 });
  });

  it('keeps attachment references and other values no field shows', async () => {
    // What a documents step or the page put in the data: references to uploaded attachments.
    const documents = [
      { documentCode: 'GIAY-BAO-TU', attachmentId: 'att_0123', fileName: 'giay-bao-tu.pdf' },
    ];
    const first = await mountWithDrafts(onePage(definition('death-registration')), 'device', { documents });
    await typeInto(first, '/deceased/fullName', 'Nguyễn Văn Bình');
    await expect.poll(async () => (await savedDrafts())[0]?.[1]['data']).toMatchObject({ documents });
    document.body.replaceChildren();
    const second = await mountWithDrafts(onePage(definition('death-registration')));
    await offered(second);
    await userEvent.keyboard('{Tab}{Enter}');
    await expect
      .poll(() => second.value)
      .toMatchObject({ documents, deceased: { fullName: 'Nguyễn Văn Bình' } });
  });

  it('offers nothing to another user, and saves nothing when drafts are off', async () => {
    const first = await mountWithDrafts(onePage(definition('death-registration')));
    await typeInto(first, '/deceased/fullName', 'Nguyễn Văn Bình');
    await expect.poll(async () => (await savedDrafts()).length).toBe(1);
    document.body.replaceChildren();
    const other = document.createElement('dvc-form');
    Object.assign(other, {
      definition: onePage(definition('death-registration')),
      drafts: 'device',
      user: 'citizen-binh',
    });
    document.body.append(other);
    await settle(other);
    await new Promise((done) => setTimeout(done, 200));
    expect(notice(other)).toBeNull();
    document.body.replaceChildren();
    await clear(idb);
    const off = await mountForm(onePage(definition('death-registration')));
    await typeInto(off, '/deceased/fullName', 'Nguyễn Văn Bình');
    await new Promise((done) => setTimeout(done, 800));
    expect(await savedDrafts()).toEqual([]);
  });
});
