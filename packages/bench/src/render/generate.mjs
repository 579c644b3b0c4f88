// @ts-check
/**
 * The generated forms every renderer draws: `n` inputs in sections of ten, an array of objects
 * (two items of three fields) in the middle, and two `if`/`then` conditions. Plain JSON Schema,
 * no formats, no custom keywords, so every library reads it the same way. Shared by the pages
 * (bundled into each) and by Node (the report describes it).
 */

const PER_SECTION = 10;
const ARRAY_ITEMS = 2;
const ITEM_FIELDS = 3;

/**
 * One field: mostly text (the fields typed into are text), with numbers, choices and yes/no
 * boxes mixed in as real forms have them.
 * @param {number} i index in the section
 * @returns {Record<string, unknown>}
 */
function field(i) {
  const title = `Trường ${i + 1}`;
  switch (i % PER_SECTION) {
    case 3:
      return { type: 'integer', title, minimum: 0 };
    case 6:
      return { type: 'string', title, enum: ['a', 'b', 'c'] };
    case 8:
      return { type: 'boolean', title };
    default:
      return { type: 'string', title, maxLength: 100 };
  }
}

/**
 * @param {number} n inputs in the whole form (at least 20)
 * @returns {{ schema: Record<string, any>, data: Record<string, unknown>, inputs: number, sections: number }}
 */
export function generateForm(n) {
  const sectionFields = Math.max(0, n - ARRAY_ITEMS * ITEM_FIELDS);
  const sections = Math.ceil(sectionFields / PER_SECTION);
  /** @type {Record<string, any>} */
  const properties = {};
  let left = sectionFields;
  const middle = Math.floor(sections / 2);
  for (let s = 0; s < sections; s++) {
    const count = Math.min(PER_SECTION, left);
    left -= count;
    /** @type {Record<string, unknown>} */
    const fields = {};
    for (let i = 0; i < count; i++) fields[`f${i + 1}`] = field(i);
    properties[`s${s + 1}`] = { type: 'object', title: `Phần ${s + 1}`, properties: fields };
    if (s === middle)
      properties['people'] = {
        type: 'array',
        title: 'Thành viên',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string', title: 'Họ và tên' },
            relation: { type: 'string', title: 'Quan hệ' },
            year: { type: 'integer', title: 'Năm sinh' },
          },
        },
      };
  }
  // Two conditions, as plain JSON Schema: a choice in the first section makes a field of the
  // second required, and a yes/no box in the last section does the same for its first field.
  const last = `s${sections}`;
  const schema = {
    type: 'object',
    title: `Biểu mẫu ${n} trường`,
    properties,
    allOf: [
      {
        if: {
          properties: { s1: { properties: { f7: { const: 'b' } }, required: ['f7'] } },
          required: ['s1'],
        },
        then: { properties: { s2: { required: ['f1'] } } },
      },
      {
        if: {
          properties: { [last]: { properties: { f9: { const: true } }, required: ['f9'] } },
          required: [last],
        },
        then: { properties: { [last]: { required: ['f1'] } } },
      },
    ],
  };
  const data = { people: Array.from({ length: ARRAY_ITEMS }, () => ({})) };
  return { schema, data, inputs: n, sections };
}

/** A one-line description for the report. */
export const FORM_DESCRIPTION =
  'sections of ten fields (seven text, one integer, one choice of three, one yes/no box), an array of ' +
  'objects (two items of three fields) in the middle and two `if`/`then` conditions (`allOf`); plain ' +
  'JSON Schema, no formats, no CSS.';
