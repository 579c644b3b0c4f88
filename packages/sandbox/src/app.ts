/**
 * The sandbox's HTTP application (Hono): request ids, the JSON body limit, the routes of each
 * resource, and one error shape for everything that goes wrong, including unknown paths (404),
 * unsupported methods (405) and unexpected exceptions (500).
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './errors.js';
import type { AppContext } from './internal/app-context.js';
import type { SandboxEnv } from './internal/env.js';
import { clientAborted, internalError, notFound, payloadTooLarge } from './internal/problems.js';
import { isClientAbort } from './internal/client-abort.js';
import { corsPolicy } from './internal/cors.js';
import { injectFaults } from './internal/faults.js';
import { expirePayments } from './payments/expiry.js';
import { requestId } from './internal/request-id.js';
import { adminUnitRoutes } from './routes/admin-units.js';
import { agencyRoutes } from './routes/agencies.js';
import { attachmentRoutes } from './routes/attachments.js';
import { authRoutes } from './routes/auth.js';
import { oidcAuthorizeRoutes } from './routes/oidc-authorize.js';
import { oidcDiscoveryRoutes } from './routes/oidc-discovery.js';
import { oidcTokenRoutes } from './routes/oidc-token.js';
import { oidcUserInfoRoutes } from './routes/oidc-userinfo.js';
import { dossierActionRoutes } from './routes/dossier-actions.js';
import { dossierRoutes } from './routes/dossiers.js';
import { dossierSupplementRoutes } from './routes/dossier-supplement.js';
import { paymentCheckoutRoutes } from './routes/payment-checkout.js';
import { paymentRoutes } from './routes/payments.js';
import { sandboxControlRoutes } from './routes/sandbox-controls.js';
import { agencyActionRoutes } from './routes/agency-actions.js';
import { agencyDossierRoutes } from './routes/agency-dossiers.js';
import { eventRoutes } from './routes/events.js';
import { webhookEndpointRoutes } from './routes/webhook-endpoints.js';
import { refuseDotSegments } from './internal/dot-segments.js';
import { statisticsRoutes } from './routes/statistics.js';
import { procedureRoutes } from './routes/procedures.js';

/** Builds the application over `ctx`. */
export function createApp(ctx: AppContext): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.use(requestId());
  app.use(async (c, next) => {
    c.set('publicOrigin', ctx.publicOrigin());
    await next();
  });
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // The path only: query strings and bodies may hold personal data; tokens are never logged.
    const aborted = isClientAbort(c);
    ctx.logger.info(aborted ? 'request aborted by the client' : 'request', {
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: aborted ? undefined : c.res.status,
      ms: Math.round(performance.now() - started),
      requestId: c.get('requestId'),
    });
  });
  // Before anything that can fail, so that error responses carry the CORS headers too.
  app.use('/v1/*', corsPolicy(ctx.corsOrigins));
  // Before routing: a dot segment would otherwise be resolved to another path (`%2e%2e` included).
  app.use(refuseDotSegments());
  // Bodies are capped while they stream in: uploads at maxUploadBytes, everything else at maxBodyBytes.
  const limit = (maxSize: number): MiddlewareHandler<SandboxEnv> =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw payloadTooLarge(maxSize);
      },
    });
  const uploadLimit = limit(ctx.maxUploadBytes);
  const bodyLimitOf = limit(ctx.maxBodyBytes);
  const bodyLimits: MiddlewareHandler<SandboxEnv> = (c, next) =>
    c.req.method === 'POST' && c.req.path === '/v1/attachments' ? uploadLimit(c, next) : bodyLimitOf(c, next);
  app.use('/v1/*', bodyLimits);

  app.use('/v1/*', injectFaults(ctx.faults));
  // Dossiers move and payments expire on the sandbox clock; catching up before each request makes a manual clock exact.
  app.use('/v1/*', async (_c, next) => {
    ctx.lifecycle.tick();
    expirePayments(ctx.store, ctx.clock.now());
    ctx.webhooks.tick();
    await next();
  });

  procedureRoutes(app);
  agencyRoutes(app);
  adminUnitRoutes(app);
  authRoutes(app, ctx);
  oidcDiscoveryRoutes(app, ctx);
  oidcAuthorizeRoutes(app, ctx);
  oidcTokenRoutes(app, ctx);
  oidcUserInfoRoutes(app, ctx);
  attachmentRoutes(app, ctx);
  dossierRoutes(app, ctx);
  dossierActionRoutes(app, ctx);
  dossierSupplementRoutes(app, ctx);
  paymentRoutes(app, ctx);
  paymentCheckoutRoutes(app, ctx);
  webhookEndpointRoutes(app, ctx);
  agencyDossierRoutes(app, ctx);
  agencyActionRoutes(app, ctx);
  eventRoutes(app, ctx);
  sandboxControlRoutes(app, ctx);
  statisticsRoutes(app, ctx);

  app.notFound((c) => c.json(notFound().toBody(c.get('requestId')), 404));
  app.onError((error, c) => {
    const id = c.get('requestId');
    let apiError: ApiError;
    if (error instanceof ApiError) {
      apiError = error;
    } else if (isClientAbort(c)) {
      // Nobody is left to answer; the request log says it was aborted.
      apiError = clientAborted();
    } else {
      apiError = internalError();
      ctx.logger.error('unhandled error', { requestId: id, error: error.name });
    }
    return c.json(apiError.toBody(id), apiError.status as 400, apiError.headers);
  });
  return app;
}
