/** `client.statistics`: the service-quality indicators. */
import type { RequestOptions } from '../request-options.js';
import type { Statistics as StatisticsData, StatisticsParams } from '../types.js';
import { APIResource } from './resource.js';

/** Counts and shares over a period (Decision 766/QĐ-TTg). */
import type { APIPromise } from '../api-promise.js';
export class Statistics extends APIResource {
  /** The indicators from `from` to `to` (inclusive), for a province, an agency or everything. */
  retrieve(params: StatisticsParams, options?: RequestOptions): APIPromise<StatisticsData> {
    return this.call<StatisticsData>({ method: 'GET', path: '/statistics', query: params }, options);
  }
}
