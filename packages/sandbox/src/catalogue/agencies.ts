/**
 * The sandbox's agencies, derived from the 2025 units: one Department of Justice (Sở Tư pháp) per
 * province and one People's Committee (Ủy ban nhân dân) per commune. Ids follow the shape of the
 * national agency codes, `000.00.01.H<province>` for the department and
 * `000.<commune>.00.H<province>` for a commune; the real coding scheme is still to be checked.
 */
import { communesOf, foldDiacritics, provinces } from '@dvc-kit/admin-units';

/** An agency that receives and settles dossiers. */
export interface Agency {
  id: string;
  name: { vi: string; en: string };
  level: 'province' | 'commune';
  provinceCode: string;
  communeCode: string | null;
}

let catalogue: { list: Agency[]; byId: Map<string, Agency>; folded: Map<string, string> } | undefined;

function build(): NonNullable<typeof catalogue> {
  const list: Agency[] = [];
  for (const province of provinces) {
    list.push({
      id: `000.00.01.H${province.code}`,
      name: { vi: `Sở Tư pháp ${province.name}`, en: `Department of Justice of ${province.name}` },
      level: 'province',
      provinceCode: province.code,
      communeCode: null,
    });
    for (const commune of communesOf(province.code)) {
      list.push({
        id: `000.${commune.code}.00.H${province.code}`,
        name: { vi: `Ủy ban nhân dân ${commune.name}`, en: `People's Committee of ${commune.name}` },
        level: 'commune',
        provinceCode: province.code,
        communeCode: commune.code,
      });
    }
  }
  list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    list,
    byId: new Map(list.map((a) => [a.id, a])),
    folded: new Map(list.map((a) => [a.id, foldDiacritics(`${a.name.vi} ${a.name.en}`)])),
  };
}

/** Every agency, sorted by id (built on first use). */
export function allAgencies(): readonly Agency[] {
  catalogue ??= build();
  return catalogue.list;
}

/** The agency with `id`, or `undefined`. */
export function getAgency(id: string): Agency | undefined {
  catalogue ??= build();
  return catalogue.byId.get(id);
}

/** The agency's name, folded (lower case, no diacritics) for search. */
export function foldedAgencyName(id: string): string {
  catalogue ??= build();
  return catalogue.folded.get(id) ?? '';
}
