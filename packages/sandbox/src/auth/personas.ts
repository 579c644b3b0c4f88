/**
 * The fake people and enterprises of the sandbox. Their identifiers are valid by the rules of
 * `@dvc-kit/validation` (a CCCD's first digits decode to the birth province, sex and year; the tax
 * code has its check digit) but belong to no one. Each persona has a fixed bearer token, so tests
 * and scripts can call the API without the OpenID Connect dance.
 */

/** A 2025 address. */
export interface PersonaAddress {
  province: string;
  commune: string;
  detail: string;
}

/**
 * An electronic copy the persona holds (Kho dữ liệu cá nhân, VNeID): a dossier may refer to it
 * (`{ documentCode, electronicCopyId }`) instead of an uploaded scan, for the components in
 * `documentCodes`, where the procedure allows an `electronic-copy` replacement from its `source`.
 */
export interface PersonaElectronicCopy {
  id: string;
  name: { vi: string; en: string };
  documentCodes: string[];
  source: 'data-store' | 'vneid';
  fileName: string;
  contentType: string;
  size: number;
  issuedAt: string;
}

/** A person or enterprise to log in as. */
export interface Persona {
  id: string;
  accountType: 'citizen' | 'enterprise' | 'organisation';
  displayName: string;
  description: { vi: string; en: string };
  /** The sandbox's fixed bearer token for this persona. Not a secret: the sandbox is offline. */
  token: string;
  /** The identity assurance level of the account, as VNeID's level 1 or 2. */
  assuranceLevel: 1 | 2;
  profile: {
    personalId?: string;
    fullName: string;
    birthDate?: string;
    sex?: 'male' | 'female';
    permanentResidence?: PersonaAddress;
    currentResidence?: PersonaAddress;
    phone?: string;
    email?: string;
    taxCode?: string;
    socialInsuranceCode?: string;
    household?: { fullName: string; personalId?: string; birthDate?: string; relationship: string }[];
    /** The electronic copies and results the persona holds. */
    electronicCopies?: PersonaElectronicCopy[];
  };
}

const hangBai: PersonaAddress = { province: '01', commune: '00070', detail: '12 phố Hàng Bài' };
const benThanh: PersonaAddress = { province: '79', commune: '26743', detail: '45 đường Lê Lợi' };

/** Every persona, in a stable order. */
export const personas: readonly Persona[] = Object.freeze([
  {
    id: 'citizen-an',
    accountType: 'citizen',
    displayName: 'Nguyễn Văn An',
    description: {
      vi: 'Công dân ở Hà Nội, có vợ là chị Trần Thị Hoa; dùng cho đăng ký khai sinh.',
      en: 'A citizen in Hà Nội, married to Trần Thị Hoa; for birth registration.',
    },
    token: 'sandbox-citizen-an',
    assuranceLevel: 2,
    profile: {
      personalId: '001090012345',
      fullName: 'Nguyễn Văn An',
      birthDate: '1990-08-20',
      sex: 'male',
      permanentResidence: hangBai,
      currentResidence: hangBai,
      phone: '0912345678',
      email: 'an.nguyen@example.vn',
      socialInsuranceCode: '0190012345',
      household: [
        { fullName: 'Trần Thị Hoa', personalId: '001195012346', birthDate: '1995-04-12', relationship: 'vợ' },
      ],
      electronicCopies: [
        {
          id: 'ec_an_giay_chung_sinh',
          name: { vi: 'Giấy chứng sinh điện tử', en: 'Electronic birth certificate' },
          documentCodes: ['GIAY-CHUNG-SINH'],
          source: 'data-store',
          fileName: 'giay-chung-sinh-dien-tu.pdf',
          contentType: 'application/pdf',
          size: 48_213,
          issuedAt: '2026-11-02',
        },
        {
          id: 'ec_an_cccd',
          name: { vi: 'Bản sao điện tử thẻ Căn cước', en: 'Electronic copy of the identity card' },
          documentCodes: ['GIAY-TO-TUY-THAN'],
          source: 'vneid',
          fileName: 'can-cuoc-dien-tu.pdf',
          contentType: 'application/pdf',
          size: 91_530,
          issuedAt: '2024-07-01',
        },
      ],
    },
  },
  {
    id: 'citizen-hoa',
    accountType: 'citizen',
    displayName: 'Trần Thị Hoa',
    description: {
      vi: 'Công dân ở Hà Nội, vợ anh Nguyễn Văn An.',
      en: 'A citizen in Hà Nội, married to Nguyễn Văn An.',
    },
    token: 'sandbox-citizen-hoa',
    assuranceLevel: 2,
    profile: {
      personalId: '001195012346',
      fullName: 'Trần Thị Hoa',
      birthDate: '1995-04-12',
      sex: 'female',
      permanentResidence: hangBai,
      currentResidence: hangBai,
      phone: '0987654321',
      email: 'hoa.tran@example.vn',
      electronicCopies: [
        {
          id: 'ec_hoa_giay_bao_tu',
          name: { vi: 'Giấy báo tử điện tử', en: 'Electronic death notice' },
          documentCodes: ['GIAY-BAO-TU'],
          source: 'vneid',
          fileName: 'giay-bao-tu-dien-tu.pdf',
          contentType: 'application/pdf',
          size: 52_877,
          issuedAt: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'citizen-binh',
    accountType: 'citizen',
    displayName: 'Lê Văn Bình',
    description: {
      vi: 'Công dân ở Thành phố Hồ Chí Minh; dùng cho lý lịch tư pháp.',
      en: 'A citizen in Hồ Chí Minh City; for judicial record certificates.',
    },
    token: 'sandbox-citizen-binh',
    assuranceLevel: 1,
    profile: {
      personalId: '079088001234',
      fullName: 'Lê Văn Bình',
      birthDate: '1988-03-15',
      sex: 'male',
      permanentResidence: benThanh,
      currentResidence: benThanh,
      phone: '0901234567',
      email: 'binh.le@example.vn',
      electronicCopies: [
        {
          id: 'ec_binh_hop_dong_thue',
          name: {
            vi: 'Hợp đồng thuê nhà (bản sao điện tử có chứng thực)',
            en: 'Tenancy agreement (certified electronic copy)',
          },
          documentCodes: ['HOP-DONG-THUE'],
          source: 'data-store',
          fileName: 'hop-dong-thue-nha.pdf',
          contentType: 'application/pdf',
          size: 310_442,
          issuedAt: '2026-01-15',
        },
      ],
    },
  },
  {
    id: 'enterprise-hoa-sen',
    accountType: 'enterprise',
    displayName: 'Công ty TNHH Thương mại Hoa Sen',
    description: {
      vi: 'Doanh nghiệp giả lập ở Hà Nội, có mã số thuế hợp lệ.',
      en: 'A fictional enterprise in Hà Nội with a valid tax code.',
    },
    token: 'sandbox-enterprise-hoa-sen',
    assuranceLevel: 2,
    profile: {
      fullName: 'Công ty TNHH Thương mại Hoa Sen',
      taxCode: '0100109106',
      permanentResidence: { province: '01', commune: '00070', detail: '25 phố Tràng Tiền' },
      phone: '02439876543',
      email: 'lienhe@hoasen.example.vn',
    },
  },
] satisfies Persona[]);

/** The token of the sandbox's admin, for `/v1/sandbox/*` controls. */
export const SANDBOX_ADMIN_TOKEN = 'sandbox-admin';

/** The persona with `id`, or `undefined`. */
export function getPersona(id: string): Persona | undefined {
  return personas.find((p) => p.id === id);
}
