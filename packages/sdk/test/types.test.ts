import {
  type APIPromise,
  type WithResponse,
  type PortalClient,
  type Dossier,
  type DossierStatus,
  type Page,
  type PagePromise,
  type PortalError,
  type ProcedureSummary,
  type ValidationIssue,
} from '@dvc-kit/sdk';
import { describe, expectTypeOf, it } from 'vitest';

describe('public types', () => {
  it('derive from the contract', () => {
    expectTypeOf<ReturnType<PortalClient['dossiers']['submit']>>().toEqualTypeOf<APIPromise<Dossier>>();
    expectTypeOf<ReturnType<PortalClient['dossiers']['submit']>>().toExtend<Promise<Dossier>>();
    expectTypeOf<Awaited<ReturnType<APIPromise<Dossier>['withResponse']>>>().toEqualTypeOf<
      WithResponse<Dossier>
    >();
    expectTypeOf<WithResponse<Dossier>['response']>().toEqualTypeOf<Response>();
    expectTypeOf<PortalError['headers']>().toEqualTypeOf<Headers | undefined>();
    expectTypeOf<ReturnType<PortalClient['dossiers']['list']>>().toEqualTypeOf<PagePromise<Dossier>>();
    expectTypeOf<ReturnType<PortalClient['procedures']['list']>>().toEqualTypeOf<
      PagePromise<ProcedureSummary>
    >();
    expectTypeOf<Awaited<PagePromise<Dossier>>>().toEqualTypeOf<Page<Dossier>>();
    expectTypeOf<Dossier['status']>().toEqualTypeOf<DossierStatus | null>();
    expectTypeOf<DossierStatus>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10>();
    // The status filter is the numeric status of `Dossier.status` (or `'draft'`), one or several;
    // `cursor` resumes a list from a kept `nextCursor`.
    type ListParams = NonNullable<Parameters<PortalClient['dossiers']['list']>[0]>;
    expectTypeOf<ListParams['status']>().toEqualTypeOf<
      DossierStatus | 'draft' | readonly (DossierStatus | 'draft')[] | undefined
    >();
    expectTypeOf<ListParams['cursor']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ListParams['procedureCode']>().toEqualTypeOf<string | undefined>();
    const byStatus = (client: PortalClient): unknown => [
      client.dossiers.list({ status: [1, 2, 'draft'] }),
      client.dossiers.list({ status: 9, cursor: 'kept' }),
      // @ts-expect-error -- the wire's string codes are not the type: the status is a number.
      client.dossiers.list({ status: ['1'] }),
    ];
    expectTypeOf(byStatus).toBeFunction();
    expectTypeOf<Page<Dossier>['getNextPage']>().returns.toEqualTypeOf<Promise<Page<Dossier>>>();
    expectTypeOf<Page<Dossier>['hasNextPage']>().returns.toEqualTypeOf<boolean>();
    expectTypeOf<PortalError['status']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ValidationIssue['pointer']>().toBeString();
  });
});
