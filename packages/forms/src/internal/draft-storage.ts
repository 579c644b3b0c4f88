/**
 * Where `<dvc-form>` keeps drafts: IndexedDB through `idb-keyval` (survives a reload, a crash or
 * closing the browser), or `sessionStorage` (gone when the browser session ends: shared computers,
 * one-stop counters). Both behind one small async interface.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';

/** Where drafts are kept: `off` (none), `device` (IndexedDB) or `session` (sessionStorage). */
export type DraftMode = 'off' | 'device' | 'session';

/** A key-value store of drafts. Values are JSON data. */
export interface DraftStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** The IndexedDB database and object store the drafts live in. */
export const DRAFT_DATABASE = 'dvc-forms';
export const DRAFT_OBJECT_STORE = 'drafts';
/** The prefix of the drafts' keys in `sessionStorage`. */
export const SESSION_PREFIX = 'dvc-forms-draft:';

let idbStore: UseStore | undefined;

function indexedDbStorage(): DraftStorage {
  idbStore ??= createStore(DRAFT_DATABASE, DRAFT_OBJECT_STORE);
  const store = idbStore;
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    delete: (key) => del(key, store),
    keys: async () => (await keys(store)).filter((k): k is string => typeof k === 'string'),
  };
}

function sessionStorageOf(): DraftStorage {
  const s = sessionStorage;
  // Promise.resolve().then: a full or blocked storage rejects, as IndexedDB does, rather than throwing.
  const later = <T>(work: () => T): Promise<T> => Promise.resolve().then(work);
  return {
    get: (key) =>
      later(() => {
        const raw = s.getItem(SESSION_PREFIX + key);
        return raw === null ? undefined : (JSON.parse(raw) as unknown);
      }),
    set: (key, value) =>
      later(() => {
        s.setItem(SESSION_PREFIX + key, JSON.stringify(value));
      }),
    delete: (key) =>
      later(() => {
        s.removeItem(SESSION_PREFIX + key);
      }),
    keys: () =>
      later(() => {
        const out: string[] = [];
        for (let i = 0; i < s.length; i++) {
          const k = s.key(i);
          if (k?.startsWith(SESSION_PREFIX)) out.push(k.slice(SESSION_PREFIX.length));
        }
        return out;
      }),
  };
}

/** The storage of `mode` (`undefined` for `off`). */
export function draftStorage(mode: DraftMode): DraftStorage | undefined {
  if (mode === 'device') return indexedDbStorage();
  if (mode === 'session') return sessionStorageOf();
  return undefined;
}
