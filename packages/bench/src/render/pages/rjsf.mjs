// @ts-check
/** RJSF 6 (@rjsf/core) with its Ajv 8 validator, React 19, live validation off (its default). */
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { install } from './harness.mjs';

/** @param {{ schema: any, data: any }} props */
function App({ schema, data }) {
  const [formData, setFormData] = useState(data);
  return createElement(Form, {
    schema,
    validator,
    formData,
    onChange: (/** @type {{ formData: unknown }} */ e) => setFormData(e.formData),
  });
}

install((container, form) => {
  createRoot(container).render(createElement(App, { schema: form.schema, data: structuredClone(form.data) }));
});
