/**
 * A citizen's way through a procedure in the demo portal, from the keyboard: find it by typing its
 * name without diacritics, type every step ("Tiếp tục"), change one answer from "Kiểm tra thông tin
 * trước khi nộp" ("Thay đổi"), and press "Nộp hồ sơ". What to type comes from a `ProcedureScript`.
 */
import type { Page } from 'playwright';
import { expect } from 'vitest';
import { continueFrom, fillStep, shownStep, type Searches } from './keyboard.js';

/** How a procedure is typed through: data only, one per reference procedure (test/scripts/). */
export interface ProcedureScript {
  /** The definition's slug in @dvc-kit/procedures. */
  slug: string;
  /** What the citizen types in the search box (no diacritics), and the procedure's link there. */
  search: string;
  link: string;
  /** The valid variant of @dvc-kit/procedures' samples the answers start from (default: the valid sample). */
  sample?: string;
  /** The answers: the sample with what this citizen changes (the profile's prefill is applied after). */
  answers(sample: Record<string, unknown>): Record<string, unknown>;
  /** The step ids, in order, then `review`. */
  steps: string[];
  /** The repeatable group typed item by item, when the procedure has one (its pointer). */
  repeatable?: string;
  /** The document attached: its code and the file's name. */
  document: { code: string; file: string };
  /** The one answer changed from the review: the field's label, its pointer and the new text. */
  change: { label: string; pointer: string; text: string };
}

/** The procedure's page, found from the search page by typing, opened with Enter; on its first step. */
export async function openProcedure(page: Page, url: string, script: ProcedureScript): Promise<void> {
  await page.goto(`${url}#/`);
  await page.getByLabel('Tên thủ tục').focus();
  await page.keyboard.type(script.search);
  await page.keyboard.press('Enter');
  const found = page.getByRole('status').getByText(`cho “${script.search}”`);
  await expect.poll(() => found.count(), { timeout: 30_000 }).toBe(1);
  await page.getByRole('link', { name: script.link, exact: true }).press('Enter');
  await page.waitForURL(/#\/procedures\/[\d.]+/);
  const first = page.locator('dvc-form').getByText(`Bước 1/${script.steps.length - 1}`);
  await expect.poll(() => first.count(), { timeout: 30_000 }).toBe(1);
}

/**
 * Types every step from the shown one to the review: `fillStep`, then `onStep` (axe, a reload),
 * then "Tiếp tục". Returns the steps seen, the review last.
 */
export async function typeSteps(
  page: Page,
  answers: unknown,
  searches: Searches,
  options: {
    onOther?: (part: string | null) => Promise<void>;
    onStep?: (step: string) => Promise<void>;
  } = {},
): Promise<string[]> {
  const seen = [await shownStep(page)];
  for (let step = seen[0] ?? ''; step !== 'review';) {
    await fillStep(page, answers, searches, options.onOther);
    await options.onStep?.(step);
    step = await continueFrom(page, step);
    seen.push(step);
  }
  return seen;
}

/** On the review: "Thay đổi <label>", type `text` over the field, "Tiếp tục" back to the review. */
export async function changeFromReview(page: Page, change: ProcedureScript['change']): Promise<void> {
  const form = page.locator('dvc-form');
  const link = form.getByRole('link', { name: `Thay đổi ${change.label}`, exact: true });
  if ((await link.count()) !== 1) {
    const links = await form.getByRole('link', { name: /^Thay đổi / }).allTextContents();
    throw new Error(`no one "Thay đổi ${change.label}" on the review; it has: ${links.join(' | ')}`);
  }
  await link.press('Enter');
  await expect.poll(() => shownStep(page)).not.toBe('review');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(change.text);
  await form.getByRole('button', { name: 'Tiếp tục' }).press('Enter');
  await expect.poll(() => shownStep(page), { timeout: 15_000 }).toBe('review');
  expect(await form.getByText(change.text, { exact: true }).count()).toBe(1);
}

/**
 * Waits until "Nộp hồ sơ" ended: `undefined` when the dossier was filed (the confirmation shows),
 * else what the form said instead (its problem message, the error summary's lines).
 */
export async function submitEnded(page: Page): Promise<string[] | undefined> {
  const form = page.locator('dvc-form');
  const done = form.getByText('Nộp hồ sơ thành công');
  const problem = form.locator('[part~="submit-problem"], dvc-error-summary:visible');
  await expect
    .poll(async () => (await done.count()) + (await problem.count()), { timeout: 60_000 })
    .toBeGreaterThan(0);
  if ((await done.count()) > 0) return undefined;
  return [
    ...(await form.locator('[part~="submit-problem"]').allTextContents()),
    ...(await form.locator('dvc-error-summary').getByRole('link').allTextContents()),
  ];
}

/** The dossier code the confirmation shows once "Nộp hồ sơ" went through; else why not. */
export async function confirmedCode(page: Page): Promise<string> {
  const said = await submitEnded(page);
  if (said !== undefined) throw new Error(`not filed: ${said.join(' | ')}`);
  const text = (await page.locator('dvc-form .dossier-code').textContent()) ?? '';
  expect(text).toMatch(/^SBX\.[A-Z]+\.[\d.]+\.T\d{2}-\d{6}-\d{4}$/);
  return text;
}
