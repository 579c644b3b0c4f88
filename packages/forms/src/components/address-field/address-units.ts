/**
 * Where an address field gets its provinces and communes: the form's `AdminUnitsProvider` (the sdk's
 * client, i.e. the portal's units endpoint) when there is one, else `@dvc-kit/admin-units`, imported
 * when the first address field needs it, so pages without an address never load the unit data.
 */
import type * as AdminUnits from '@dvc-kit/admin-units';
import type { AdminUnitOption, AdminUnitsProvider } from '../form/admin-units.js';
import { readAdminUnits } from '../../internal/form-admin-units.js';

/** The units an address field offers. */
export interface UnitSource {
  provinces(): Promise<readonly AdminUnitOption[]>;
  communes(provinceCode: string): Promise<readonly AdminUnitOption[]>;
}

let bundled: Promise<typeof AdminUnits> | undefined;

/** `@dvc-kit/admin-units`, imported once, on first use. */
export function bundledUnits(): Promise<typeof AdminUnits> {
  bundled ??= import('@dvc-kit/admin-units');
  return bundled;
}

const option = ({ code, name }: AdminUnitOption): AdminUnitOption => ({ code, name });

const BUNDLED: UnitSource = {
  provinces: async () => (await bundledUnits()).provinces.map(option),
  communes: async (code) => (await bundledUnits()).communesOf(code).map(option),
};

const SOURCES = new WeakMap<AdminUnitsProvider, UnitSource>();

/** A source whose lists are read once each (several address fields share them). */
function remembered(source: UnitSource): UnitSource {
  let provinces: Promise<readonly AdminUnitOption[]> | undefined;
  const communes = new Map<string, Promise<readonly AdminUnitOption[]>>();
  return {
    provinces: () => (provinces ??= source.provinces()),
    communes: (code) => {
      let list = communes.get(code);
      if (list === undefined) communes.set(code, (list = source.communes(code)));
      return list;
    },
  };
}

/** The units of `provider`, or of `@dvc-kit/admin-units` without one. */
export function unitSource(provider: AdminUnitsProvider | undefined): UnitSource {
  if (provider === undefined) return BUNDLED;
  let source = SOURCES.get(provider);
  if (source === undefined) {
    source = remembered({
      provinces: () => readAdminUnits(provider.provinces()),
      communes: (code) => readAdminUnits(provider.communes(code)),
    });
    SOURCES.set(provider, source);
  }
  return source;
}
