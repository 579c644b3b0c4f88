/**
 * The file rule of a document component: which types it accepts and how large a file may be.
 * One home for it: the forms check a chosen file before uploading, the sdk before sending, the
 * sandbox when the file arrives; all three call {@link fileProblem} (or its two halves).
 */
import type { Locale } from '../messages/format-message.js';

/** What a document component allows: MIME types (none listed: any) and the largest size in megabytes. */
export interface FileRule {
  readonly acceptedTypes: readonly string[];
  readonly maxSizeMB: number;
}

/** The file to check: its type and size, and its name when known (for the message). */
export interface FileFacts {
  readonly type: string;
  readonly size: number;
  readonly name?: string | undefined;
}

/** Why a file is refused, with the message to show, in the locale asked for. */
export interface FileProblem {
  readonly code: 'file_type_not_accepted' | 'file_too_large' | 'file_empty';
  readonly message: string;
}

/** The largest size the rule allows, in bytes (1 MB = 1,048,576 bytes). */
export function maxFileBytes(rule: Pick<FileRule, 'maxSizeMB'>): number {
  return Math.floor(rule.maxSizeMB * 1024 * 1024);
}

/** The MIME type without parameters, in lower case: `"Image/JPEG; x=1"` → `image/jpeg`. */
function essence(type: string): string {
  return (type.split(';')[0] ?? '').trim().toLowerCase();
}

/** Whether the rule accepts a file of `type` (every type when it lists none). */
export function acceptsFileType(rule: Pick<FileRule, 'acceptedTypes'>, type: string): boolean {
  if (rule.acceptedTypes.length === 0) return true;
  const wanted = essence(type);
  return rule.acceptedTypes.some((accepted) => essence(accepted) === wanted);
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/xml': 'XML',
};

/** A type as people name it: `application/pdf` → `PDF` (the subtype in capitals when unknown). */
export function fileTypeName(type: string): string {
  const key = essence(type);
  return TYPE_NAMES[key] ?? (key.split('/')[1] ?? key).toUpperCase();
}

/** Megabytes with one decimal, in the locale's way: `12,5` (vi) or `12.5` (en). */
function megabytes(bytes: number, locale: Locale): string {
  const text = (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1).replace(/\.0$/, '');
  return locale === 'vi' ? text.replace('.', ',') : text;
}

function sizeLimit(maxSizeMB: number, locale: Locale): string {
  return locale === 'vi' ? String(maxSizeMB).replace('.', ',') : String(maxSizeMB);
}

/**
 * Why `file` does not fit `rule` (its type first, then its size, then an empty file), worded in
 * `locale` (default `vi`); `undefined` when it fits.
 */
export function fileProblem(file: FileFacts, rule: FileRule, locale: Locale = 'vi'): FileProblem | undefined {
  const en = locale === 'en';
  // " "x.pdf"" after "Tệp"/"The file" when the name is known.
  const named = file.name !== undefined && file.name !== '' ? ` "${file.name}"` : '';
  if (!acceptsFileType(rule, file.type)) {
    const accepted = [...new Set(rule.acceptedTypes.map(fileTypeName))].join(', ');
    const given = file.type === '' ? '' : ` (${file.type})`;
    return {
      code: 'file_type_not_accepted',
      message: en
        ? `The file${named}${given} is not of an accepted type: only ${accepted}.`
        : `Tệp${named}${given} không đúng loại được chấp nhận: chỉ nhận ${accepted}.`,
    };
  }
  if (file.size > maxFileBytes(rule)) {
    const size = megabytes(file.size, locale);
    const limit = sizeLimit(rule.maxSizeMB, locale);
    return {
      code: 'file_too_large',
      message: en
        ? `The file${named} (${size} MB) is larger than the ${limit} MB allowed.`
        : `Tệp${named} (${size} MB) vượt quá dung lượng cho phép ${limit} MB.`,
    };
  }
  if (file.size === 0) {
    return { code: 'file_empty', message: en ? `The file${named} is empty.` : `Tệp${named} rỗng.` };
  }
  return undefined;
}
