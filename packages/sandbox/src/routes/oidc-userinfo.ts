/**
 * `GET /v1/auth/userinfo`: the OpenID Connect claims of the logged-in persona. `sub` and
 * `account_type` always; the rest (name, date of birth, sex, personal id or tax code, residence as
 * 2025 units, contact, assurance level) only with the `profile` scope. A persona's fixed token has
 * every scope; a client's own token is refused (403). An official's claims are its agency,
 * department and role.
 */
import type { Hono } from 'hono';
import { getOfficial, type Official } from '../auth/officials.js';
import { getPersona, type Persona } from '../auth/personas.js';
import { requireAuth } from '../auth/require-auth.js';
import type { AppContext } from '../internal/app-context.js';
import type { SandboxEnv } from '../internal/env.js';
import { notFound } from '../internal/problems.js';
import { route } from '../internal/routing.js';

/** The claims of `persona` for the scopes of `scope` (every scope when `undefined`). */
export function userInfoClaims(persona: Persona, scope: string | undefined): Record<string, unknown> {
  const claims: Record<string, unknown> = { sub: persona.id, account_type: persona.accountType };
  if (scope !== undefined && !scope.split(' ').includes('profile')) return claims;
  const p = persona.profile;
  const optional: Record<string, unknown> = {
    name: p.fullName,
    birthdate: p.birthDate,
    gender: p.sex,
    personal_id: p.personalId,
    tax_code: p.taxCode,
    residence: p.permanentResidence,
    current_residence: p.currentResidence,
    phone_number: p.phone,
    email: p.email,
    assurance_level: persona.assuranceLevel,
  };
  for (const [name, value] of Object.entries(optional)) if (value !== undefined) claims[name] = value;
  return claims;
}

/** The claims of an official: `sub`, `account_type: official`; with `profile` the name, agency, department and role. */
export function officialClaims(official: Official, scope: string | undefined): Record<string, unknown> {
  const claims: Record<string, unknown> = { sub: official.id, account_type: 'official' };
  if (scope !== undefined && !scope.split(' ').includes('profile')) return claims;
  return {
    ...claims,
    name: official.fullName,
    agency_id: official.agencyId,
    department: official.department,
    role: official.role,
  };
}

/** Registers `GET /v1/auth/userinfo`. */
export function oidcUserInfoRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  route(app, '/v1/auth/userinfo', {
    get: [
      requireAuth(ctx.authenticator, { as: ['persona', 'official'], scope: 'openid' }),
      (c) => {
        const principal = c.get('principal');
        if (principal.kind === 'official') {
          const official = getOfficial(principal.officialId);
          if (official === undefined) throw notFound({ vi: 'người dùng', en: 'User' });
          c.header('Cache-Control', 'no-store');
          return c.json(officialClaims(official, principal.scope));
        }
        const persona = principal.kind === 'persona' ? getPersona(principal.personaId) : undefined;
        if (principal.kind !== 'persona' || persona === undefined)
          throw notFound({ vi: 'người dùng', en: 'User' });
        c.header('Cache-Control', 'no-store');
        return c.json(userInfoClaims(persona, principal.scope));
      },
    ],
  });
}
