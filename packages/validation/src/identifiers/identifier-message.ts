/**
 * Words an identifier failure in Vietnamese or English from `identifierMessages`.
 */
import { identifierMessages } from './messages.js';

/**
 * The message for a failed `vn-*` check, from the params of its issue (`{ format, reason, ... }`):
 * the `<format>.<reason>` message, else the `<format>` one, with `{param}` placeholders filled.
 * Usable as a zod error map: `z.config({ customError: (issue) => identifierMessage(issue.params) })`.
 * @returns the message, or `undefined` when `params` names no known format.
 */
export function identifierMessage(
  params: Record<string, unknown> | undefined,
  locale: 'vi' | 'en' = 'vi',
): string | undefined {
  const format = params?.['format'];
  if (params === undefined || typeof format !== 'string') return undefined;
  const messages = identifierMessages[locale];
  const lookup = (key: string): string | undefined =>
    Object.hasOwn(messages, key) ? messages[key] : undefined;
  const template = lookup(`${format}.${String(params['reason'])}`) ?? lookup(format);
  return template?.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
