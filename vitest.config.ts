/**
 * All Vitest projects of the repository. `npm test` runs them in stages:
 * `--project "node:*"`, then `--project "browser:*"`, then `--project storybook`.
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { browserProject, chromiumBrowser, nodeProject, sourceConditions } from './vitest.shared.js';

export default defineConfig({
  ...sourceConditions,
  test: {
    projects: [
      // Its precompiled-module budget reads the built runtime: dist is built first when stale.
      nodeProject('validation', { globalSetup: ['test/dist.setup.ts'] }),
      // The validation core must behave identically in a browser: run its whole suite in Chromium too.
      browserProject('validation', {
        include: ['src/**/*.test.ts'],
        optimizeDeps: ['zod', 'zod/mini', 'fast-check'],
      }),
      nodeProject('admin-units'),
      // The OpenAPI document: redocly lint, every schema compiles, the generated types are fresh.
      nodeProject('contract'),
      nodeProject('procedures'),
      nodeProject('cli'),
      nodeProject('sandbox'),
      // The sdk's tests talk to a real sandbox over HTTP on port 0.
      nodeProject('sdk'),
      // Forms: components render in Chromium (src/**/*.test.ts beside each component, test/browser/);
      // build-level checks (bundle budget, manifest) run in Node (test/node/), on the single-file
      // build in dist/cdn, built first when a source is newer.
      nodeProject('forms', { include: ['test/node/**/*.test.ts'], globalSetup: ['test/node/cdn.setup.ts'] }),
      browserProject('forms', {
        include: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
        // A sandbox over real HTTP for the tests that file dossiers through the sdk's client.
        globalSetup: ['test/browser/sandbox.setup.ts'],
        optimizeDeps: [
          'lit',
          'lit/decorators.js',
          'lit/directives/live.js',
          'axe-core',
          'fast-check',
          '@dvc-kit/validation > zod',
          '@dvc-kit/validation > zod/mini',
        ],
      }),
      {
        // The demo portal end to end: Vite serves the page, the sandbox the API, Chromium drives it.
        extends: true,
        test: {
          name: 'node:examples',
          root: 'examples/demo-portal',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          setupFiles: ['../../vitest.setup.ts'],
        },
      },
      {
        // The node back end example against a sandbox over real HTTP.
        extends: true,
        test: {
          name: 'node:example-node-backend',
          root: 'examples/node-backend',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          setupFiles: ['../../vitest.setup.ts'],
        },
      },
      {
        // The repository's scripts: the docs site's page rendering and link check.
        extends: true,
        test: { name: 'node:scripts', root: 'scripts', environment: 'node', include: ['**/*.test.mjs'] },
      },
      {
        // The "drop it into any CMS" page: the forms' single file under a strict CSP, in Chromium.
        extends: true,
        test: {
          name: 'node:example-html-cdn',
          root: 'examples/html-cdn',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          setupFiles: ['../../vitest.setup.ts'],
          globalSetup: ['test/cdn.setup.ts'],
        },
      },
      {
        // The React example: built by Vite, served by `vite preview`, a citizen files in Chromium.
        extends: true,
        test: {
          name: 'node:example-react',
          root: 'examples/react',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          setupFiles: ['../../vitest.setup.ts'],
        },
      },
      {
        // The Vue example: the same, with Vue 3.
        extends: true,
        test: {
          name: 'node:example-vue',
          root: 'examples/vue',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          setupFiles: ['../../vitest.setup.ts'],
        },
      },
      {
        // Every story (and its play function) runs as a test in Chromium; axe violations fail it.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps: { include: ['lit', '@dvc-kit/validation > zod', '@dvc-kit/validation > zod/mini'] },
        test: {
          name: 'storybook',
          browser: chromiumBrowser(),
          setupFiles: ['./vitest.setup.ts'],
        },
      },
    ],
  },
});
