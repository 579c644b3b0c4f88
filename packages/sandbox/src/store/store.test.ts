import { describe, expect, it } from 'vitest';
import { Store } from './store.js';

describe('Store.pruneIdempotency', () => {
  it('forgets expired idempotency records kept in memory', () => {
    const store = Store.open({ dataDir: undefined, isExpired: (r) => r.createdAt < '2026-11-23' });
    const record = (key: string, createdAt: string) => ({
      op: 'idempotency.put' as const,
      value: { key, fingerprint: 'f', status: 200, resourceId: 'dos_1', createdAt },
    });
    store.commit([record('old', '2026-11-21T00:00:00.000Z'), record('new', '2026-11-23T01:00:00.000Z')]);
    store.pruneIdempotency();
    expect([...store.idempotency.keys()]).toEqual(['new']);
  });
});
