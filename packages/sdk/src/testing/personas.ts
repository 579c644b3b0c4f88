/**
 * The sandbox's fake personas, tokens and OAuth clients, taken from `@dvc-kit/sandbox` itself (one
 * home: the kit never holds a copy that could drift from what the sandbox accepts).
 */
import {
  oauthClients,
  officials as sandboxOfficials,
  personas as sandboxPersonas,
  SANDBOX_ADMIN_TOKEN,
  type Persona,
} from '@dvc-kit/sandbox';

/** A persona of the sandbox. */
export interface FakePersona {
  /** The persona id (`login_hint`). */
  readonly id: string;
  /** Its fixed bearer token, accepted only by the sandbox. */
  readonly token: string;
  /** The name on the persona's profile. */
  readonly fullName: string;
  /** A citizen or an enterprise (applicant type 1 or 2). */
  readonly kind: 'citizen' | 'enterprise';
  /** The CCCD of a citizen. */
  readonly personalId?: string;
  /** The tax code of an enterprise. */
  readonly taxCode?: string;
}

function persona(id: string): FakePersona {
  const found: Persona | undefined = sandboxPersonas.find((p) => p.id === id);
  if (found === undefined) throw new Error(`The sandbox has no persona ${id}.`);
  const { personalId, taxCode, fullName } = found.profile;
  return {
    id,
    token: found.token,
    fullName,
    kind: found.accountType === 'enterprise' ? 'enterprise' : 'citizen',
    ...(personalId === undefined ? {} : { personalId }),
    ...(taxCode === undefined ? {} : { taxCode }),
  };
}

/** The personas, by name. */
export const personas = {
  an: persona('citizen-an'),
  hoa: persona('citizen-hoa'),
  binh: persona('citizen-binh'),
  hoaSen: persona('enterprise-hoa-sen'),
} as const;

/** An official of the sandbox: processes the dossiers of one agency (`client.agency`). */
export interface FakeOfficial {
  /** The official id (`login_hint`). */
  readonly id: string;
  /** Its fixed bearer token, accepted only by the sandbox. */
  readonly token: string;
  readonly fullName: string;
  /** The agency it works for. */
  readonly agencyId: string;
  readonly department: string;
}

function official(id: string): FakeOfficial {
  const found = sandboxOfficials.find((o) => o.id === id);
  if (found === undefined) throw new Error(`The sandbox has no official ${id}.`);
  const { token, fullName, agencyId, department } = found;
  return { id, token, fullName, agencyId, department };
}

/** The officials, by name: three agencies of Hà Nội's demo commune and city, and one in TP Hồ Chí Minh. */
export const officials = {
  hoanKiem: official('official-hoan-kiem'),
  caHoanKiem: official('official-ca-hoan-kiem'),
  caHaNoi: official('official-ca-ha-noi'),
  benThanh: official('official-ben-thanh'),
} as const;

/** The sandbox official's token, for `/v1/sandbox/*` controls. */
export const ADMIN_TOKEN: string = SANDBOX_ADMIN_TOKEN;

function oauthClient(id: string): { readonly clientId: string; readonly clientSecret: string | undefined } {
  const found = oauthClients.find((c) => c.id === id);
  if (found === undefined) throw new Error(`The sandbox has no OAuth client ${id}.`);
  return { clientId: found.id, clientSecret: found.secret };
}

const server = oauthClient('sandbox-server');

function confidential(id: string): { readonly clientId: string; readonly clientSecret: string } {
  const client = oauthClient(id);
  return { clientId: client.clientId, clientSecret: client.clientSecret ?? '' };
}

/** The sandbox's built-in OAuth clients. */
export const sandboxClients = {
  /** The public PKCE client; any localhost redirect URI. */
  portal: { clientId: oauthClient('sandbox-portal').clientId },
  /** The confidential client-credentials client (its secret is not a secret: the sandbox is offline). */
  server: { clientId: server.clientId, clientSecret: server.clientSecret ?? '' },
  /** The agency system of UBND Phường Hoàn Kiếm (`SBX.UB.00070.T01`): scopes `agency.read agency.write webhooks`. */
  agencyHoanKiem: confidential('sandbox-agency-hoan-kiem'),
  /** The agency system of UBND Phường Bến Thành (`SBX.UB.26743.T79`), another agency. */
  agencyBenThanh: confidential('sandbox-agency-ben-thanh'),
} as const;
