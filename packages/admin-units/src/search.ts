import type { Commune, Province } from './types.js';
import { bestRank, Rank } from './internal/match-rank.js';
import { communeIndex, provinceIndex, type IndexEntry } from './internal/search-index.js';
import { expandAbbreviation, searchKey } from './internal/search-key.js';

/** Options of {@link searchUnits}. */
export interface SearchOptions {
  /** At most this many results (default 10). */
  limit?: number | undefined;
  /** Only this province and its communes. */
  provinceCode?: string | undefined;
  /** Only provinces or only communes (default both). */
  level?: 'province' | 'commune' | undefined;
}

/** One search hit: a province or a commune, told apart by `level`. */
export type SearchResult =
  | { readonly level: 'province'; readonly unit: Province }
  | { readonly level: 'commune'; readonly unit: Commune };

const DEFAULT_LIMIT = 10;

function wanted(entry: IndexEntry, options: SearchOptions): boolean {
  if (options.level !== undefined && entry.level !== options.level) return false;
  if (options.provinceCode === undefined) return true;
  return (entry.level === 'province' ? entry.unit.code : entry.unit.provinceCode) === options.provinceCode;
}

function candidates(options: SearchOptions): readonly IndexEntry[] {
  const provinces = options.level === 'commune' ? [] : provinceIndex();
  const communes = options.level === 'province' ? [] : communeIndex();
  return [...provinces, ...communes];
}

/**
 * Finds provinces and communes by name, ignoring case and diacritics ("dak lak" finds Đắk Lắk),
 * punctuation and the type word ("hoan kiem" finds Phường Hoàn Kiếm; "xa hoan kiem" does not, as
 * it asks for a xã). A 2- or 5-digit query also matches codes. Results are ranked: exact name, then
 * name prefix, then a word of the name starting with the query, then any substring; provinces before
 * communes, shorter names first. The index is built on the first call; later calls take well under a
 * millisecond, so it can run on every keystroke.
 * @example searchUnits('hoan kiem')[0]?.unit.name // "Phường Hoàn Kiếm"
 */
export function searchUnits(query: string, options: SearchOptions = {}): SearchResult[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (typeof query !== 'string' || !(limit > 0)) return [];
  const raw = query.trim();
  const key = expandAbbreviation(searchKey(raw));
  if (key === '') return [];
  const byCode = /^\d{2}$|^\d{5}$/.test(raw);

  const hits: { entry: IndexEntry; rank: number }[] = [];
  for (const entry of candidates(options)) {
    if (!wanted(entry, options)) continue;
    const rank = byCode && entry.unit.code === raw ? Rank.exact : bestRank(entry.keys, key);
    if (rank !== undefined) hits.push({ entry, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.entry.level === b.entry.level ? 0 : a.entry.level === 'province' ? -1 : 1) ||
      a.entry.unit.shortName.length - b.entry.unit.shortName.length ||
      a.entry.unit.code.localeCompare(b.entry.unit.code),
  );
  return hits.slice(0, Math.floor(limit)).map(({ entry }) => toResult(entry));
}

function toResult(entry: IndexEntry): SearchResult {
  return entry.level === 'province'
    ? { level: 'province', unit: entry.unit }
    : { level: 'commune', unit: entry.unit };
}
