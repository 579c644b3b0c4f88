/** Idempotency keys: random, made once per call and reused by each of its retries. */

/** A new random key (128 bits, hex), from `crypto.getRandomValues` (works outside secure contexts too). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The caller's key, or a new one. */
export function keyFor<T extends { idempotencyKey?: string | undefined }>(
  options: T | undefined,
): T & { idempotencyKey: string } {
  return { ...(options ?? ({} as T)), idempotencyKey: options?.idempotencyKey ?? newIdempotencyKey() };
}
