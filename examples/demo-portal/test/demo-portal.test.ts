/**
 * The demo portal as a citizen uses it, in Debian's Chromium against the sandbox: search, sign in,
 * birth registration typed step by step with the keyboard (a reload on step 3 gives every answer
 * back), filed once and checked in the sandbox; the step kept in the URL (Back goes to the step
 * before); a file too big or of the wrong type refused before anything is uploaded. The other five
 * reference procedures are in procedures.test.ts.
 */
import { getProcedureDefinition } from '@dvc-kit/procedures';
import { getPersona } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { attachedDocuments, chooseFile, focusedDocumentInput, largePdf } from './helpers/documents.js';
import { formValue, savedDrafts } from './helpers/drafts.js';
import { answersOf, fileAndCheck } from './helpers/filing.js';
import { continueFrom, fillStep, shownStep } from './helpers/keyboard.js';
import { ensureSignedIn, signInAs, startPortal, type Portal } from './helpers/portal.js';
import { fields } from './helpers/sandbox.js';
import { birthRegistration, searches } from './scripts/index.js';

let portal: Portal;
const an = getPersona('citizen-an');

beforeAll(async () => {
  portal = await startPortal();
}, 120_000);

afterAll(async () => {
  await portal.close();
});

/** The answers of `data` on the steps before and including `step` (pointer → value). */
function answersUpTo(data: unknown, step: string): Record<string, unknown> {
  const steps = getProcedureDefinition(birthRegistration.slug)?.layout.steps ?? [];
  const upTo = steps.slice(0, steps.findIndex((s) => s.id === step) + 1);
  const roots = upTo.flatMap((s) => s.sections.flatMap((section) => section.fields));
  return Object.fromEntries(
    Object.entries(fields(data)).filter(([pointer]) => roots.some((r) => pointer.startsWith(`${r}/`))),
  );
}

test('a citizen finds birth registration, signs in, types it through (a reload on step 3 loses nothing) and files it once', async () => {
  const { page, url } = portal;
  if (an === undefined) throw new Error('persona citizen-an is missing');
  const answers = answersOf(birthRegistration, an);

  await page.goto(url);
  await page.getByLabel('Tên thủ tục').fill(birthRegistration.search);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.getByRole('link', { name: birthRegistration.link }).click();
  await signInAs(page, 'Nguyễn Văn An');
  await expect.poll(() => page.locator('dvc-form').getByText('Bước 1/4').count()).toBe(1);

  // On step 3, once typed: the autosave stores the draft, the page is reloaded, "Tiếp tục điền"
  // brings back every answer of steps 1 to 3 and the URL brings back step 3.
  const reloadOnStep3 = async (step: string): Promise<void> => {
    if (step !== 'proof') return;
    const before = await formValue(page);
    const stored = (draft: unknown): boolean => {
      const saved = fields(draft);
      return Object.entries(fields(before)).every(([k, v]) => JSON.stringify(saved[k]) === JSON.stringify(v));
    };
    await expect.poll(async () => (await savedDrafts(page)).some(stored), { timeout: 30_000 }).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'Tiếp tục điền' }).press('Enter');
    await expect.poll(() => formValue(page)).toEqual(before);
    expect(answersUpTo(await formValue(page), 'proof')).toEqual(answersUpTo(answers, 'proof'));
    expect(Object.keys(answersUpTo(answers, 'proof')).length).toBeGreaterThan(20);
    expect(await shownStep(page)).toBe('proof');
    // Back to "Tiếp tục" from the step's heading; nothing is left to type.
    await page.locator('dvc-form').getByRole('heading', { level: 2 }).first().focus();
    expect(await fillStep(page, answers, searches)).not.toEqual([]);
  };
  await fileAndCheck(portal, an, searches, birthRegistration, { opened: true, onStep: reloadOnStep3 });
  expect(portal.pageErrors).toEqual([]);
}, 240_000);

test('the step is in the URL: Back goes to the step before with its answers, Forward comes back', async () => {
  const { page, url } = portal;
  if (an === undefined) throw new Error('persona citizen-an is missing');
  const answers = answersOf(birthRegistration, an);
  await ensureSignedIn(page, url, 'Nguyễn Văn An');
  await page.goto(`${url}#/`);
  await page.goto(`${url}#/procedures/1.001193`);
  await page.waitForURL(/#\/procedures\/1\.001193\?step=child$/);
  await page.locator('dvc-form').getByRole('heading', { level: 2 }).first().focus();
  await fillStep(page, answers, searches);
  expect(await continueFrom(page, 'child')).toBe('parents');
  expect(page.url()).toMatch(/\?step=parents$/);

  await page.goBack();
  await expect.poll(() => shownStep(page)).toBe('child');
  expect(page.url()).toMatch(/\?step=child$/);
  expect(answersUpTo(await formValue(page), 'child')).toEqual(answersUpTo(answers, 'child'));
  await page.goForward();
  await expect.poll(() => shownStep(page)).toBe('parents');
  expect(portal.pageErrors).toEqual([]);
}, 120_000);

test('a file too big or of the wrong type is refused before upload, in Vietnamese, announced', async () => {
  const { page, url } = portal;
  const uploads: string[] = [];
  const onRequest = (request: { method(): string; url(): string }): void => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/v1/attachments')) {
      uploads.push(request.url());
    }
  };
  await ensureSignedIn(page, url, 'Nguyễn Văn An');
  page.on('request', onRequest);
  try {
    // Straight to death registration's last step, by its URL; Tab to the death notice's file input.
    await page.goto(`${url}#/procedures/1.000656?step=applicant`);
    await expect.poll(() => shownStep(page), { timeout: 30_000 }).toBe('applicant');
    const row = page.locator('dvc-documents [data-code="GIAY-BAO-TU"]');
    // The documents load on demand: Tab only once the row's file input is there.
    await row.locator('input[type="file"]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.locator('dvc-form').getByRole('heading', { level: 2 }).first().focus();
    for (let i = 0; i < 100 && (await focusedDocumentInput(page)) !== 'GIAY-BAO-TU'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedDocumentInput(page)).toBe('GIAY-BAO-TU');
    const alert = row.getByRole('alert');

    await chooseFile(page, {
      name: 'virus.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ'),
    });
    await expect
      .poll(() => alert.textContent())
      .toBe(
        'Tệp "virus.exe" (application/x-msdownload) không đúng loại được chấp nhận: chỉ nhận PDF, JPG, PNG.',
      );
    await chooseFile(page, await largePdf('giay-bao-tu.pdf', 10.5 * 1024 * 1024));
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^Tệp "giay-bao-tu\.pdf" \(10,\d MB\) vượt quá dung lượng cho phép 10 MB\.$/);
    expect(await row.locator('input[type="file"]').getAttribute('aria-invalid')).toBe('true');
    expect(await attachedDocuments(page)).toEqual([]);
    expect(uploads).toEqual([]);
  } finally {
    page.off('request', onRequest);
  }
}, 120_000);
