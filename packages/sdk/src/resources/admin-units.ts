/** `client.adminUnits`: the 2025 provinces and communes. */
import { path } from '../internal/path.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';
import type { Commune, CommuneListParams, OldAddressMatch, OldAddressQuery, Province } from '../types.js';
import { APIResource } from './resource.js';

/** The 34 provinces and 3,321 communes since 1 July 2025; single units are cached. */
import type { APIPromise } from '../api-promise.js';
export class AdminUnits extends APIResource {
  /** The provinces. */
  provinces(
    params: { limit?: number; cursor?: string } = {},
    options?: RequestOptions,
  ): PagePromise<Province> {
    return this.paginate('/admin-units/provinces', params, options);
  }

  /** One province by its 2-digit code. */
  province(code: string, options?: RequestOptions): Promise<Province> {
    return this.#cached(`province:${code}`, path`/admin-units/provinces/${code}`, options);
  }

  /** The communes of a province, optionally matching `q` (without diacritics). */
  communes(
    provinceCode: string,
    params: CommuneListParams = {},
    options?: RequestOptions,
  ): PagePromise<Commune> {
    return this.paginate(path`/admin-units/provinces/${provinceCode}/communes`, params, options);
  }

  /** One commune by its 5-digit code. */
  commune(code: string, options?: RequestOptions): Promise<Commune> {
    return this.#cached(`commune:${code}`, path`/admin-units/communes/${code}`, options);
  }

  /** Maps a pre-2025 address (province, district, ward) to the 2025 units. */
  lookupOldAddress(query: OldAddressQuery, options?: RequestOptions): APIPromise<OldAddressMatch> {
    return this.call({ method: 'GET', path: '/admin-units/old-addresses/lookup', query }, options);
  }

  #cached<T>(key: string, url: string, options: RequestOptions | undefined): Promise<T> {
    const load = (): Promise<T> => this.call({ method: 'GET', path: url }, options);
    return options?.signal ? load() : this.context.cache.get(key, load);
  }
}
