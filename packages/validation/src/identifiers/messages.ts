/**
 * Messages for the `vn-*` formats, keyed `<format>` or `<format>.<reason>`. Templates may use
 * `{param}` placeholders filled from the params.
 */
export const identifierMessages: { vi: Record<string, string>; en: Record<string, string> } = {
  vi: {
    'vn-tax-code': 'Mã số thuế không hợp lệ.',
  },
  en: {
    'vn-tax-code': 'Enter a valid tax code.',
  },
};
