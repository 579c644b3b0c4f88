/** The sandbox's fake personas: valid-looking identifiers that belong to no one. */

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

const persona = (p: FakePersona): FakePersona => p;

/** The personas, by name. */
export const personas = {
  an: persona({
    id: 'citizen-an',
    token: 'sandbox-citizen-an',
    fullName: 'Nguyễn Văn An',
    kind: 'citizen',
    personalId: '001090012345',
  }),
  hoa: persona({
    id: 'citizen-hoa',
    token: 'sandbox-citizen-hoa',
    fullName: 'Trần Thị Hoa',
    kind: 'citizen',
    personalId: '001195012346',
  }),
  binh: persona({
    id: 'citizen-binh',
    token: 'sandbox-citizen-binh',
    fullName: 'Lê Văn Bình',
    kind: 'citizen',
    personalId: '079088001234',
  }),
  hoaSen: persona({
    id: 'enterprise-hoa-sen',
    token: 'sandbox-enterprise-hoa-sen',
    fullName: 'Công ty TNHH Thương mại Hoa Sen',
    kind: 'enterprise',
    taxCode: '0100109106',
  }),
} as const;

/** The sandbox official's token, for `/v1/sandbox/*` controls. */
export const ADMIN_TOKEN = 'sandbox-admin';

/** The sandbox's built-in OAuth clients. */
export const sandboxClients = {
  /** The public PKCE client; any localhost redirect URI. */
  portal: { clientId: 'sandbox-portal' },
  /** The confidential client-credentials client (its secret is not a secret: the sandbox is offline). */
  server: { clientId: 'sandbox-server', clientSecret: 'sandbox-server-secret' },
} as const;
