/** What the client needs from an authentication method. */

/** Gives the client an access token, and learns when the API refused one. */
export interface AuthProvider {
  /** The access token to send as `Authorization: Bearer`, refreshed first if it is about to expire. */
  getToken(signal?: AbortSignal): Promise<string | undefined>;
  /**
   * Called once after a 401 with the token that was refused. Resolves to `true` when a new token
   * may work (the request is then sent once more), `false` when not.
   */
  invalidate(token: string): Promise<boolean>;
}
