import { describe, expect, it } from 'vitest';
import { manualClock } from '../../clock.js';
import { AuthorizationCodes, CODE_LIFETIME_MS, type CodeGrant } from './codes.js';

const grant: CodeGrant = {
  clientId: 'sandbox-portal',
  redirectUri: 'http://127.0.0.1:5173/callback',
  personaId: 'citizen-an',
  scope: 'openid',
  nonce: undefined,
  codeChallenge: 'x'.repeat(43),
};

describe('authorization codes', () => {
  it('are single-use', () => {
    const codes = new AuthorizationCodes(manualClock(new Date('2026-11-23T02:00:00Z')));
    const code = codes.issue(grant);
    expect(codes.consume(code)).toEqual(grant);
    expect(codes.consume(code)).toBeUndefined();
    expect(codes.consume('unknown')).toBeUndefined();
  });

  it('expire on the sandbox clock', () => {
    const clock = manualClock(new Date('2026-11-23T02:00:00Z'));
    const codes = new AuthorizationCodes(clock);
    const fresh = codes.issue(grant);
    const late = codes.issue(grant);
    clock.advance(CODE_LIFETIME_MS - 1);
    expect(codes.consume(fresh)).toEqual(grant);
    clock.advance(1);
    expect(codes.consume(late)).toBeUndefined();
  });
});
