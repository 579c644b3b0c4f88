/**
 * The body of `POST /v1/payments/{id}/checkout`: `decision=approve|decline`, as the payment page's
 * form posts it (`application/x-www-form-urlencoded`) or as JSON (for tests and scripts). Checked
 * against the contract's `CheckoutDecision` either way.
 */
import type { Context } from 'hono';
import { schemaValidator } from '../contract-schemas.js';
import { readJsonBody } from '../internal/body.js';
import { localeOf } from '../internal/locale.js';
import { invalidBody, unsupportedMediaType } from '../internal/problems.js';
import type { Decision } from './decide.js';

/** The decision, and whether it came from the HTML form. */
export async function readDecision(c: Context): Promise<{ decision: Decision; fromForm: boolean }> {
  const essence = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (essence !== 'application/x-www-form-urlencoded') {
    if (essence !== 'application/json') {
      throw unsupportedMediaType('application/x-www-form-urlencoded or application/json');
    }
    const body = await readJsonBody<{ decision: Decision }>(c, 'CheckoutDecision');
    return { decision: body.decision, fromForm: false };
  }
  const params = new URLSearchParams(await c.req.text());
  const fields: Record<string, string> = {};
  for (const [name, value] of params) fields[name] = value;
  const result = schemaValidator('CheckoutDecision').validate(fields, {
    locale: localeOf(c.req.header('accept-language')),
  });
  if (!result.ok)
    throw invalidBody(result.issues.map(({ pointer, code, message }) => ({ pointer, code, message })));
  return { decision: fields['decision'] as Decision, fromForm: true };
}
