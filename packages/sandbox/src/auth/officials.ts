/**
 * The sandbox's officials (cán bộ): people who process dossiers for one agency, in one department,
 * with a role. Like the personas they are fake, have a fixed bearer token and can log in through
 * the OpenID Connect provider (`login_hint=<official id>`). One per agency that settles the
 * reference procedures in the demo commune (Phường Hoàn Kiếm, Hà Nội) and the city police, plus one
 * in Thành phố Hồ Chí Minh to show that an agency sees only its own dossiers.
 */

/** What an official does in the agency. */
export type OfficialRole = 'reception' | 'specialist' | 'leader';

/** An official of an agency. */
export interface Official {
  id: string;
  fullName: string;
  /** The agency the official works for (a sandbox agency id). */
  agencyId: string;
  /** The department, as progress entries show it. */
  department: string;
  role: OfficialRole;
  description: { vi: string; en: string };
  /** The sandbox's fixed bearer token for this official. Not a secret: the sandbox is offline. */
  token: string;
}

/** Every official, in a stable order. */
export const officials: readonly Official[] = Object.freeze([
  {
    id: 'official-hoan-kiem',
    fullName: 'Phạm Thị Lan',
    agencyId: 'SBX.UB.00070.T01',
    department: 'Bộ phận Một cửa Phường Hoàn Kiếm',
    role: 'reception',
    description: {
      vi: 'Cán bộ một cửa Ủy ban nhân dân Phường Hoàn Kiếm: hộ tịch, hộ kinh doanh.',
      en: 'One-stop officer of the People’s Committee of Phường Hoàn Kiếm: civil status, household businesses.',
    },
    token: 'sandbox-official-hoan-kiem',
  },
  {
    id: 'official-ca-hoan-kiem',
    fullName: 'Đỗ Minh Tuấn',
    agencyId: 'SBX.CA.00070.T01',
    department: 'Công an Phường Hoàn Kiếm - Tổ cư trú',
    role: 'specialist',
    description: {
      vi: 'Cán bộ Công an Phường Hoàn Kiếm: đăng ký cư trú.',
      en: 'Officer of the Police of Phường Hoàn Kiếm: residence registration.',
    },
    token: 'sandbox-official-ca-hoan-kiem',
  },
  {
    id: 'official-ca-ha-noi',
    fullName: 'Vũ Thu Hà',
    agencyId: 'SBX.CA.00.T01',
    department: 'Phòng Hồ sơ nghiệp vụ - Công an Thành phố Hà Nội',
    role: 'specialist',
    description: {
      vi: 'Cán bộ Phòng Hồ sơ nghiệp vụ Công an Thành phố Hà Nội: lý lịch tư pháp.',
      en: 'Officer of the records department of the Hà Nội police: judicial record certificates.',
    },
    token: 'sandbox-official-ca-ha-noi',
  },
  {
    id: 'official-ben-thanh',
    fullName: 'Huỳnh Văn Phúc',
    agencyId: 'SBX.UB.26743.T79',
    department: 'Bộ phận Một cửa Phường Bến Thành',
    role: 'reception',
    description: {
      vi: 'Cán bộ một cửa Ủy ban nhân dân Phường Bến Thành (TP Hồ Chí Minh): một cơ quan khác.',
      en: 'One-stop officer of the People’s Committee of Phường Bến Thành (Hồ Chí Minh City): another agency.',
    },
    token: 'sandbox-official-ben-thanh',
  },
] satisfies Official[]);

/** The official with `id`, or `undefined`. */
export function getOfficial(id: string): Official | undefined {
  return officials.find((o) => o.id === id);
}
