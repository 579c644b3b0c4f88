/**
 * One procedure definition type: the definition the sdk reads is the `ProcedureDefinition` of
 * @dvc-kit/contract, the same type @dvc-kit/procedures compiles, so no cast sits between them.
 */
import { compileProcedure, procedureSamples, type ProcedureDefinition } from '@dvc-kit/procedures';
import {
  createClient,
  type Procedure,
  type PortalClient,
  type ProcedureDefinition as SdkProcedureDefinition,
} from '@dvc-kit/sdk';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { start } from './support/sandbox.js';

describe('a procedure definition read through the sdk', () => {
  it('is the type @dvc-kit/procedures takes', () => {
    expectTypeOf<Procedure['definition']>().toEqualTypeOf<ProcedureDefinition>();
    expectTypeOf<SdkProcedureDefinition>().toEqualTypeOf<ProcedureDefinition>();
    const compile = async (client: PortalClient): Promise<ReturnType<typeof compileProcedure>> =>
      compileProcedure((await client.procedures.retrieve('1.001193')).definition);
    expectTypeOf(compile).toBeFunction();
  });

  it('compiles without a cast and validates like the sandbox', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api });
    const procedure = await client.procedures.retrieve('birth-registration');
    const validator = compileProcedure(procedure.definition, { locale: 'en' });
    const samples = procedureSamples('birth-registration');
    expect(validator.validate(samples.valid).ok).toBe(true);
    const invalid = samples.invalid[0]!;
    const result = validator.validate(invalid.data);
    expect(result.ok).toBe(false);
    expect(procedure.definition.procedure.code).toBe('1.001193');
  }, 30_000);
});
