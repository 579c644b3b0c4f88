/**
 * What the React and Vue examples' tests do as a citizen: the household business registration,
 * prefilled by the page, gets an e-mail typed with the keyboard, both steps continued, "check your
 * answers" and "Nộp hồ sơ"; then the page shows the data its `dvc-submit` handler received.
 */
import type { ExampleApp } from './example-app.js';

/** Types `email` into the example's form, files it and returns the data the page shows it received. */
export async function fileAndRead({ page, url }: ExampleApp, email: string): Promise<unknown> {
  await page.goto(url);
  const email_ = page.getByRole('textbox', { name: 'Thư điện tử' });
  await email_.click({ timeout: 60_000 });
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('heading', { name: 'Hộ kinh doanh', level: 2 }).waitFor();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  const received = page.getByTestId('received');
  await received.waitFor({ timeout: 30_000 });
  return JSON.parse(await received.innerText()) as unknown;
}
