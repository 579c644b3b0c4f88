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

/** An interface as `dvc codegen` writes one: no index signature. */
interface BirthRegistration {
  child: { fullName: string; dateOfBirth: string };
  resultCopies?: number;
}

describe('typed dossier data', () => {
  it('takes a generated interface as data and types data back (create, retrieve, update, submit)', () => {
    const _calls = (client: PortalClient, data: BirthRegistration) => ({
      created: client.dossiers.create<BirthRegistration>({ procedureCode: '1.001193', agencyId: 'a', data }),
      inferred: client.dossiers.create({ procedureCode: '1.001193', agencyId: 'a', data }),
      read: client.dossiers.retrieve<BirthRegistration>('dos_1'),
      updated: client.dossiers.update('dos_1', { data }),
      filed: client.dossiers.submit('dos_1', { data }),
      plain: client.dossiers.retrieve('dos_1'),
      wrong: client.dossiers.create<BirthRegistration>({
        procedureCode: '1.001193',
        agencyId: 'a',
        // @ts-expect-error -- `data` must be a BirthRegistration.
        data: { child: { fullName: 1 } },
      }),
    });
    type Calls = ReturnType<typeof _calls>;
    expectTypeOf<Awaited<Calls['created']>['data']>().toEqualTypeOf<BirthRegistration>();
    expectTypeOf<Awaited<Calls['inferred']>['data']>().toEqualTypeOf<BirthRegistration>();
    expectTypeOf<Awaited<Calls['read']>['data']['child']['fullName']>().toBeString();
    expectTypeOf<Awaited<Calls['updated']>['data']>().toEqualTypeOf<BirthRegistration>();
    expectTypeOf<Awaited<Calls['filed']>['data']>().toEqualTypeOf<BirthRegistration>();
    expectTypeOf<Awaited<Calls['plain']>['data']>().toEqualTypeOf<Record<string, unknown>>();
  });
});

describe('public types', () => {
  it('derive from the contract', () => {
    const submit = (client: PortalClient) => client.dossiers.submit('dos_1');
    expectTypeOf(submit).returns.toEqualTypeOf<APIPromise<Dossier>>();
    expectTypeOf(submit).returns.toExtend<Promise<Dossier>>();
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
