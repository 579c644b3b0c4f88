import {
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
    expectTypeOf<ReturnType<PortalClient['dossiers']['submit']>>().toEqualTypeOf<Promise<Dossier>>();
    expectTypeOf<ReturnType<PortalClient['dossiers']['list']>>().toEqualTypeOf<PagePromise<Dossier>>();
    expectTypeOf<ReturnType<PortalClient['procedures']['list']>>().toEqualTypeOf<
      PagePromise<ProcedureSummary>
    >();
    expectTypeOf<Awaited<PagePromise<Dossier>>>().toEqualTypeOf<Page<Dossier>>();
    expectTypeOf<Dossier['status']>().toEqualTypeOf<DossierStatus | null>();
    expectTypeOf<DossierStatus>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10>();
    expectTypeOf<Parameters<PortalClient['dossiers']['list']>[0]>().toEqualTypeOf<
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
