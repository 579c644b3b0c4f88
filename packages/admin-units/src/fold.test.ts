import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '@dvc-kit/admin-units';

describe('foldDiacritics', () => {
  it('removes tones and vowel marks and maps đ to d', () => {
    expect(foldDiacritics('Đăng ký')).toBe('dang ky');
    expect(foldDiacritics('Đắk Lắk')).toBe('dak lak');
    expect(foldDiacritics('ĐƯỜNG Ổ Ỡ ự')).toBe('duong o o u');
  });

  it('gives the same result for NFC and NFD text', () => {
    const nfc = 'Thừa Thiên Huế, Hòa Bình, Hoà Bình';
    expect(foldDiacritics(nfc.normalize('NFD'))).toBe(foldDiacritics(nfc));
    expect(foldDiacritics(nfc)).toBe('thua thien hue, hoa binh, hoa binh');
  });

  it('keeps other characters and copes with empty input', () => {
    expect(foldDiacritics("Cư M'gar - 1")).toBe("cu m'gar - 1");
    expect(foldDiacritics('')).toBe('');
  });
});
