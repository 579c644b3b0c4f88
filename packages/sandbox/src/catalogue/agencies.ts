/**
 * The sandbox's agencies, derived from the 2025 units: per province the provincial police (Công an
 * tỉnh, whose Phòng Hồ sơ nghiệp vụ issues judicial record certificates), and per commune its
 * People's Committee (Ủy ban nhân dân xã: civil status, and household business registration through
 * its business registration office) and its commune police (Công an xã: residence).
 *
 * The ids are SYNTHETIC and say so: `SBX.<kind>.<commune code or 00>.T<province code>`, with kind
 * `UB` (People's Committee) or `CA` (police), e.g. `SBX.UB.00070.T01`, `SBX.CA.00.T01`. The real
 * national agency codes come from the QĐ 20/2020/QĐ-TTg table (`000.00.00.H30` style, not GSO
 * province codes) and were not reassigned publicly after the 2025 mergers: a portal maps its own.
 */
import { communesOf, foldDiacritics, provinces } from '@dvc-kit/admin-units';
import type { AgencyKind, ProcedureDefinition } from '@dvc-kit/procedures';

/** The kinds of agency the sandbox has. */
export type SandboxAgencyKind = 'people-committee' | 'police';

/** An agency that receives and settles dossiers. */
export interface Agency {
  id: string;
  name: { vi: string; en: string };
  level: 'province' | 'commune';
  kind: SandboxAgencyKind;
  provinceCode: string;
  communeCode: string | null;
}

let catalogue: { list: Agency[]; byId: Map<string, Agency>; folded: Map<string, string> } | undefined;

function build(): NonNullable<typeof catalogue> {
  const list: Agency[] = [];
  for (const province of provinces) {
    list.push({
      id: `SBX.CA.00.T${province.code}`,
      name: { vi: `Công an ${province.name}`, en: `Police of ${province.name}` },
      level: 'province',
      kind: 'police',
      provinceCode: province.code,
      communeCode: null,
    });
    for (const commune of communesOf(province.code)) {
      const place = { provinceCode: province.code, communeCode: commune.code, level: 'commune' as const };
      list.push({
        id: `SBX.UB.${commune.code}.T${province.code}`,
        name: { vi: `Ủy ban nhân dân ${commune.name}`, en: `People's Committee of ${commune.name}` },
        kind: 'people-committee',
        ...place,
      });
      list.push({
        id: `SBX.CA.${commune.code}.T${province.code}`,
        name: { vi: `Công an ${commune.name}`, en: `Police of ${commune.name}` },
        kind: 'police',
        ...place,
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

/**
 * The kind of sandbox agency that settles a procedure: police for `police`, the People's
 * Committee for `people-committee` and `business-registration` (the commune's business
 * registration office is part of it); `undefined` for a kind the sandbox has no agency of.
 * A definition without `kind` is settled by People's Committees (communes) or police (provinces).
 */
export function agencyKindOf(definition: ProcedureDefinition): SandboxAgencyKind | undefined {
  const kind: AgencyKind | undefined = definition.procedure.agency.kind;
  if (kind === undefined)
    return definition.procedure.agency.level === 'commune' ? 'people-committee' : 'police';
  if (kind === 'police') return 'police';
  if (kind === 'people-committee' || kind === 'business-registration') return 'people-committee';
  return undefined;
}

/** Whether `agency` settles the procedure: the same level and kind. */
export function settles(agency: Agency, definition: ProcedureDefinition): boolean {
  return agency.level === definition.procedure.agency.level && agency.kind === agencyKindOf(definition);
}
