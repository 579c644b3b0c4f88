/** Where OAuth tokens and the pending sign-in are kept: memory by default, or Web Storage. */

/** A small async key-value store. Tokens are secrets: keep them where scripts of other origins cannot read. */
export interface TokenStore {
  /** The value under `key`, or `null`. */
  get(key: string): Promise<string | null> | string | null;
  /** Keeps `value` under `key`. */
  set(key: string, value: string): Promise<void> | void;
  /** Forgets `key`. */
  delete(key: string): Promise<void> | void;
}

/** Keeps values in memory (the default): a page reload signs the user out. */
export function memoryStore(): TokenStore {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
    },
    delete: (key) => {
      values.delete(key);
    },
  };
}

/** Keeps values in `sessionStorage` or `localStorage`, under `prefix`. */
export function webStorageStore(storage: Storage, prefix = 'dvc-sdk:'): TokenStore {
  return {
    get: (key) => storage.getItem(prefix + key),
    set: (key, value) => {
      storage.setItem(prefix + key, value);
    },
    delete: (key) => {
      storage.removeItem(prefix + key);
    },
  };
}
