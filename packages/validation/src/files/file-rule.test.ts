import { describe, expect, it } from 'vitest';
import { acceptsFileType, fileProblem, fileTypeName, maxFileBytes } from '../files.js';

const rule = { acceptedTypes: ['application/pdf', 'image/jpeg'], maxSizeMB: 5 };

describe('the file rule', () => {
  it('accepts the listed types whatever their case or parameters, and any type when none is listed', () => {
    expect(acceptsFileType(rule, 'application/pdf')).toBe(true);
    expect(acceptsFileType(rule, 'Image/JPEG; q=1')).toBe(true);
    expect(acceptsFileType(rule, 'image/png')).toBe(false);
    expect(acceptsFileType(rule, '')).toBe(false);
    expect(acceptsFileType({ acceptedTypes: [] }, 'application/x-msdownload')).toBe(true);
  });

  it('counts megabytes as 1,048,576 bytes', () => {
    expect(maxFileBytes(rule)).toBe(5 * 1024 * 1024);
    expect(maxFileBytes({ maxSizeMB: 0.5 })).toBe(524_288);
  });

  it('names types as people do', () => {
    expect(fileTypeName('application/pdf')).toBe('PDF');
    expect(fileTypeName('image/jpeg')).toBe('JPG');
    expect(fileTypeName('image/webp')).toBe('WEBP');
  });

  it('says why a file is refused, in Vietnamese by default and in English', () => {
    const exe = { name: 'to-khai.exe', type: 'application/x-msdownload', size: 10 };
    expect(fileProblem(exe, rule)).toEqual({
      code: 'file_type_not_accepted',
      message:
        'Tệp "to-khai.exe" (application/x-msdownload) không đúng loại được chấp nhận: chỉ nhận PDF, JPG.',
    });
    expect(fileProblem(exe, rule, 'en')?.message).toBe(
      'The file "to-khai.exe" (application/x-msdownload) is not of an accepted type: only PDF, JPG.',
    );
    const big = { name: 'scan.pdf', type: 'application/pdf', size: 5 * 1024 * 1024 + 1 };
    expect(fileProblem(big, rule)).toEqual({
      code: 'file_too_large',
      message: 'Tệp "scan.pdf" (5,1 MB) vượt quá dung lượng cho phép 5 MB.',
    });
    expect(fileProblem({ type: 'application/pdf', size: 12 * 1024 * 1024 }, rule, 'en')?.message).toBe(
      'The file (12 MB) is larger than the 5 MB allowed.',
    );
    expect(fileProblem({ name: 'a.pdf', type: 'application/pdf', size: 0 }, rule)?.code).toBe('file_empty');
  });

  it('lets a file that fits through, up to the last byte', () => {
    expect(fileProblem({ type: 'application/pdf', size: maxFileBytes(rule) }, rule)).toBeUndefined();
  });
});
