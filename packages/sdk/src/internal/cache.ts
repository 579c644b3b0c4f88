/** A small time-limited cache of promises (the procedure catalogue, administrative units). */

/** Settings of the catalogue cache. */
export interface CacheConfig {
  /** How long an entry lives, in milliseconds (0 disables the cache). */
  readonly ttl: number;
  /** The most entries kept; the oldest goes first. */
  readonly size: number;
}

/** Caches `load()` under `key`: concurrent lookups share one request; failures are not kept. */
export class PromiseCache {
  readonly #entries = new Map<string, { at: number; value: Promise<unknown> }>();
  readonly #config: CacheConfig;

  constructor(config: CacheConfig) {
    this.#config = config;
  }

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.#config.ttl <= 0) return load();
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && now - hit.at < this.#config.ttl) return hit.value as Promise<T>;
    const value = load();
    this.#entries.delete(key);
    this.#entries.set(key, { at: now, value });
    value.catch(() => {
      if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#config.size) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
