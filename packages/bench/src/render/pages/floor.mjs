// @ts-check
/**
 * The floor: the same inputs drawn with plain DOM calls and no library, each keeping its value in
 * a plain object on `input`. What any renderer must at least pay.
 */
import { install } from './harness.mjs';

/** @param {Record<string, any>} schema @param {string} name */
function control(schema, name) {
  /** @type {HTMLInputElement | HTMLSelectElement} */
  let input;
  if (schema.enum) {
    input = document.createElement('select');
    for (const v of ['', ...schema.enum]) input.append(new Option(v, v));
  } else {
    input = document.createElement('input');
    input.type = schema.type === 'boolean' ? 'checkbox' : schema.type === 'integer' ? 'number' : 'text';
  }
  input.id = name;
  input.name = name;
  return input;
}

/** @param {HTMLElement} parent @param {Record<string, any>} schema @param {Record<string, any>} data @param {string} path */
function fields(parent, schema, data, path) {
  for (const [key, sub] of Object.entries(/** @type {Record<string, any>} */ (schema.properties))) {
    const name = `${path}.${key}`;
    if (sub.type === 'object') {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = sub.title ?? key;
      fieldset.append(legend);
      data[key] ??= {};
      fields(fieldset, sub, data[key], name);
      parent.append(fieldset);
    } else if (sub.type === 'array') {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = sub.title ?? key;
      fieldset.append(legend);
      /** @type {Record<string, any>[]} */ (data[key] ?? []).forEach((item, i) => {
        const group = document.createElement('div');
        fields(group, sub.items, item, `${name}.${i}`);
        fieldset.append(group);
      });
      parent.append(fieldset);
    } else {
      const row = document.createElement('div');
      const label = document.createElement('label');
      label.htmlFor = name;
      label.textContent = sub.title ?? key;
      const input = control(sub, name);
      input.addEventListener('input', () => {
        data[key] =
          input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value;
      });
      row.append(label, input);
      parent.append(row);
    }
  }
}

install((container, form) => {
  const el = document.createElement('form');
  fields(el, form.schema, structuredClone(form.data), 'root');
  container.append(el);
});
