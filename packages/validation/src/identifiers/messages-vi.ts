/** The Vietnamese messages of the `vn-*` formats (and the list formats), keyed `<format>` or `<format>.<reason>`. */
import { keyed } from './internal/keyed.js';

const personalIdVi = {
  'unknown-province': 'Số định danh cá nhân không hợp lệ: mã nơi đăng ký khai sinh {prefix} không tồn tại.',
  'birth-year-in-future': 'Số định danh cá nhân không hợp lệ: năm sinh {year} lớn hơn năm hiện tại.',
};
const taxCodeVi = {
  'check-digit': 'Mã số thuế không đúng (sai chữ số kiểm tra).',
  serial: 'Mã số thuế không hợp lệ: các chữ số thứ 3 đến thứ 9 không được đồng thời bằng 0.',
  branch: 'Mã số thuế của đơn vị phụ thuộc, chi nhánh không được có phần đuôi 000.',
};
/** Messages of the `vn-*` formats in Vietnamese, as a government form would word them. */
export const identifierMessagesVi: Record<string, string> = {
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
  'vn-tax-code.pattern': 'Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số đối với đơn vị phụ thuộc, chi nhánh.',
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
  'vn-person-name.characters': 'Họ và tên chỉ được gồm chữ cái và dấu cách, không được chứa ký tự “{char}”.',
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
};
