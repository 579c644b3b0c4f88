/** An `adminUnits` provider with the units of the reference samples, named as in @dvc-kit/admin-units. */
import type { AdminUnitsProvider } from '../../../src/components/form/admin-units.js';

/** Hà Nội and the two communes the birth registration sample lives in. */
export const sampleUnits: AdminUnitsProvider = {
  provinces: () => [{ code: '01', name: 'Thành phố Hà Nội' }],
  communes: (province) =>
    province === '01'
      ? [
          { code: '00004', name: 'Phường Ba Đình' },
          { code: '00070', name: 'Phường Hoàn Kiếm' },
        ]
      : [],
};
