import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/forms/custom-elements.json';
import '../packages/forms/themes/default.css';
import '../packages/forms/themes/dark.css';
import '../packages/forms/themes/high-contrast.css';

// Controls and docs tables come from the Custom Elements Manifest (`pnpm --filter @dvc-kit/forms cem`).
setCustomElementsManifest(manifest);

/** Wraps each story in the toolbar's theme (data-dvc-theme) and language. */
const withThemeAndLocale: Decorator = (story, context) =>
  html`<div data-dvc-theme=${context.globals['theme'] as string} lang=${context.globals['locale'] as string}>
    ${story()}
  </div>`;

const preview: Preview = {
  parameters: {
    // An axe violation fails the story's test (in `npm test` and in the Storybook test widget).
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      // The designers' pages (docs/storybook/*.mdx) before the components.
      storySort: { order: ['Start here', 'Foundations', 'Patterns', 'Accessibility', 'Form', 'Widgets'] },
    },
  },
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'dvc-kit theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Default' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'light' },
  decorators: [withThemeAndLocale],
};

export default preview;
