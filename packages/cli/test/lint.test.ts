/** `dvc lint` on broken definitions: each problem at its file:line:col, exit 1. */
import { describe, expect, it } from 'vitest';
import { lintFiles, type LintResult } from '@dvc-kit/cli';
import { dvc, FIXTURES } from './helpers.js';

describe('dvc lint', () => {
  it('passes a clean definition', async () => {
    expect(await dvc(['lint', 'minimal.json'])).toEqual({
      code: 0,
      stdout: '1 definition checked: no problems.\n',
      stderr: '',
    });
  });

  it.each([
    [
      'bad-json.json',
      "bad-json.json:5:3  json_syntax  Invalid JSON: Unexpected character '\"', expected ',' or '}'",
    ],
    [
      'missing-vi-label.json',
      'missing-vi-label.json:113:24  required  This field is required (at /dataSchema/properties/phone/x-dvc-label/vi).',
    ],
    [
      'missing-label.json',
      'missing-label.json:119:17  label-missing  Field /copies has no x-dvc-label with non-empty "vi" and "en".',
    ],
    [
      'layout-unknown-field.json',
      'layout-unknown-field.json:153:15  layout-unknown-field  Layout places /email, which is not a field outside a repeatable group.',
    ],
    [
      'duplicate-document-code.json',
      'duplicate-document-code.json:78:15  document-code-duplicate  Document-component code "TO-KHAI" is used twice.',
    ],
    [
      'bad-pattern.json',
      'bad-pattern.json:109:20  invalid_regex  Invalid regular expression /^[A-Z/ (at /dataSchema/properties/fullName/pattern).',
    ],
    [
      'unknown-format.json',
      'unknown-format.json:112:19  unknown_format  Unknown format "vn-mobile-phone" (at /dataSchema/properties/phone/format).',
    ],
    ['negative-fee.json', 'negative-fee.json:49:17  minimum  Must be 0 or more (at /fees/0/amount).'],
    [
      'prefill-missing-path.json',
      'prefill-missing-path.json:166:16  prefill-unknown-field  Prefill targets /applicant/personalId, which is not a field.',
    ],
  ])('reports %s at its line and column, exit 1', async (file, line) => {
    const run = await dvc(['lint', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toContain(line);
    expect(run.stdout).toMatch(
      /^1 problem \(1 error, 0 warnings\) in 1 definition\.\n$|problems \(\d+ errors?, \d+ warnings?\) in 1 definition\.\n$/m,
    );
  });

  it('reports an unknown widget at the widget name', async () => {
    const run = await dvc(['lint', 'unknown-widget.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^unknown-widget\.json:117:25 {2}enum {2}Choose one of: text, .*\(at \/dataSchema\/properties\/phone\/x-dvc-widget\)\.$/m,
    );
  });

  it('reports a condition on a missing field', async () => {
    const run = await dvc(['lint', 'layout-unknown-field.json']);
    expect(run.stdout).toMatch(
      /^layout-unknown-field\.json:155:28 {2}condition-unknown-field {2}.*\/applicantKind/m,
    );
  });

  it('lints several files, clean ones included, and counts the problems', async () => {
    const run = await dvc(['lint', 'minimal.json', 'negative-fee.json', 'duplicate-document-code.json']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').at(-2)).toBe('2 problems (2 errors, 0 warnings) in 3 definitions.');
  });

  it('prints JSON with --json, and the same result through lintFiles', async () => {
    const run = await dvc(['lint', 'negative-fee.json', '--json']);
    expect(run.code).toBe(1);
    const printed = JSON.parse(run.stdout) as LintResult;
    expect(printed).toEqual(await lintFiles(['negative-fee.json'], { cwd: FIXTURES }));
    expect(printed.files[0]?.messages).toEqual([
      {
        line: 49,
        column: 17,
        pointer: '/fees/0/amount',
        code: 'minimum',
        message: 'Must be 0 or more (at /fees/0/amount).',
        severity: 'error',
        source: 'meta-schema',
      },
    ]);
  });

  it('words meta-schema messages in Vietnamese with --locale vi', async () => {
    const run = await dvc(['lint', 'negative-fee.json', '--locale', 'vi']);
    expect(run.stdout).toMatch(/^negative-fee\.json:49:17 {2}minimum {2}.*\(at \/fees\/0\/amount\)\.$/m);
    expect(run.stdout).not.toContain('Must be 0 or more');
  });
});
