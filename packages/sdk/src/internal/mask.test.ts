import { describe, expect, it } from 'vitest';
import { maskBody, maskUrl } from './mask.js';

describe('maskBody', () => {
  it('masks personal values by key and by look, and keeps ids and codes', () => {
    const masked = maskBody({
      id: 'dos_fb86496e9f60216230502cf6',
      code: 'SBX.UB.00070.T01-261123-00001',
      note: 'Gọi 0912345678 hoặc CCCD 001090012345',
      applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', contact: 'an@example.vn' },
      list: ['+84912345678', 'khai sinh'],
    });
    expect(masked).toEqual({
      id: 'dos_fb86496e9f60216230502cf6',
      code: 'SBX.UB.00070.T01-261123-00001',
      note: '***',
      applicant: { fullName: '***', personalId: '***', contact: '***' },
      list: ['***', 'khai sinh'],
    });
  });
});

describe('maskUrl', () => {
  it('keeps the path and the query keys, never the query values', () => {
    expect(maskUrl(new URL('http://x/v1/procedures?q=Nguy%E1%BB%85n&limit=5'))).toBe(
      '/v1/procedures?q=***&limit=***',
    );
  });
});
