/**
 * Talking to a sandbox over real HTTP. Every response goes through the contract check, so a test
 * cannot receive a response that the OpenAPI document does not describe.
 */
import { createSandbox, personas, type ErrorBody, type Sandbox, type SandboxOptions } from '@dvc-kit/sandbox';
import { conformanceProblems } from './contract.js';

export interface CallOptions {
  /** A persona id (`citizen-an`) or a raw token. */
  as?: string;
  /** A JSON body (serialised) … */
  json?: unknown;
  /** … or a raw body … */
  body?: string | Uint8Array;
  /** … or a multipart form (its boundary is set by fetch) … */
  form?: FormData;
  /** … or a stream, sent chunked (no Content-Length). */
  stream?: ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
}

export interface ApiResponse<T = ErrorBody> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export function tokenOf(personaOrToken: string): string {
  return personas.find((p) => p.id === personaOrToken)?.token ?? personaOrToken;
}

/** Sends a request to `sandbox` and checks the answer against the contract. */
export async function call<T = ErrorBody>(
  sandbox: Pick<Sandbox, 'url'>,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.as !== undefined) headers['authorization'] = `Bearer ${tokenOf(options.as)}`;
  let body: string | Uint8Array | FormData | ReadableStream<Uint8Array> | undefined =
    options.stream ?? options.form ?? options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers,
    redirect: 'manual',
    ...(options.stream === undefined ? {} : { duplex: 'half' }),
    ...(body === undefined ? {} : { body: body as BodyInit }),
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type');
  let parsed: unknown = text;
  if (contentType?.includes('json') === true && text !== '') parsed = JSON.parse(text);
  const problems = conformanceProblems({
    method,
    pathname: new URL(path, sandbox.url).pathname,
    status: res.status,
    contentType,
    requestId: res.headers.get('x-request-id'),
    text,
    body: parsed,
  });
  if (problems.length > 0) throw new Error(`Contract violation:\n${problems.join('\n')}`);
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}

/** Starts an in-memory sandbox on a free port. */
export function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return createSandbox({ port: 0, inMemory: true, ...options });
}

/** A page of a list. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/**
 * A POST through `node:http`, which (unlike fetch) sends the `Host` header it is given: the
 * request a client makes when it reaches the sandbox under another name. Checked like {@link call}.
 */
export async function postWithHost<T = ErrorBody>(
  sandbox: Pick<Sandbox, 'url'>,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<ApiResponse<T>> {
  const { request } = await import('node:http');
  const url = new URL(path, sandbox.url);
  const res = await new Promise<{ status: number; headers: Headers; text: string }>((done, fail) => {
    const req = request(url, { method: 'POST', headers, setHost: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const out = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (typeof value === 'string') out.set(name, value);
        }
        done({
          status: incoming.statusCode ?? 0,
          headers: out,
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    req.on('error', fail);
    req.end(body);
  });
  const contentType = res.headers.get('content-type');
  const parsed: unknown =
    contentType?.includes('json') === true && res.text !== '' ? JSON.parse(res.text) : res.text;
  const problems = conformanceProblems({
    method: 'POST',
    pathname: url.pathname,
    status: res.status,
    contentType,
    requestId: res.headers.get('x-request-id'),
    text: res.text,
    body: parsed,
  });
  if (problems.length > 0) throw new Error(`Contract violation:\n${problems.join('\n')}`);
  return { status: res.status, headers: res.headers, body: parsed as T, text: res.text };
}
