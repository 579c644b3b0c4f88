/**
 * The Vue example as a person uses it, in Debian's Chromium: the production build served by
 * `vite preview`, the e-mail typed with the keyboard into the <dvc-form> Vue rendered with the
 * page's data, both steps continued, "check your answers", "Nộp hồ sơ"; then the page shows what
 * its typed `@dvc-submit` handler received: the page's data with the typed e-mail, nothing lost.
 */
import sample from '@dvc-kit/procedures/samples/household-business-registration/valid.json';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBuiltExample, type ExampleApp } from '../../../test-utils/example-app.js';
import { fileAndRead } from '../../../test-utils/example-flow.js';

let app: ExampleApp;

beforeAll(async () => {
  app = await openBuiltExample(new URL('..', import.meta.url).pathname);
}, 120_000);

afterAll(async () => {
  await app.close();
});

test('a typed e-mail reaches the @dvc-submit handler with every value the page gave', async () => {
  const received = await fileAndRead(app, 'tran.binh@example.vn');
  expect(received).toEqual({ ...sample, owner: { ...sample.owner, email: 'tran.binh@example.vn' } });
  expect(await app.page.title()).toBe('Kiểm tra lại · Đăng ký hộ kinh doanh');
  expect(app.pageErrors).toEqual([]);
}, 120_000);
