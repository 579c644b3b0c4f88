/** The national dossier statuses (DOMAIN.md) with their titles, and the moves between them. */
import type { DossierStatus } from '../store/records.js';

/** The title of each status, as progress entries show it. */
export const STATUS_TITLES: Readonly<Record<DossierStatus, { vi: string; en: string }>> = {
  1: { vi: 'Mới đăng ký', en: 'Newly registered' },
  2: { vi: 'Được tiếp nhận', en: 'Received' },
  3: { vi: 'Không được tiếp nhận', en: 'Not accepted' },
  4: { vi: 'Đang xử lý', en: 'Processing' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Financial obligation requested' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the citizen' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Processed' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

/** Moves an official may make (the sandbox's admin endpoint): from → allowed targets. */
export const OFFICIAL_MOVES: Readonly<Partial<Record<DossierStatus, readonly DossierStatus[]>>> = {
  1: [2, 3],
  2: [4],
  4: [5, 6, 8, 9],
  6: [4],
  9: [10],
};

/** Statuses after which nothing happens any more. */
export const FINAL_STATUSES: readonly DossierStatus[] = [3, 7, 8, 10];
