import {
  createClient,
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
    const client = createClient({ baseUrl: 'http://127.0.0.1:4010/v1' });
    expectTypeOf(client.dossiers.submit).returns.toEqualTypeOf<Promise<Dossier>>();
    expectTypeOf(client.dossiers.list).returns.toEqualTypeOf<PagePromise<Dossier>>();
    expectTypeOf(client.procedures.list).returns.toEqualTypeOf<PagePromise<ProcedureSummary>>();
    expectTypeOf<Awaited<PagePromise<Dossier>>>().toEqualTypeOf<Page<Dossier>>();
    expectTypeOf<Dossier['status']>().toEqualTypeOf<DossierStatus | null>();
    expectTypeOf<DossierStatus>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10>();
    expectTypeOf<Parameters<typeof client.dossiers.list>[0]>().toEqualTypeOf<
      | {
          status?: ('draft' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '10')[];
          procedureCode?: string;
          limit?: number;
        }
      | undefined
    >();
    expectTypeOf<PortalError['status']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ValidationIssue['pointer']>().toBeString();
  });
});
