/**
 * Messages for the `vn-*` formats, keyed `<format>` or `<format>.<reason>`. Templates may use
 * `{param}` placeholders filled from the params. Vietnamese is written as a government form
 * would word it; English second.
 */

const personalIdVi = {
  'unknown-province': 'Số định danh cá nhân không hợp lệ: mã nơi đăng ký khai sinh {prefix} không tồn tại.',
  'birth-year-in-future': 'Số định danh cá nhân không hợp lệ: năm sinh {year} lớn hơn năm hiện tại.',
};
const personalIdEn = {
  'unknown-province':
    'This personal identification number is not valid: {prefix} is not a place-of-birth code.',
  'birth-year-in-future':
    'This personal identification number is not valid: its birth year {year} is in the future.',
};
const taxCodeVi = {
  'check-digit': 'Mã số thuế không đúng (sai chữ số kiểm tra).',
  serial: 'Mã số thuế không hợp lệ: các chữ số thứ 3 đến thứ 9 không được đồng thời bằng 0.',
  branch: 'Mã số thuế của đơn vị phụ thuộc, chi nhánh không được có phần đuôi 000.',
};
const taxCodeEn = {
  'check-digit': 'This tax code is not valid (its check digit is wrong).',
  serial: 'This tax code is not valid: digits 3 to 9 cannot all be zero.',
  branch: 'A branch tax code cannot end in 000.',
};

function keyed(format: string, messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([reason, text]) => [`${format}.${reason}`, text]));
}

/** Messages of the `vn-*` formats in Vietnamese (`vi`) and English (`en`). */
export const identifierMessages: { vi: Record<string, string>; en: Record<string, string> } = {
  vi: {
    'vn-personal-id': 'Số định danh cá nhân không hợp lệ.',
    'vn-personal-id.pattern': 'Số định danh cá nhân phải gồm 12 chữ số.',
    ...keyed('vn-personal-id', personalIdVi),
    'vn-old-id-card': 'Số chứng minh nhân dân không hợp lệ.',
    'vn-old-id-card.pattern': 'Số chứng minh nhân dân phải gồm 9 chữ số.',
    'vn-identity-number': 'Số định danh cá nhân hoặc số chứng minh nhân dân không hợp lệ.',
    'vn-identity-number.pattern':
      'Số giấy tờ tùy thân phải gồm 12 chữ số (số định danh cá nhân) hoặc 9 chữ số (số chứng minh nhân dân).',
    ...keyed('vn-identity-number', personalIdVi),
    'vn-tax-code': 'Mã số thuế không hợp lệ.',
    'vn-tax-code.pattern':
      'Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số đối với đơn vị phụ thuộc, chi nhánh.',
    ...keyed('vn-tax-code', taxCodeVi),
    'vn-tax-code.personal-id':
      'Ô này cần mã số thuế của doanh nghiệp, tổ chức (10 hoặc 13 chữ số). Số định danh cá nhân 12 chữ số là mã số thuế của cá nhân, hộ kinh doanh và không dùng được ở đây.',
    'vn-tax-code-or-personal-id': 'Mã số thuế không hợp lệ.',
    'vn-tax-code-or-personal-id.pattern':
      'Mã số thuế phải gồm 10 hoặc 13 chữ số; cá nhân, hộ kinh doanh dùng số định danh cá nhân gồm 12 chữ số.',
    ...keyed('vn-tax-code-or-personal-id', { ...taxCodeVi, ...personalIdVi }),
    'vn-social-insurance': 'Mã số bảo hiểm xã hội không hợp lệ.',
    'vn-social-insurance.pattern': 'Mã số bảo hiểm xã hội phải gồm 10 chữ số.',
    'vn-mobile': 'Số điện thoại di động không hợp lệ.',
    'vn-mobile.pattern': 'Số điện thoại di động phải gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84).',
    'vn-mobile.prefix': 'Đầu số {prefix} không phải là đầu số di động.',
    'vn-landline': 'Số điện thoại cố định không hợp lệ.',
    'vn-landline.pattern': 'Số điện thoại cố định phải gồm 11 chữ số, bắt đầu bằng mã vùng 02.',
    'vn-phone': 'Số điện thoại không hợp lệ.',
    'vn-phone.pattern':
      'Số điện thoại phải là số di động gồm 10 chữ số hoặc số cố định gồm 11 chữ số, bắt đầu bằng 0 (hoặc +84).',
    'vn-phone.prefix': 'Đầu số {prefix} không phải là đầu số di động.',
    'vn-postal-code': 'Mã bưu chính không hợp lệ.',
    'vn-postal-code.pattern': 'Mã bưu chính phải gồm 5 chữ số.',
    'vn-postal-code.unknown-prefix':
      'Mã bưu chính không hợp lệ: không có tỉnh, thành phố nào có mã bưu chính bắt đầu bằng {prefix}.',
    'vn-postal-code.province-mismatch':
      'Mã bưu chính bắt đầu bằng {prefix} không thuộc {province}, nơi có địa chỉ đã khai.',
    'vn-postal-code.commune-mismatch': 'Mã bưu chính của xã, phường đã chọn là {expected}.',
    'vn-person-name': 'Họ và tên không hợp lệ.',
    'vn-person-name.empty': 'Vui lòng nhập họ và tên.',
    'vn-person-name.spaces': 'Họ và tên không được có dấu cách ở đầu, ở cuối hoặc nhiều dấu cách liền nhau.',
    'vn-person-name.characters':
      'Họ và tên chỉ được gồm chữ cái và dấu cách, không được chứa ký tự “{char}”.',
    'vn-person-name.too-short': 'Họ và tên phải có ít nhất {min} ký tự.',
    'vn-person-name.too-long': 'Họ và tên không được dài quá {max} ký tự.',
    'vn-date-display': 'Ngày không hợp lệ.',
    'vn-date-display.pattern': 'Ngày phải được nhập theo định dạng dd/mm/yyyy, ví dụ 05/09/2024.',
    'vn-date-display.calendar': 'Ngày tháng không tồn tại, vui lòng kiểm tra lại.',
    'vn-amount-vnd': 'Số tiền không hợp lệ.',
    'vn-amount-vnd.pattern': 'Số tiền phải là số nguyên không âm tính bằng đồng, ví dụ 1.500.000.',
    'vn-amount-vnd.too-large': 'Số tiền vượt quá giới hạn cho phép.',
    'vn-province-code': 'Mã tỉnh, thành phố không hợp lệ.',
    'vn-province-code.pattern': 'Mã tỉnh, thành phố phải gồm 2 chữ số.',
    'vn-province-code.unknown': 'Không có tỉnh, thành phố nào có mã {code}.',
    'vn-commune-code': 'Mã xã, phường, đặc khu không hợp lệ.',
    'vn-commune-code.pattern': 'Mã xã, phường, đặc khu phải gồm 5 chữ số.',
    'vn-commune-code.unknown': 'Không có xã, phường, đặc khu nào có mã {code}.',
    'vn-ethnic-group': 'Dân tộc không hợp lệ.',
    'vn-ethnic-group.pattern': 'Mã dân tộc phải gồm 2 chữ số, từ 01 (Kinh) đến 54.',
    'vn-ethnic-group.unknown': 'Không có dân tộc nào có mã {code}; vui lòng chọn trong danh sách 54 dân tộc.',
    'iso-country': 'Quốc gia không hợp lệ.',
    'iso-country.pattern': 'Mã quốc gia phải gồm 2 chữ cái in hoa theo ISO 3166-1, ví dụ VN.',
    'iso-country.unknown': 'Không có quốc gia nào có mã {code}; vui lòng chọn trong danh sách.',
  },
  en: {
    'vn-personal-id': 'Enter a valid personal identification number.',
    'vn-personal-id.pattern': 'A personal identification number has 12 digits.',
    ...keyed('vn-personal-id', personalIdEn),
    'vn-old-id-card': 'Enter a valid ID card number.',
    'vn-old-id-card.pattern': 'An old ID card (CMND) number has 9 digits.',
    'vn-identity-number': 'Enter a valid personal identification or ID card number.',
    'vn-identity-number.pattern':
      'Enter a 12-digit personal identification number or a 9-digit old ID card (CMND) number.',
    ...keyed('vn-identity-number', personalIdEn),
    'vn-tax-code': 'Enter a valid tax code.',
    'vn-tax-code.pattern': 'A tax code has 10 digits, or 13 for a branch or dependent unit.',
    ...keyed('vn-tax-code', taxCodeEn),
    'vn-tax-code.personal-id':
      'This field needs the tax code of an enterprise or organisation (10 or 13 digits). A 12-digit personal identification number is the tax code of an individual or household business and does not fit here.',
    'vn-tax-code-or-personal-id': 'Enter a valid tax code.',
    'vn-tax-code-or-personal-id.pattern':
      'A tax code has 10 or 13 digits; individuals and household businesses use their 12-digit personal identification number.',
    ...keyed('vn-tax-code-or-personal-id', { ...taxCodeEn, ...personalIdEn }),
    'vn-social-insurance': 'Enter a valid social-insurance code.',
    'vn-social-insurance.pattern': 'A social-insurance code has 10 digits.',
    'vn-mobile': 'Enter a valid mobile number.',
    'vn-mobile.pattern': 'A mobile number has 10 digits and starts with 0 (or +84).',
    'vn-mobile.prefix': '{prefix} is not a mobile prefix.',
    'vn-landline': 'Enter a valid landline number.',
    'vn-landline.pattern': 'A landline number has 11 digits and starts with the area code 02.',
    'vn-phone': 'Enter a valid phone number.',
    'vn-phone.pattern': 'Enter a 10-digit mobile or 11-digit landline number starting with 0 (or +84).',
    'vn-phone.prefix': '{prefix} is not a mobile prefix.',
    'vn-postal-code': 'Enter a valid postal code.',
    'vn-postal-code.pattern': 'A postal code has 5 digits.',
    'vn-postal-code.unknown-prefix':
      'This is not a Vietnamese postal code: no province has codes starting with {prefix}.',
    'vn-postal-code.province-mismatch':
      'A postal code starting with {prefix} does not belong to {province}, where the address is.',
    'vn-postal-code.commune-mismatch': 'The postal code of the chosen commune is {expected}.',
    'vn-person-name': 'Enter a valid full name.',
    'vn-person-name.empty': 'Enter a full name.',
    'vn-person-name.spaces': 'A name cannot start or end with a space or have several spaces in a row.',
    'vn-person-name.characters': 'A name can only contain letters and spaces, not “{char}”.',
    'vn-person-name.too-short': 'A name has at least {min} characters.',
    'vn-person-name.too-long': 'A name has at most {max} characters.',
    'vn-date-display': 'Enter a valid date.',
    'vn-date-display.pattern': 'Enter the date as dd/mm/yyyy, for example 05/09/2024.',
    'vn-date-display.calendar': 'This date does not exist.',
    'vn-amount-vnd': 'Enter a valid amount.',
    'vn-amount-vnd.pattern': 'Enter a whole, non-negative amount in đồng, for example 1.500.000.',
    'vn-amount-vnd.too-large': 'This amount is too large.',
    'vn-province-code': 'Enter a valid province code.',
    'vn-province-code.pattern': 'A province code has 2 digits.',
    'vn-province-code.unknown': 'There is no province with code {code}.',
    'vn-commune-code': 'Enter a valid commune code.',
    'vn-commune-code.pattern': 'A commune code has 5 digits.',
    'vn-commune-code.unknown': 'There is no commune with code {code}.',
    'vn-ethnic-group': 'Choose a valid ethnic group.',
    'vn-ethnic-group.pattern': 'An ethnic-group code has 2 digits, from 01 (Kinh) to 54.',
    'vn-ethnic-group.unknown': 'There is no ethnic group with code {code}; choose one of the 54 in the list.',
    'iso-country': 'Choose a valid country.',
    'iso-country.pattern': 'A country code has 2 capital letters (ISO 3166-1), for example VN.',
    'iso-country.unknown': 'There is no country with code {code}; choose one from the list.',
  },
};
