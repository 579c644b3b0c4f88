/** Masking for logs: secrets in headers, personal data in bodies and query strings. */

const MASK = '***';
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

/** Keys whose values are personal data or secrets, wherever they appear in a body. */
const PERSONAL_KEY =
  /id(entification)?number|personalid|cccd|cmnd|passport|taxcode|socialinsurance|phone|mobile|email|fullname|name|birth|address|residence|detail|street|token|secret|password|verifier|code_challenge/i;

/** Values that look like identifiers, phones, e-mail addresses or bearer tokens, wherever they are. */
const PERSONAL_VALUE = /\b\d{9,13}\b|\+84\d{9}|[^\s@]+@[^\s@]+\.[^\s@]+|^Bearer\s|^(ey|sandbox-)[\w-]{8,}/i;

/** The headers with secrets replaced. */
export function maskHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = SECRET_HEADERS.has(key) || key === 'idempotency-key' ? MASK : value;
  });
  return out;
}

/** A copy of a JSON value with personal data replaced, however deep. */
export function maskBody(value: unknown, key = ''): unknown {
  if (key !== '' && PERSONAL_KEY.test(key) && value !== null && typeof value !== 'object') return MASK;
  if (typeof value === 'string') return PERSONAL_VALUE.test(value) ? MASK : value;
  if (Array.isArray(value)) return value.map((item) => maskBody(item));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskBody(v, k);
    return out;
  }
  return value;
}

/** The path of a URL, its query values masked: `/v1/procedures?q=***`. */
export function maskUrl(url: URL): string {
  const keys = [...new Set(url.searchParams.keys())];
  return url.pathname + (keys.length === 0 ? '' : `?${keys.map((k) => `${k}=${MASK}`).join('&')}`);
}
