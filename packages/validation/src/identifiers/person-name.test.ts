import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPersonName,
  normalizePersonName,
  personNameSchema,
  PERSON_NAME_LENGTH,
  vnFormats,
} from '@dvc-kit/validation';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

describe('Vietnamese personal names', () => {
  it.each([
    'Nguyễn Văn An',
    'Trần Thị Ngọc Ánh',
    'Đặng Thùy Dương',
    'Phạm Quỳnh Hương',
    'Lê Ưng Ơn',
    'NGUYỄN THỊ HỒNG NHUNG',
    'Bùi Xuân Phái',
    "H'Hen Niê",
    'Ksor Y Phúc',
    'Hoàng Ừ',
  ])('accepts %s', (name) => {
    expect(isPersonName(name)).toBe(true);
    expect(personNameSchema.safeParse(name).success).toBe(true);
  });

  it('accepts names written with combining diacritics (NFD)', () => {
    const decomposed = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
    expect(isPersonName(decomposed)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [' Nguyễn Văn An', 'spaces'],
    ['Nguyễn Văn An ', 'spaces'],
    ['Nguyễn  Văn An', 'spaces'],
    ['Nguyễn\tVăn An', 'spaces'],
    ['Nguyễn Văn An 2', 'characters'],
    ['Nguyễn Văn-An', 'characters'],
    ['Nguyễn Văn An.', 'characters'],
    ["'Hen Niê", 'characters'],
    ["H''Hen Niê", 'characters'],
    ['Müller', 'characters'],
    ['王小明', 'characters'],
    ['A', 'too-short'],
    ['A'.repeat(PERSON_NAME_LENGTH.max + 1), 'too-long'],
  ])('rejects %j (%s)', (name, reason) => {
    expect(vnFormats['vn-person-name']?.(name, {})).toMatchObject({ ok: false, reason });
    expect(isPersonName(name)).toBe(false);
  });

  it('names the character it does not accept', () => {
    expect(paramsOf(personNameSchema.safeParse('Nguyễn Văn An 2'))).toEqual({
      format: 'vn-person-name',
      reason: 'characters',
      char: '2',
    });
  });

  it('normalises spaces and composition', () => {
    expect(normalizePersonName('  Nguyễn \t Văn\u00a0 An  '.normalize('NFD'))).toBe('Nguyễn Văn An');
  });

  it('turns any spacing of valid words into a valid name', () => {
    const word = fc.constantFrom('Nguyễn', 'Thị', 'Ánh', 'Dương', 'Ưng', 'Đỗ', 'Quỳnh', 'Hữu');
    const space = fc.constantFrom(' ', '  ', '\t', ' \u00a0');
    fc.assert(
      fc.property(fc.array(fc.tuple(space, word), { minLength: 1, maxLength: 6 }), space, (parts, tail) => {
        const messy = parts.map(([sep, w]) => sep + w.normalize('NFD')).join('') + tail;
        const clean = normalizePersonName(messy);
        expect(isPersonName(clean)).toBe(true);
        expect(clean).toBe(parts.map(([, w]) => w).join(' '));
      }),
    );
  });
});
