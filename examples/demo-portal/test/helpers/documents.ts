/**
 * Documents from the keyboard: Tab reaches a document row's file input, Space opens the file
 * chooser, the file is given to it; the form checks it, uploads it through `client.attachments` and
 * says "Đã tải lên <name>".
 */
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { expect } from 'vitest';

/** A tiny PDF: enough for the type sniffing of the form, the sdk and the sandbox. */
export const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A file the chooser is given. */
export interface ChosenFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A PDF of `bytes` on disk (sparse after its header), in the system's temporary folder. */
export async function largePdf(name: string, bytes: number): Promise<string> {
  const path = join(tmpdir(), name);
  const file = await open(path, 'w');
  try {
    await file.write(pdf);
    await file.truncate(bytes);
  } finally {
    await file.close();
  }
  return path;
}

/** The document code of the row whose file input has focus, else `undefined`. */
export function focusedDocumentInput(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!(active instanceof HTMLInputElement) || active.type !== 'file') return undefined;
    return active.closest('[data-code]')?.getAttribute('data-code') ?? undefined;
  });
}

/**
 * Opens the focused file input with Space and gives the chooser `file` (a file on disk by its path:
 * large files go that way, not through the protocol).
 */
export async function chooseFile(page: Page, file: ChosenFile | string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file);
}

/**
 * For `fillStep`'s `onOther`: on the file input of document `code`, attaches `fileName` (a PDF)
 * once and waits until it is uploaded.
 */
export function attachOnce(
  page: Page,
  code: string,
  fileName: string,
): { onOther: (part: string | null) => Promise<void>; inputs: Set<string> } {
  let attached = false;
  /** The documents whose file input was reached (to say which exist when `code` was not). */
  const inputs = new Set<string>();
  const onOther = async (part: string | null): Promise<void> => {
    if (attached || part !== 'documents') return;
    const reached = await focusedDocumentInput(page);
    if (reached !== undefined) inputs.add(reached);
    if (reached !== code) return;
    await chooseFile(page, { name: fileName, mimeType: 'application/pdf', buffer: pdf });
    const stored = page.locator('dvc-documents').getByText(`Đã tải lên ${fileName}`);
    await expect.poll(() => stored.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    attached = true;
  };
  return { onOther, inputs };
}

/** The document codes the form holds references for (its public `documents`). */
export function attachedDocuments(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (
      document.querySelector('dvc-form') as HTMLElement & { documents: { documentCode: string }[] }
    ).documents.map((d) => d.documentCode),
  );
}
