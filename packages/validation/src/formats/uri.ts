/**
 * RFC 3986 URI and URI-reference checks, written as a small scanner (no backtracking regexes).
 */

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/;
/** unreserved / sub-delims / ":" / "@" / "/" / "?" / "%" (checked separately). */
const PCHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/;
const REG_NAME = /^[A-Za-z0-9\-._~!$&'()*+,;=%]*$/;
const USERINFO = /^[A-Za-z0-9\-._~!$&'()*+,;=:%]*$/;
const PORT = /^[0-9]*$/;
const IP_LITERAL = /^[0-9A-Fa-f:.]+$/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function validAuthority(authority: string): boolean {
  const at = authority.indexOf('@');
  if (at !== authority.lastIndexOf('@')) return false;
  if (at !== -1 && !USERINFO.test(authority.slice(0, at))) return false;
  const hostPort = authority.slice(at + 1);
  let port = '';
  let host = hostPort;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close === -1) return false;
    const literal = hostPort.slice(1, close);
    const rest = hostPort.slice(close + 1);
    if (rest !== '' && !rest.startsWith(':')) return false;
    port = rest.slice(1);
    if (!literal.startsWith('v') && !literal.startsWith('V')) {
      if (!IP_LITERAL.test(literal) || !literal.includes(':')) return false;
      const lastColon = literal.lastIndexOf(':');
      const tail = literal.slice(lastColon + 1);
      if (tail.includes('.') && !IPV4.test(tail)) return false;
    }
    host = '';
  } else {
    const colon = hostPort.lastIndexOf(':');
    if (colon !== -1) {
      port = hostPort.slice(colon + 1);
      host = hostPort.slice(0, colon);
    }
  }
  return PORT.test(port) && REG_NAME.test(host);
}

/** Checks a URI (`requireScheme`) or a URI reference. */
export function isUri(s: string, requireScheme: boolean): boolean {
  if (BAD_PERCENT.test(s)) return false;
  let rest = s;
  const colon = s.indexOf(':');
  const firstDelim = s.search(/[/?#]/);
  const hasScheme = colon > 0 && (firstDelim === -1 || colon < firstDelim) && SCHEME.test(s.slice(0, colon));
  if (hasScheme) rest = s.slice(colon + 1);
  else if (requireScheme) return false;
  const hash = rest.indexOf('#');
  const fragment = hash === -1 ? '' : rest.slice(hash + 1);
  if (hash !== -1) rest = rest.slice(0, hash);
  if (!PCHARS.test(fragment) || fragment.includes('#')) return false;
  const q = rest.indexOf('?');
  const query = q === -1 ? '' : rest.slice(q + 1);
  if (q !== -1) rest = rest.slice(0, q);
  if (!PCHARS.test(query)) return false;
  let path = rest;
  if (rest.startsWith('//')) {
    const end = rest.indexOf('/', 2);
    const authority = end === -1 ? rest.slice(2) : rest.slice(2, end);
    if (!validAuthority(authority)) return false;
    path = end === -1 ? '' : rest.slice(end);
  } else if (!hasScheme) {
    // A relative-path reference cannot have a colon in its first segment.
    const firstSegment = path.split('/', 1)[0] ?? '';
    if (firstSegment.includes(':')) return false;
  }
  return PCHARS.test(path) && !path.includes('?');
}
