/**
 * All Vitest projects of the repository. `npm test` runs them in stages:
 * `--project "node:*"`, then `--project "browser:*"`, then `--project storybook`.
 */
import { defineConfig } from 'vitest/config';
import { browserProject, nodeProject, sourceConditions } from './vitest.shared.js';

export default defineConfig({
  ...sourceConditions,
  test: {
    projects: [
      nodeProject('validation'),
      // The validation core must behave identically in a browser: run its whole suite in Chromium too.
      browserProject('validation', { include: ['src/**/*.test.ts'] }),
      nodeProject('admin-units'),
    ],
  },
});
