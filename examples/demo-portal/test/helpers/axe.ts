/** axe-core in the portal's page, with the rules the forms' own tests run (WCAG 2.2 A and AA). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright';
import type AxeCore from 'axe-core';

const source = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The violations on the page (shadow roots included), one line each. */
export async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The widths axe runs at: a small phone (320 CSS px, WCAG's reflow width) and a desktop. */
export const widths = { phone: 320, desktop: 1280 } as const;

/**
 * The violations at 320 px and at desktop width, keyed by width (`{ phone: [], desktop: [] }` when
 * clean). The page is left at desktop width.
 */
export async function violationsAtWidths(page: Page): Promise<Record<keyof typeof widths, string[]>> {
  const height = page.viewportSize()?.height ?? 720;
  await page.setViewportSize({ width: widths.phone, height });
  const phone = await violations(page);
  await page.setViewportSize({ width: widths.desktop, height });
  return { phone, desktop: await violations(page) };
}
