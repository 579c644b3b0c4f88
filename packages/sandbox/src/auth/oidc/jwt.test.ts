import { describe, expect, it } from 'vitest';
import { signJwt, verifyJwt } from './jwt.js';
import { generateSigningKey } from './keys.js';

const key = generateSigningKey();

describe('ES256 JWTs', () => {
  it('verifies what it signs', () => {
    const token = signJwt({ sub: 'citizen-an', exp: 1 }, key, 'at+jwt');
    expect(verifyJwt(token, key, 'at+jwt')).toEqual({ sub: 'citizen-an', exp: 1 });
    const [header] = token.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toEqual({
      alg: 'ES256',
      typ: 'at+jwt',
      kid: key.kid,
    });
  });

  it('refuses another type, another key, a changed payload and alg none', () => {
    const token = signJwt({ sub: 'citizen-an' }, key);
    expect(verifyJwt(token, key, 'at+jwt')).toBeUndefined();
    expect(verifyJwt(token, generateSigningKey())).toBeUndefined();
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'citizen-binh' })).toString('base64url');
    expect(verifyJwt(`${header}.${forged}.${signature}`, key)).toBeUndefined();
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT', kid: key.kid })).toString('base64url');
    expect(verifyJwt(`${none}.${forged}.`, key)).toBeUndefined();
    expect(verifyJwt('a.b', key)).toBeUndefined();
    expect(verifyJwt('not a token', key)).toBeUndefined();
  });
});
