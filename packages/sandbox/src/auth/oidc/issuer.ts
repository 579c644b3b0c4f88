/** The OpenID Connect issuer of the sandbox: its public origin (never the `Host` header), then `/v1/auth`. */

/** The issuer of the sandbox whose public origin (or any URL on it) is `url`. */
export function issuerFor(url: string): string {
  return `${new URL(url).origin}/v1/auth`;
}
