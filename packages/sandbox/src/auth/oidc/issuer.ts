/** The OpenID Connect issuer of the sandbox: the origin a request was made to, then `/v1/auth`. */

/** The issuer for a request to `url`. */
export function issuerFor(url: string): string {
  return `${new URL(url).origin}/v1/auth`;
}
