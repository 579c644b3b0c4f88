/**
 * Uploaded file names are for display only. A name is refused when it holds a path (`/`, `\`, a
 * `..` segment), a NUL or another control character, a bidirectional override (which can disguise
 * `fdp.exe` as `exe.pdf`), is a reserved device name on Windows (`CON`, `NUL`, `COM1`, ...), ends
 * with a dot or a space, or is longer than 255 UTF-8 bytes. Accepted names are kept in Unicode
 * NFC. Downloads carry the name in a `Content-Disposition` with an ASCII fallback and an RFC 5987
 * `filename*`.
 */

// C0 controls, DEL, C1 controls; bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Why a file name is refused (a stable code), or `undefined` when it may be kept. */
export function fileNameProblem(name: string): string | undefined {
  const nfc = name.normalize('NFC');
  if (nfc.trim() === '') return 'file_name_empty';
  if (nfc.includes('/') || nfc.includes('\\') || nfc === '.' || nfc === '..') return 'file_name_path';
  if (FORBIDDEN.test(nfc)) return 'file_name_control_character';
  if (RESERVED.test(nfc)) return 'file_name_reserved';
  if (/[. ]$/.test(nfc) || nfc.startsWith(' ')) return 'file_name_trailing';
  if (Buffer.byteLength(nfc, 'utf8') > 255) return 'file_name_too_long';
  return undefined;
}

/** `name` (accepted by {@link fileNameProblem}) as stored: NFC. */
export function cleanFileName(name: string): string {
  return name.normalize('NFC');
}

/** An ASCII stand-in for `name`: diacritics dropped (`đ` → `d`), anything else unsafe → `_`. */
function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
}

/** RFC 5987 `value-chars`: percent-encode everything but attr-char. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `Content-Disposition: attachment` for a download named `name`. */
export function contentDisposition(name: string): string {
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}
