/** `client.procedures`: the procedure catalogue. */
import { path } from '../internal/path.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';
import type { Procedure, ProcedureListParams, ProcedureSummary } from '../types.js';
import { APIResource } from './resource.js';

/** Procedures (thủ tục hành chính) and their form definitions. */
export class Procedures extends APIResource {
  /** Searches procedures (`q` without diacritics); iterate it with `for await`. */
  list(params: ProcedureListParams = {}, options?: RequestOptions): PagePromise<ProcedureSummary> {
    return this.paginate('/procedures', params, options);
  }

  /** One procedure by national code (`1.001193`) or slug, cached for the client's `cache.ttl`. */
  retrieve(codeOrSlug: string, options?: RequestOptions): Promise<Procedure> {
    const load = (): Promise<Procedure> =>
      this.call({ method: 'GET', path: path`/procedures/${codeOrSlug}` }, options);
    return options?.signal ? load() : this.context.cache.get(`procedure:${codeOrSlug}`, load);
  }
}
