/**
 * `/v1/auth/authorize`: the start of an authorization-code login with PKCE. `GET` shows the persona
 * picker (personas, then officials); the picker's form `POST`s the choice back, and the browser is redirected to the client
 * with a code. For tests, `login_hint=<persona id>` with `sandbox_auto_approve=true` (sandbox only)
 * skips the page.
 */
import type { Context, Hono } from 'hono';
import {
  checkAuthorizeRequest,
  type AuthorizeRequest,
  type ParamReader,
} from '../auth/oidc/authorize-request.js';
import { PICKER_CSP, pickerPage } from '../auth/oidc/picker-page.js';
import { getOfficial } from '../auth/officials.js';
import { getPersona } from '../auth/personas.js';
import { ApiError } from '../errors.js';
import type { AppContext } from '../internal/app-context.js';
import type { SandboxEnv } from '../internal/env.js';
import { unsupportedMediaType } from '../internal/problems.js';
import { route } from '../internal/routing.js';

function invalidAuthorizeRequest(what: string, en: string): ApiError {
  return new ApiError(400, 'invalid_authorization_request', {
    vi: `Yêu cầu đăng nhập không hợp lệ: ${what}.`,
    en: `Invalid authorization request: ${en}.`,
  });
}

/** `redirectUri` with `params` added to its query. */
function withParams(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

function noStore(c: Context<SandboxEnv>): void {
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
}

/** Checks the request; throws the non-redirectable errors, and answers the others with a redirect. */
function check(c: Context<SandboxEnv>, read: ParamReader): AuthorizeRequest | Response {
  const result = checkAuthorizeRequest(read);
  if (result.ok) return result.request;
  if (result.fatal) {
    throw result.reason === 'client_id'
      ? invalidAuthorizeRequest('ứng dụng (client_id) không được đăng ký', 'unknown client_id')
      : invalidAuthorizeRequest(
          'redirect_uri không được đăng ký cho ứng dụng',
          'redirect_uri not registered for the client',
        );
  }
  noStore(c);
  return c.redirect(
    withParams(result.redirectUri, {
      error: result.error,
      error_description: result.description,
      state: result.state,
    }),
    302,
  );
}

/** Whether `id` is someone who can log in: a persona or an official. */
function canLogIn(id: string | undefined): id is string {
  return id !== undefined && (getPersona(id) !== undefined || getOfficial(id) !== undefined);
}

/** Registers `GET` and `POST /v1/auth/authorize`. */
export function oidcAuthorizeRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  const approve = (c: Context<SandboxEnv>, request: AuthorizeRequest, personaId: string): Response => {
    const code = ctx.authorizationCodes.issue({
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      personaId,
      scope: request.scope,
      nonce: request.nonce,
      codeChallenge: request.codeChallenge,
    });
    noStore(c);
    return c.redirect(withParams(request.redirectUri, { code, state: request.state }), 302);
  };

  route(app, '/v1/auth/authorize', {
    get: [
      (c) => {
        const read: ParamReader = (name) => c.req.query(name) || undefined;
        const request = check(c, read);
        if (request instanceof Response) return request;
        const hint = read('login_hint');
        if (read('sandbox_auto_approve') === 'true') {
          if (!canLogIn(hint)) {
            throw invalidAuthorizeRequest(
              'login_hint không phải mã người dùng giả lập',
              'login_hint is not a persona id',
            );
          }
          return approve(c, request, hint);
        }
        noStore(c);
        c.header('Content-Security-Policy', PICKER_CSP);
        c.header('X-Content-Type-Options', 'nosniff');
        return c.html(pickerPage(request, hint));
      },
    ],
    post: [
      async (c) => {
        if (!(c.req.header('content-type') ?? '').startsWith('application/x-www-form-urlencoded')) {
          throw unsupportedMediaType('application/x-www-form-urlencoded');
        }
        const form = new URLSearchParams(await c.req.text());
        const read: ParamReader = (name) => form.get(name) || undefined;
        const request = check(c, read);
        if (request instanceof Response) return request;
        const personaId = read('persona');
        if (!canLogIn(personaId)) {
          throw invalidAuthorizeRequest('chưa chọn người dùng giả lập', 'no known persona chosen');
        }
        return approve(c, request, personaId);
      },
    ],
  });
}
