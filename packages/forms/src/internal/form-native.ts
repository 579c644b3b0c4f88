/**
 * What `<dvc-form>` tells the page around it: its value and validity for a native `<form>`
 * (through ElementInternals), and where a definition given by URL comes from.
 */
import type { ValidationResult } from '@dvc-kit/validation';

/**
 * Sets the form's submitted value (JSON under its `name`, nothing without one) and its validity:
 * valid, or the first issue's message anchored on `anchor` (the error summary).
 */
export function reportToNativeForm(
  internals: ElementInternals,
  name: string,
  submission: Record<string, unknown>,
  result: ValidationResult,
  anchor: HTMLElement | undefined,
): void {
  internals.setFormValue(name === '' ? null : JSON.stringify(submission));
  if (result.ok) internals.setValidity({});
  else internals.setValidity({ customError: true }, result.issues[0]?.message ?? '', anchor);
}

/** Fetches the definition at `src` as JSON. @throws Error on an HTTP error or a body that is not JSON. */
export async function fetchDefinition(src: string): Promise<unknown> {
  const response = await fetch(src, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as unknown;
}
