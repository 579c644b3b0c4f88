/** `client.agencies`: the agencies that receive dossiers. */
import { path } from '../internal/path.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';
import type { Agency, AgencyListParams } from '../types.js';
import { APIResource } from './resource.js';

/** Departments of Justice and People's Committees. */
import type { APIPromise } from '../api-promise.js';
export class Agencies extends APIResource {
  /** Lists agencies by province, level or name. */
  list(params: AgencyListParams = {}, options?: RequestOptions): PagePromise<Agency> {
    return this.paginate('/agencies', params, options);
  }

  /** One agency by id (`SBX.CA.00.T01`). */
  retrieve(agencyId: string, options?: RequestOptions): APIPromise<Agency> {
    return this.call({ method: 'GET', path: path`/agencies/${agencyId}` }, options);
  }
}
