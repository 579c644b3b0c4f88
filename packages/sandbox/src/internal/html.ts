/** Escaping text for the sandbox's few server-rendered pages. */

/** `value` safe inside HTML text and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
