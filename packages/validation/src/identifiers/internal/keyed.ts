/** Prefixes the reasons of one format's messages: `{ reason: text }` to `{ '<format>.<reason>': text }`. */
export function keyed(format: string, messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([reason, text]) => [`${format}.${reason}`, text]));
}
