/** What the address field says itself, Vietnamese first. */
import type { Locale } from '@dvc-kit/validation';

export interface AddressMessages {
  province: string;
  commune: string;
  detail: string;
  chooseProvinceFirst: string;
  loading: string;
  /** An old address mapped to one 2025 commune. */
  mapped: (old: string, now: string) => string;
  /** An old address now in one of several communes. */
  ambiguous: (old: string) => string;
  /** An old address the mapping does not know. */
  notFound: (old: string) => string;
  oldAddress: (province: string, district: string, ward: string) => string;
}

const vi: AddressMessages = {
  province: 'Tỉnh/thành phố',
  commune: 'Xã/phường/đặc khu',
  detail: 'Số nhà, đường, thôn/tổ dân phố',
  chooseProvinceFirst: 'Chọn tỉnh/thành phố trước.',
  loading: 'Đang tải danh sách đơn vị hành chính…',
  mapped: (old, now) =>
    `Địa chỉ cũ (trước 1/7/2025) ${old} đã được chuyển sang đơn vị hành chính mới: ${now}. Vui lòng kiểm tra lại.`,
  ambiguous: (old) =>
    `Địa chỉ cũ (trước 1/7/2025) ${old} nay thuộc một trong các xã/phường dưới đây. Vui lòng chọn đúng nơi của bạn:`,
  notFound: (old) =>
    `Không tìm được đơn vị hành chính mới của địa chỉ cũ ${old}. Vui lòng chọn lại tỉnh/thành phố và xã/phường.`,
  oldAddress: (province, district, ward) =>
    `«${[ward && `xã/phường mã ${ward}`, district && `quận/huyện mã ${district}`, province].filter(Boolean).join(', ')}»`,
};

const en: AddressMessages = {
  province: 'Province/city',
  commune: 'Commune/ward/special zone',
  detail: 'House number, street, hamlet',
  chooseProvinceFirst: 'Choose the province first.',
  loading: 'Loading the administrative units…',
  mapped: (old, now) =>
    `The old address (before 1 July 2025) ${old} was moved to the new administrative units: ${now}. Please check it.`,
  ambiguous: (old) =>
    `The old address (before 1 July 2025) ${old} is now in one of the communes below. Please choose yours:`,
  notFound: (old) =>
    `The new administrative units of the old address ${old} could not be found. Please choose the province and the commune again.`,
  oldAddress: (province, district, ward) =>
    `“${[ward && `ward code ${ward}`, district && `district code ${district}`, province].filter(Boolean).join(', ')}”`,
};

export function addressMessages(locale: Locale): AddressMessages {
  return locale === 'en' ? en : vi;
}
