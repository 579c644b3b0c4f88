/**
 * The generated dossier types in normal use: arrays bounded by minItems/maxItems are plain arrays
 * (a `T[]` built with `.map()` is assignable), and the interfaces are what the sdk takes as `data`
 * (`dossiers.create<T>()` types `data`; no index signature is needed). The repository's typecheck
 * compiles this file; the runtime part files the typed data with the sdk against a sandbox.
 */
import { procedureSamples } from '@dvc-kit/procedures';
import { createSandbox } from '@dvc-kit/sandbox';
import { createClient, type PortalClient } from '@dvc-kit/sdk';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  BirthRegistrationDossier,
  HouseholdBusinessRegistrationDossier,
  PermanentResidenceRegistrationDossier,
} from './generated/index.js';

type BusinessLine = HouseholdBusinessRegistrationDossier['businessLines'][number];
type Member = NonNullable<PermanentResidenceRegistrationDossier['householdMembers']>[number];

describe('generated array types', () => {
  it('are plain arrays, so a T[] and .map() results fit', () => {
    expectTypeOf<HouseholdBusinessRegistrationDossier['businessLines']>().toEqualTypeOf<BusinessLine[]>();
    expectTypeOf<PermanentResidenceRegistrationDossier['householdMembers']>().toEqualTypeOf<
      Member[] | undefined
    >();
    const codes = ['4711', '5610'];
    const lines: BusinessLine[] = codes.map((code, i) => ({ code, name: `Ngành ${code}`, main: i === 0 }));
    const patch: Pick<HouseholdBusinessRegistrationDossier, 'businessLines'> = { businessLines: lines };
    const names: string[] = patch.businessLines.map((line) => line.name);
    expect(names).toEqual(['Ngành 4711', 'Ngành 5610']);
  });
});

describe('generated interfaces as the sdk data type', () => {
  it('type data through dossiers.create<T>() and retrieve<T>()', () => {
    const _calls = (client: PortalClient, data: BirthRegistrationDossier) => ({
      created: client.dossiers.create<BirthRegistrationDossier>({
        procedureCode: '1.001193',
        agencyId: 'SBX.UB.00070.T01',
        data,
      }),
      read: client.dossiers.retrieve<HouseholdBusinessRegistrationDossier>('dos_1'),
      wrong: client.dossiers.create<BirthRegistrationDossier>({
        procedureCode: '1.001193',
        agencyId: 'SBX.UB.00070.T01',
        // @ts-expect-error -- `data` must be a BirthRegistrationDossier.
        data: { child: { fullName: 1 } },
      }),
    });
    type Calls = ReturnType<typeof _calls>;
    expectTypeOf<Awaited<Calls['created']>['data']>().toEqualTypeOf<BirthRegistrationDossier>();
    expectTypeOf<Awaited<Calls['read']>['data']['businessLines']>().toEqualTypeOf<BusinessLine[]>();
  });

  it('file a typed draft with the sdk and read the same data back', async () => {
    const sandbox = await createSandbox({ port: 0, inMemory: true, lifecycle: { auto: false } });
    try {
      const client = createClient({ baseUrl: `${sandbox.url}/v1`, auth: 'sandbox-citizen-an' });
      const data = procedureSamples('birth-registration').valid as BirthRegistrationDossier;
      const draft = await client.dossiers.create<BirthRegistrationDossier>({
        procedureCode: '1.001193',
        agencyId: 'SBX.UB.00070.T01',
        data,
      });
      const again = await client.dossiers.retrieve<BirthRegistrationDossier>(draft.id);
      expect(again.data.child.fullName).toBe(data.child.fullName);
      expect(again.data).toEqual(data);
    } finally {
      await sandbox.close();
    }
  }, 60_000);
});
