import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';

const packagesDir = join(import.meta.dirname, '..', 'packages');

/** Whether a folder holds a story file anywhere below it. */
function hasStories(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory() ? hasStories(join(dir, entry.name)) : entry.name.endsWith('.stories.ts'),
  );
}

/**
 * Story globs (relative to this folder, as the vitest plugin expects) for the packages that have
 * stories: a glob that matches nothing makes Storybook warn.
 */
const packageStories = readdirSync(packagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .filter((entry) => {
    try {
      return hasStories(join(packagesDir, entry.name, 'src'));
    } catch {
      return false;
    }
  })
  .map((entry) => `../packages/${entry.name}/src/**/*.stories.ts`);

/** Storybook for designers and web teams: every component story, its docs and its accessibility check. */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The designers' pages (getting started, tokens, patterns, accessibility) first, then the stories.
  stories: ['../docs/storybook/*.mdx', ...packageStories],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(viteConfig) {
    // Run every @dvc-kit package from its TypeScript sources (the `@dvc-kit/source` export condition).
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['@dvc-kit/source', 'module', 'browser', 'development|production'];
    return viteConfig;
  },
};

export default config;
