/**
 * Runs in Node before the browser:forms tests: starts a sandbox of the portal API on a free port
 * (in memory) and gives its URL to the tests (`inject('sandboxUrl')`), so components that talk to
 * the portal do it over real HTTP through the sdk. Browsers on this machine pass its CORS check.
 */
import { createSandbox } from '@dvc-kit/sandbox';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const sandbox = await createSandbox({ port: 0, inMemory: true });
  project.provide('sandboxUrl', sandbox.url);
  return async () => {
    await sandbox.close();
  };
}
