import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // An axe violation fails the story's test (in `npm test` and in the Storybook test widget).
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
  initialGlobals: { locale: 'vi' },
};

export default preview;
