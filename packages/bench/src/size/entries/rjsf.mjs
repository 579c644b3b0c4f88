// RJSF 6 with its Ajv 8 validator and React 19 (what a page needs to render a form).
export { default as Form } from '@rjsf/core';
export { default as validator } from '@rjsf/validator-ajv8';
export { createElement } from 'react';
export { createRoot } from 'react-dom/client';
