/** Notices of `Deprecation` and `Sunset` response headers (RFC 9745, RFC 8594), once per path. */
import type { DeprecationNotice, Logger } from '../logging.js';

/** A reporter that calls `onNotice` (or warns through `logger`) the first time a path is deprecated. */
export function deprecationReporter(
  logger: Logger | undefined,
  onNotice: ((notice: DeprecationNotice) => void) | undefined,
): (method: string, path: string, headers: Headers) => void {
  const seen = new Set<string>();
  return (method, path, headers) => {
    const deprecation = headers.get('deprecation');
    const sunset = headers.get('sunset');
    if (deprecation === null && sunset === null) return;
    const id = `${method} ${path}`;
    if (seen.has(id)) return;
    seen.add(id);
    const notice = { method, path, deprecation, sunset, link: headers.get('link') };
    if (onNotice) onNotice(notice);
    else logger?.warn(`${id} is deprecated${sunset === null ? '' : `; it ends ${sunset}`}`, { ...notice });
  };
}
