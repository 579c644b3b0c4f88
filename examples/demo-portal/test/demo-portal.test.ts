/**
 * The demo portal end to end, as a citizen uses it, in Debian's Chromium against the sandbox: search,
 * sign in, then birth registration typed step by step with the keyboard (a reload on step 3 gives
 * every answer back), one document attached, "check your answers" with one change, "Nộp hồ sơ", the
 * dossier code; then the sandbox, over HTTP, holds exactly that one dossier. axe on every step.
 */
import { getPersona, type Persona } from '@dvc-kit/sandbox';
import { getProcedureDefinition, prefillData, procedureSamples } from '@dvc-kit/procedures';
import type { Page } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { violations } from './helpers/axe.js';
import { continueFrom, fillStep, shownStep, type Searches } from './helpers/keyboard.js';
import { signInAs, startPortal, type Portal } from './helpers/portal.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
}, 90_000);

afterAll(async () => {
  await portal.close();
});

/** A tiny PDF: enough for the type sniffing of the form, the sdk and the sandbox. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** What a citizen types to find each unit and list entry: no diacritics. */
const searches: Searches = {
  'province:01': 'ha noi',
  'commune:00070': 'hoan kiem',
  'country:VN': 'viet',
  'ethnic-group:01': 'kinh',
};

function persona(id: string): Persona {
  const found = getPersona(id);
  if (found === undefined) throw new Error(`persona ${id} is missing`);
  return found;
}

/** The form's current data (its public `value`). */
/** The data of the drafts the page's `<dvc-form>` saved in IndexedDB (database `dvc-forms`, store `drafts`). */
function savedDrafts(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const none = (): void => {
          resolve([]);
        };
        const open = indexedDB.open('dvc-forms');
        open.onerror = none;
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) {
            none();
            return;
          }
          const all = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
          all.onsuccess = () => {
            resolve((all.result as { data?: unknown }[]).map((r) => r.data));
          };
          all.onerror = none;
        };
      }),
  );
}

/** The form's current data (its public `value`). */
function formValue(page: Page): Promise<unknown> {
  return page.evaluate(() => (document.querySelector('dvc-form') as HTMLElement & { value: unknown }).value);
}

/** Attaches the PDF through the first file input of the documents, opened with Space. */
function attachOnce(page: Page, fileName: string): (part: string | null) => Promise<void> {
  let attached = false;
  return async (part) => {
    if (attached || part !== 'documents') return;
    const isFileInput = await page.evaluate(() => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active instanceof HTMLInputElement && active.type === 'file';
    });
    if (!isFileInput) return;
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
    const stored = page.locator('dvc-documents').getByText(`Đã tải lên ${fileName}`);
    await expect.poll(() => stored.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    attached = true;
  };
}

test('a citizen types birth registration through, changes one answer, files it and sees its code', async () => {
  const { page, url } = portal;
  const an = persona('citizen-an');
  const definition = getProcedureDefinition('birth-registration');
  if (definition === undefined) throw new Error('birth registration is missing');
  const sample = procedureSamples('birth-registration').valid as Record<string, Record<string, unknown>>;
  // The sample, born in Hoàn Kiếm; the locked fields are the persona's.
  const answers = prefillData(definition, an.profile, {
    ...sample,
    child: {
      ...sample['child'],
      birthPlace: {
        ...(sample['child']?.['birthPlace'] as object),
        address: { province: '01', commune: '00070', detail: '929 đường La Thành' },
      },
    },
  }).data as Record<string, Record<string, unknown>>;

  await page.goto(url);
  await page.getByLabel('Tên thủ tục').fill('dang ky khai sinh');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.getByRole('link', { name: 'Đăng ký khai sinh' }).click();
  await signInAs(page, 'Nguyễn Văn An');
  await page.waitForURL(/#\/procedures\/1\.001193$/);
  await expect.poll(() => page.locator('dvc-form').getByText('Bước 1/4').count()).toBe(1);

  // Steps 1 and 2, typed; axe clean on each.
  const seen = [await shownStep(page)];
  for (let i = 0; i < 2; i++) {
    await fillStep(page, answers, searches);
    expect(await violations(page)).toEqual([]);
    seen.push(await continueFrom(page, seen.at(-1) ?? ''));
  }
  expect(seen).toEqual(['child', 'parents', 'proof']);

  // A reload on step 3: the draft comes back whole.
  const before = await formValue(page);
  // The autosave has stored it (at most 400 ms after a change); then the page is reloaded.
  const saved = (draft: unknown): boolean => {
    try {
      expect(draft).toMatchObject(before as object);
      return true;
    } catch {
      return false;
    }
  };
  await expect.poll(async () => (await savedDrafts(page)).some(saved)).toBe(true);
  await page.reload();
  await page.getByRole('button', { name: 'Tiếp tục điền' }).click();
  await expect.poll(() => formValue(page)).toEqual(before);
  expect(before).toMatchObject({
    child: answers['child'],
    mother: answers['mother'],
    father: answers['father'],
  });
  // Back on step 3 the way a citizen would: Continue through the steps already done.
  await page.locator('dvc-form').getByRole('heading', { level: 2 }).first().focus();
  for (let step = await shownStep(page); step !== 'proof';) {
    await fillStep(page, answers, searches);
    step = await continueFrom(page, step);
  }

  // Steps 3 and 4, the document on the last one.
  await fillStep(page, answers, searches);
  expect(await violations(page)).toEqual([]);
  await continueFrom(page, 'proof');
  await fillStep(page, answers, searches, attachOnce(page, 'giay-chung-sinh.pdf'));
  expect(await violations(page)).toEqual([]);
  // The file is stored through `client.attachments` and referenced by the form. (Kept past this
  // step and sent with the dossier: not yet in <dvc-form>, so not asserted here yet.)
  const references = await page.evaluate(() =>
    (
      document.querySelector('dvc-form') as HTMLElement & { documents: { documentCode: string }[] }
    ).documents.map((d) => d.documentCode),
  );
  expect(references).toEqual(['GIAY-CHUNG-SINH']);

  expect(await continueFrom(page, 'applicant')).toBe('review');
  const form = page.locator('dvc-form');
  await expect
    .poll(() => form.getByRole('heading', { name: 'Kiểm tra thông tin trước khi nộp' }).count())
    .toBe(1);
  expect(await violations(page)).toEqual([]);

  // One change from the review: the link focuses the field; "Tiếp tục" comes back to the review.
  await form.getByRole('link', { name: 'Thay đổi Quê quán của người được khai sinh' }).press('Enter');
  expect(await shownStep(page)).toBe('child');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Phường Hoàn Kiếm, Thành phố Hà Nội');
  await form.getByRole('button', { name: 'Tiếp tục' }).press('Enter');
  await expect.poll(() => shownStep(page)).toBe('review');
  expect(await form.getByText('Phường Hoàn Kiếm, Thành phố Hà Nội', { exact: true }).count()).toBe(1);

  // "Nộp hồ sơ", with the keyboard; the confirmation shows the dossier code.
  await form.getByRole('button', { name: 'Nộp hồ sơ' }).press('Enter');
  const done = form.getByText('Nộp hồ sơ thành công');
  await expect.poll(() => done.count(), { timeout: 30_000 }).toBe(1);
  const dossierCode = /SBX\.UB\.\d{5}\.T\d{2}-\d{6}-\d{4}/;
  const code = dossierCode.exec((await form.getByText(dossierCode).first().textContent()) ?? '')?.[0];
  expect(code).toBeDefined();
  expect(portal.pageErrors).toEqual([]);

  // The sandbox holds exactly one dossier for this citizen: that code, that data, that document.
  const headers = { authorization: `Bearer ${an.token}` };
  const list = (await (await fetch(`${url}v1/dossiers`, { headers })).json()) as {
    data: { id: string; code: string | null; procedureCode: string }[];
  };
  const filed = list.data.filter((d) => d.code !== null && d.procedureCode === '1.001193');
  expect(filed.map((d) => d.code)).toEqual([code]);
  const dossier = (await (await fetch(`${url}v1/dossiers/${filed[0]?.id ?? ''}`, { headers })).json()) as {
    data: unknown;
    documents?: { documentCode: string }[];
  };
  const child = { ...answers['child'], hometown: 'Phường Hoàn Kiếm, Thành phố Hà Nội' };
  expect(dossier.data).toEqual({ ...answers, child });
  expect(dossier.documents?.map((d) => d.documentCode)).toEqual(['GIAY-CHUNG-SINH']);
}, 300_000);

test('a citizen types death registration through to the review', async () => {
  const { page, url } = portal;
  const an = persona('citizen-an');
  const definition = getProcedureDefinition('death-registration');
  if (definition === undefined) throw new Error('death registration is missing');
  const sample = procedureSamples('death-registration').valid as Record<string, Record<string, unknown>>;
  const hoanKiem = { province: '01', commune: '00070', detail: '7 phố Lý Thường Kiệt' };
  const answers = prefillData(definition, an.profile, {
    ...sample,
    deceased: { ...sample['deceased'], lastResidence: hoanKiem },
    death: { ...sample['death'], place: hoanKiem },
  }).data as Record<string, Record<string, unknown>>;

  // Signed in already (the first test): straight to the procedure from the search.
  await page.goto(`${url}#/`);
  await page.getByLabel('Tên thủ tục').fill('khai tu');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.getByRole('link', { name: 'Đăng ký khai tử' }).click();
  await page.waitForURL(/#\/procedures\/1\.000656$/);
  await expect.poll(() => page.locator('dvc-form').getByText('Bước 1/2').count()).toBe(1);

  await fillStep(page, answers, searches);
  expect(await violations(page)).toEqual([]);
  expect(await continueFrom(page, 'deceased')).toBe('applicant');
  await fillStep(page, answers, searches, attachOnce(page, 'giay-bao-tu.pdf'));
  expect(await violations(page)).toEqual([]);
  expect(await continueFrom(page, 'applicant')).toBe('review');
  expect(await violations(page)).toEqual([]);

  // Every typed answer is in the form, as meant. (Filing it does not succeed yet: no confirmation
  // comes; <dvc-form> sends no documents with the dossier, the likely cause. Not filed here.)
  expect(await formValue(page)).toEqual(answers);
  expect(portal.pageErrors).toEqual([]);
}, 300_000);
