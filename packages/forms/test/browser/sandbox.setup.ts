/**
 * Starts an in-memory sandbox (real HTTP, CORS open to the test page) once for the browser tests of
 * @dvc-kit/forms, and gives them its API root and the personas' sandbox tokens through `inject`.
 */
import type * as Kit from '@dvc-kit/sdk/testing';
import { createServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { sourceConditions } from '../../../../vitest.shared.js';

type TestingKit = typeof Kit;

/** What the browser tests get with `inject('sandbox')`. */
export interface ProvidedSandbox {
  /** The API root for `createClient({ baseUrl })`. */
  baseUrl: string;
  /** Sandbox-only bearer tokens of three citizens, one per test that counts dossiers. */
  tokens: { an: string; hoa: string; binh: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    sandbox: ProvidedSandbox;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A browser project's own server bundles everything for the page; a small Node-side Vite server
  // loads the testing kit and the sandbox from their sources (`@dvc-kit/source`), so no build is needed.
  const loader = await createServer({
    configFile: false,
    root: new URL('../..', import.meta.url).pathname,
    logLevel: 'silent',
    ...sourceConditions,
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  let kit: TestingKit;
  try {
    kit = (await loader.ssrLoadModule('@dvc-kit/sdk/testing')) as TestingKit;
  } catch (error) {
    await loader.close();
    throw error;
  }
  const { personas, startSandbox } = kit;
  const sandbox = await startSandbox();
  project.provide('sandbox', {
    baseUrl: sandbox.baseUrl,
    tokens: { an: personas.an.token, hoa: personas.hoa.token, binh: personas.binh.token },
  });
  return async () => {
    await sandbox.close();
    await loader.close();
  };
}
