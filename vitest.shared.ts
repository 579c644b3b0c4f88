/**
 * Building blocks for the Vitest projects of this repository.
 *
 * Every package gets a `node:<package>` project; packages that render (or must behave the same in a
 * browser, like the validation core under a strict CSP) also get a `browser:<package>` project that
 * runs in Debian's Chromium through Playwright. `npm test` selects them with `--project "node:*"`
 * and `--project "browser:*"`.
 */
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** The export condition that points every `@dvc-kit/*` package at its TypeScript sources. */
export const SOURCE_CONDITION = '@dvc-kit/source';

export const sourceConditions = {
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: {
    resolve: {
      conditions: [SOURCE_CONDITION, ...defaultServerConditions],
      externalConditions: [SOURCE_CONDITION],
    },
  },
};

type BrowserOptions = NonNullable<NonNullable<TestProjectInlineConfiguration['test']>['browser']>;

/** Chromium from Debian (`apt-get install chromium`); playwright's own browser download cannot work here. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** A fresh browser block each call: Vitest names the instances after the project that holds them. */
export function chromiumBrowser(): BrowserOptions {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: {
        executablePath: chromiumPath,
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

const setupFiles = [new URL('./vitest.setup.ts', import.meta.url).pathname];

interface ProjectOptions {
  /** Globs relative to the package folder. */
  include?: string[];
  exclude?: string[];
  setupFiles?: string[];
  /** Dependencies to pre-bundle for a browser project (resolved from the package folder). */
  optimizeDeps?: string[];
  /** Files run once in Node around the project's tests (e.g. starting a sandbox), relative to the package. */
  globalSetup?: string[];
}

/** Tests of `packages/<name>` run by Node: every `*.test.ts` except `*.browser.test.ts`. */
export function nodeProject(name: string, options: ProjectOptions = {}): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: `node:${name}`,
      root: `packages/${name}`,
      environment: 'node',
      include: options.include ?? ['src/**/*.test.ts', 'test/**/*.test.ts'],
      exclude: ['**/node_modules/**', '**/*.browser.test.ts', ...(options.exclude ?? [])],
      setupFiles: [...setupFiles, ...(options.setupFiles ?? [])],
      ...(options.globalSetup === undefined ? {} : { globalSetup: options.globalSetup }),
    },
  };
}

/** Tests of `packages/<name>` run in headless Chromium: `*.browser.test.ts` unless told otherwise. */
export function browserProject(name: string, options: ProjectOptions = {}): TestProjectInlineConfiguration {
  return {
    extends: true,
    // The project's global setup runs in Node (Vitest's `__vitest__` environment): it resolves
    // `@dvc-kit/*` to their sources too.
    ...(options.globalSetup === undefined ? {} : { environments: { __vitest__: sourceConditions.ssr } }),
    // Pre-bundle what browser tests import, so Vite never re-optimises (and reloads) in the middle of a run.
    optimizeDeps: { include: options.optimizeDeps ?? [] },
    test: {
      name: `browser:${name}`,
      root: `packages/${name}`,
      include: options.include ?? ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
      exclude: ['**/node_modules/**', ...(options.exclude ?? [])],
      setupFiles: [...setupFiles, ...(options.setupFiles ?? [])],
      ...(options.globalSetup === undefined ? {} : { globalSetup: options.globalSetup }),
      browser: chromiumBrowser(),
    },
  };
}
