/** `dvc validate` on the fixture definition: localized issues with positions, JSON output, bad input. */
import { describe, expect, it } from 'vitest';
import { validateFile } from '@dvc-kit/cli';
import { dvc, FIXTURES } from './helpers.js';

describe('dvc validate', () => {
  it('accepts valid data, exit 0', async () => {
    expect(await dvc(['validate', 'minimal.json', 'data-valid.json'])).toEqual({
      code: 0,
      stdout: 'data-valid.json: valid (minimal.json).\n',
      stderr: '',
    });
  });

  it('prints each issue in Vietnamese by default, exit 1', async () => {
    const run = await dvc(['validate', 'minimal.json', 'data-invalid.json']);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    expect(run.stdout).toBe(
      [
        'data-invalid.json:3:12  /phone  format  Đầu số 012 không phải là đầu số di động.',
        'data-invalid.json:4:13  /copies  minimum  Giá trị phải lớn hơn hoặc bằng 0.',
        'data-invalid.json: 2 issues.',
        '',
      ].join('\n'),
    );
  });

  it('never echoes the values of the data', async () => {
    for (const args of [[], ['--json'], ['--locale', 'en']]) {
      const run = await dvc(['validate', 'minimal.json', 'data-invalid.json', ...args]);
      expect(run.stdout + run.stderr).not.toMatch(/0123456789|Nguyễn Văn An/);
    }
  });

  it('prints English with --locale en, and JSON with --json', async () => {
    const run = await dvc(['validate', 'minimal.json', 'data-invalid.json', '--locale', 'en', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      definition: 'minimal.json',
      data: 'data-invalid.json',
      issues: [
        {
          file: 'data-invalid.json',
          line: 3,
          column: 12,
          pointer: '/phone',
          code: 'format',
          message: '012 is not a mobile prefix.',
        },
        {
          file: 'data-invalid.json',
          line: 4,
          column: 13,
          pointer: '/copies',
          code: 'minimum',
          message: 'Must be 0 or more.',
        },
      ],
    });
    expect(JSON.parse(run.stdout)).toEqual(
      await validateFile('minimal.json', 'data-invalid.json', { cwd: FIXTURES, locale: 'en' }),
    );
  });

  it('names the field by its label in the locale of the messages', async () => {
    const result = await validateFile('minimal.json', 'minimal.json', { cwd: FIXTURES });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ pointer: '/fullName', message: 'Vui lòng nhập Họ và tên.' }),
    );
    const en = await validateFile('minimal.json', 'minimal.json', { cwd: FIXTURES, locale: 'en' });
    expect(en.issues.find((i) => i.pointer === '/fullName')?.message).toContain('Full name');
  });

  it('reports a missing required field on the object that lacks it', async () => {
    const result = await validateFile('minimal.json', 'minimal.json', { cwd: FIXTURES, locale: 'en' });
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ pointer: '/fullName', code: 'required', line: 1, column: 1 }),
    );
  });

  it('gives the line and column of bad JSON without quoting the data', async () => {
    const run = await dvc(['validate', 'minimal.json', 'data-bad-json.json']);
    expect(run).toEqual({
      code: 1,
      stdout:
        "data-bad-json.json:4:3  /  json_syntax  Invalid JSON: Unexpected character '\"', expected ',' or '}'\n" +
        'data-bad-json.json: 1 issue.\n',
      stderr: '',
    });
    expect(run.stdout).not.toContain('0912345678');
  });

  it('refuses a definition that is bad JSON or not a definition', async () => {
    const bad = await dvc(['validate', 'bad-json.json', 'data-valid.json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^bad-json\.json:5:3 {2}\/ {2}json_syntax {2}/);
    const notDefinition = await dvc(['validate', 'data-valid.json', 'data-valid.json']);
    expect(notDefinition.code).toBe(1);
    expect(notDefinition.stdout).toMatch(/^data-valid\.json:1:1 {2}\/ {2}no_data_schema {2}/);
  });
});
