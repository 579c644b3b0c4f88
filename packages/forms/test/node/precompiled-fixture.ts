/**
 * The precompiled validator the browser tests give `<dvc-form validator>`: a sign-up schema where,
 * unlike the one the form renders, the note is required too, so a test can tell which validator
 * decided. `test/node/precompiled-fixture.test.ts` keeps the committed module equal to a fresh build.
 */
export const renderedSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  title: 'Đăng ký nhận tin',
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', minLength: 2 },
    phone: { type: 'string', title: 'Số điện thoại', format: 'vn-mobile' },
    note: { type: 'string', title: 'Ghi chú' },
  },
  required: ['fullName', 'phone'],
};

/** The schema precompiled into `test/fixtures/signup.validator.js`. */
export const precompiledSchema = { ...renderedSchema, required: ['fullName', 'phone', 'note'] };

/** Where the module and its declaration file are committed. */
export const fixtureFiles = {
  code: new URL('../fixtures/signup.validator.js', import.meta.url),
  types: new URL('../fixtures/signup.validator.d.ts', import.meta.url),
};

/**
 * A data model with a condition (a field only its `then` declares), precompiled with its field plan
 * (`fieldPlan: true`, `dvc build-validators --field-plan`) into `test/fixtures/married.validator.js`.
 */
export const conditionalSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Họ và tên', minLength: 2 },
    married: { type: 'boolean', title: 'Đã kết hôn' },
    note: { type: 'string', title: 'Ghi chú' },
  },
  required: ['name'],
  if: { properties: { married: { const: true } }, required: ['married'] },
  then: { properties: { spouse: { type: 'string', title: 'Tên vợ/chồng' } }, required: ['spouse'] },
};

/** Where the conditional model's module (with its field plan) is committed. */
export const conditionalFiles = {
  code: new URL('../fixtures/married.validator.js', import.meta.url),
  types: new URL('../fixtures/married.validator.d.ts', import.meta.url),
};
