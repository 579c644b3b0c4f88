// @ts-check
/**
 * JSON Forms 3 with the vanilla renderers. Its default UI schema is one control for the whole
 * root (which the vanilla set cannot draw when the root has `allOf`) and the vanilla set has no
 * object renderer, so the UI schema is written from the schema: a group per section with a
 * control per field, and the array as one control (a table of its items).
 */
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { install } from './harness.mjs';

/** @param {Record<string, any>} schema */
function uischema(schema) {
  return {
    type: 'VerticalLayout',
    elements: Object.entries(schema.properties).map(([key, sub]) =>
      sub.type === 'object'
        ? {
            type: 'Group',
            label: sub.title,
            elements: Object.keys(sub.properties).map((f) => ({
              type: 'Control',
              scope: `#/properties/${key}/properties/${f}`,
            })),
          }
        : { type: 'Control', scope: `#/properties/${key}` },
    ),
  };
}

/** @param {{ schema: any, data: any }} props */
function App({ schema, data }) {
  const [value, setValue] = useState(data);
  return createElement(JsonForms, {
    schema,
    uischema: uischema(schema),
    data: value,
    renderers: vanillaRenderers,
    cells: vanillaCells,
    onChange: (/** @type {{ data: unknown }} */ e) => setValue(e.data),
  });
}

install((container, form) => {
  createRoot(container).render(createElement(App, { schema: form.schema, data: structuredClone(form.data) }));
});
