/** How well a search key matches a query key; lower is better. */
export const Rank = {
  exact: 0,
  prefix: 1,
  wordPrefix: 2,
  substring: 3,
} as const;

export type Rank = (typeof Rank)[keyof typeof Rank];

/** The rank of `query` in `key`, or `undefined` when `key` does not contain it. */
export function matchRank(key: string, query: string): Rank | undefined {
  if (key === query) return Rank.exact;
  if (key.startsWith(query)) return Rank.prefix;
  const at = key.indexOf(query);
  if (at < 0) return undefined;
  if (key.includes(` ${query}`)) return Rank.wordPrefix;
  return Rank.substring;
}

/** The best rank of `query` over several keys. */
export function bestRank(keys: readonly string[], query: string): Rank | undefined {
  let best: Rank | undefined;
  for (const key of keys) {
    const rank = matchRank(key, query);
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
    if (best === Rank.exact) break;
  }
  return best;
}
