/** The national dossier status codes (DOMAIN: 1..10), as a citizen reads them. */
export const STATUS_NAMES: Readonly<Record<number, string>> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

/** The name of `status`, or "Bản nháp" for a draft. */
export function statusName(status: number | null): string {
  return status === null ? 'Bản nháp' : (STATUS_NAMES[status] ?? `Trạng thái ${status}`);
}
