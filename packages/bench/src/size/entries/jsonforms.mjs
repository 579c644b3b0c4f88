// JSON Forms 3 with the vanilla renderers and React 19.
export { JsonForms } from '@jsonforms/react';
export { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
export { createElement } from 'react';
export { createRoot } from 'react-dom/client';
