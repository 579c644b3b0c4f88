/**
 * Auth, as far as it goes today: the personas to log in as and their profiles. The OpenID Connect
 * provider (discovery, authorize with PKCE, token, userinfo) is in the contract and comes next.
 */
import type { Hono } from 'hono';
import { officials } from '../auth/officials.js';
import { getPersona, personas } from '../auth/personas.js';
import { requireAuth } from '../auth/require-auth.js';
import type { AppContext } from '../internal/app-context.js';
import type { SandboxEnv } from '../internal/env.js';
import { notFound } from '../internal/problems.js';
import { route } from '../internal/routing.js';

/** Registers `GET /v1/auth/personas`, `GET /v1/auth/officials` and `GET /v1/profile`. */
export function authRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  route(app, '/v1/auth/personas', {
    get: [
      (c) =>
        c.json({
          data: personas.map(({ id, accountType, displayName, description, token }) => ({
            id,
            accountType,
            displayName,
            description,
            token,
          })),
        }),
    ],
  });
  route(app, '/v1/auth/officials', {
    get: [(c) => c.json({ data: officials })],
  });
  route(app, '/v1/profile', {
    get: [
      requireAuth(ctx.authenticator, { scope: 'profile' }),
      (c) => {
        const principal = c.get('principal');
        const persona = principal.kind === 'persona' ? getPersona(principal.personaId) : undefined;
        if (persona === undefined) throw notFound({ vi: 'hồ sơ cá nhân', en: 'Profile' });
        return c.json({ accountType: persona.accountType, ...persona.profile });
      },
    ],
  });
}
