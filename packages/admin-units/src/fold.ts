const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lower-cases `text` and removes Vietnamese diacritics (tones and vowel marks, whether the text is
 * NFC or NFD), mapping đ/Đ to d, so that "dang ky" matches "Đăng ký". Other characters are kept.
 * @example foldDiacritics('Đăng ký Thường trú') // "dang ky thuong tru"
 */
export function foldDiacritics(text: string): string {
  if (typeof text !== 'string') return '';
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
}
