import { existsSync } from 'node:fs';
import { contractPath, readContract } from '@dvc-kit/contract/node';
import { describe, expect, it } from 'vitest';

describe('@dvc-kit/contract/node', () => {
  it('points at the document shipped with the package and parses it once', () => {
    expect(contractPath).toMatch(/[/\\]openapi[/\\]portal-api\.yaml$/);
    expect(existsSync(contractPath)).toBe(true);
    const contract = readContract();
    expect(contract.info.title).toBeTypeOf('string');
    expect(contract.paths['/v1/dossiers']).toBeDefined();
    expect(readContract()).toBe(contract);
  }, 30_000);
});
