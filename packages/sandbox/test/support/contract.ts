/**
 * Contract conformance: every response a test receives is checked against the OpenAPI document.
 * The operation is found from the method and the path; the status must be documented for it; the
 * body must match the documented schema for its media type (compiled with @dvc-kit/validation,
 * OpenAPI 3.1 schemas being JSON Schema 2020-12). Unknown paths must answer 404 and unsupported
 * methods 405, both in the `Error` shape. This module parses the YAML itself, independently of the
 * server, so the server cannot agree with itself by accident.
 */
import { readFileSync } from 'node:fs';
import { contractPath } from '@dvc-kit/contract/node';
import { childPointer, compileSchema, type Validator } from '@dvc-kit/validation';
import { parse } from 'yaml';

const URI = 'https://contract.test/portal-api.yaml';

type Json = Record<string, unknown>;
export const contract = parse(readFileSync(contractPath, 'utf8')) as Json & {
  paths: Record<string, Record<string, Json>>;
  components: Record<string, Record<string, Json>>;
};

const validators = new Map<string, Validator>();
function validatorAt(pointer: string): Validator {
  let v = validators.get(pointer);
  if (v === undefined) {
    v = compileSchema(
      { $ref: `${URI}#${pointer}` },
      {
        remotes: { [URI]: contract },
        unknownKeywords: 'ignore',
        formats: { int32: () => ({ ok: true }), int64: () => ({ ok: true }) },
      },
    );
    validators.set(pointer, v);
  }
  return v;
}

const templates = Object.keys(contract.paths).map((template) => ({
  template,
  regex: new RegExp(
    `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`,
  ),
}));

/** The contract's path template matching `pathname`, preferring literal segments over parameters. */
export function matchTemplate(pathname: string): string | undefined {
  const hits = templates.filter((t) => t.regex.test(pathname));
  hits.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  return hits[0]?.template;
}

export interface ReceivedResponse {
  method: string;
  pathname: string;
  status: number;
  contentType: string | null;
  requestId: string | null;
  text: string;
  body: unknown;
}

/** Checks `res` against the contract; returns problems (empty when it conforms). */
export function conformanceProblems(res: ReceivedResponse): string[] {
  const problems: string[] = [];
  const where = `${res.method} ${res.pathname} → ${res.status}`;
  if (res.requestId === null) problems.push(`${where}: no X-Request-Id header`);
  const template = matchTemplate(res.pathname);
  const method = res.method.toLowerCase();
  const operation = template === undefined ? undefined : contract.paths[template]?.[method];
  let pointer: string | undefined;
  let response: Json | undefined;
  if (template === undefined || operation === undefined) {
    const expected = template === undefined ? 404 : 405;
    if (res.status !== expected)
      problems.push(`${where}: expected ${expected} for an undocumented path/method`);
    pointer = '/components/schemas/Error';
    response = { content: { 'application/json': {} } };
  } else {
    const responses = operation['responses'] as Record<string, Json>;
    const entry = responses[String(res.status)];
    if (entry === undefined) return [`${where}: status not documented for ${method} ${template}`];
    const ref = entry['$ref'];
    if (typeof ref === 'string') {
      const name = ref.split('/').pop()!;
      response = contract.components['responses']![name];
      pointer = childPointer('/components/responses', name, 'content', 'application/json', 'schema');
    } else {
      response = entry;
      pointer = childPointer(
        '/paths',
        template,
        method,
        'responses',
        res.status,
        'content',
        'application/json',
        'schema',
      );
    }
  }
  if (response === undefined) return [`${where}: the response refers to a missing component`];
  const content = response['content'] as Record<string, unknown> | undefined;
  if (content === undefined) {
    if (res.text !== '') problems.push(`${where}: a body where none is documented`);
    return problems;
  }
  const essence = (res.contentType ?? '').split(';')[0]!.trim();
  if (!(essence in content)) {
    problems.push(`${where}: content type "${essence}" not documented (${Object.keys(content).join(', ')})`);
    return problems;
  }
  if (essence === 'application/json') {
    const result = validatorAt(pointer).validate(res.body, { locale: 'en' });
    if (!result.ok) {
      const issues = result.issues.map((i) => `  ${i.pointer || '(root)'}: ${i.message}`).join('\n');
      problems.push(`${where}: body does not match the contract:\n${issues}`);
    }
    // The `Error` shape; the OAuth token endpoint's RFC 6749 errors (`error` is a string) have no request id.
    const error = (res.body as { error?: { requestId?: unknown; status?: unknown } | string } | null)?.error;
    if (res.status >= 400 && typeof error === 'object') {
      if (error.requestId !== res.requestId)
        problems.push(`${where}: error.requestId differs from X-Request-Id`);
      if (error.status !== res.status) problems.push(`${where}: error.status differs from the HTTP status`);
    }
  }
  return problems;
}

/** Checks a webhook delivery's body against the contract's `webhooks.<type>` request schema. */
export function webhookBodyProblems(type: string, body: unknown): string[] {
  const pointer = childPointer(
    '/webhooks',
    type,
    'post',
    'requestBody',
    'content',
    'application/json',
    'schema',
  );
  const result = validatorAt(pointer).validate(body, { locale: 'en' });
  return result.ok ? [] : result.issues.map((i) => `${type} ${i.pointer || '(root)'}: ${i.message}`);
}
