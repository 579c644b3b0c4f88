/** The agency side in tests: officials' tokens, agency systems' tokens, counter filing, actions. */
import type { Sandbox } from '@dvc-kit/sandbox';
import { call, type ApiResponse } from './http.js';
import type { Dossier } from './dossiers.js';
import { validBirthData } from './dossiers.js';
import { FORM, formBody, type Tokens } from './oidc.js';

/** The officials' fixed tokens. */
export const HOAN_KIEM = 'sandbox-official-hoan-kiem';
export const BEN_THANH = 'sandbox-official-ben-thanh';

/** An agency dossier as `GET /v1/agency/dossiers/{id}` answers it. */
export interface AgencyDossier {
  dossier: Dossier & Record<string, unknown>;
  history: { status: number; handler: string; department: string; content: string; dueDate: string | null }[];
  attachments: { id: string; fileName: string }[];
}

/** A client-credentials token of the agency system `clientId` (secret `<id>-secret`). */
export async function agencySystemToken(
  sandbox: Pick<Sandbox, 'url'>,
  clientId = 'sandbox-agency-hoan-kiem',
  scope = 'agency.read agency.write',
): Promise<string> {
  const res = await call<Tokens>(sandbox, 'POST', '/v1/auth/token', {
    body: formBody({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: `${clientId}-secret`,
      scope,
    }),
    headers: FORM,
  });
  if (res.status !== 200) throw new Error(`token failed: ${res.text}`);
  return res.body.access_token;
}

/** A birth registration filed at Phường Hoàn Kiếm's counter for citizen-an (status 1). */
export async function filedAtCounter(
  sandbox: Pick<Sandbox, 'url'>,
  as = HOAN_KIEM,
  headers: Record<string, string> = {},
): Promise<ApiResponse<Dossier>> {
  return call<Dossier>(sandbox, 'POST', '/v1/agency/dossiers', {
    as,
    headers,
    json: {
      procedureCode: '1.001193',
      applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345' },
      data: validBirthData(),
    },
  });
}

/** `POST /v1/agency/dossiers/{id}/<action>` as `as`. */
export function act(
  sandbox: Pick<Sandbox, 'url'>,
  id: string,
  action: string,
  json: unknown = {},
  as = HOAN_KIEM,
  headers: Record<string, string> = {},
): Promise<ApiResponse<Dossier>> {
  return call<Dossier>(sandbox, 'POST', `/v1/agency/dossiers/${id}/${action}`, { as, json, headers });
}

/** A valid body of each action (the deadline and date are far in the future of the test clock). */
export const ACTION_BODIES: Record<string, unknown> = {
  receive: {},
  refuse: { reason: 'Hồ sơ không thuộc thẩm quyền.' },
  start: {},
  'request-supplement': {
    items: [{ documentCode: 'GIAY-CHUNG-SINH', description: 'Bản sao giấy chứng sinh.' }],
    deadline: '2030-01-01T00:00:00Z',
  },
  'request-payment': {
    fees: [
      { code: 'LE-PHI-XAC-MINH', name: { vi: 'Lệ phí xác minh', en: 'Verification charge' }, amount: 50000 },
    ],
  },
  extend: { appointmentDate: '2030-01-01T00:00:00Z', reason: 'Cần xác minh thêm.' },
  stop: { reason: 'Công dân không bổ sung hồ sơ.' },
  complete: { resultDocuments: [{ code: 'KQ-GIAY-KHAI-SINH', name: 'Giấy khai sinh' }] },
  return: {},
};
