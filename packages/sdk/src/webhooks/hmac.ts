/** HMAC-SHA256 with a `whsec_` secret, in base64, over WebCrypto (Node 20 and browsers). */

function decodeSecret(secret: string): Uint8Array<ArrayBuffer> {
  const base64 = secret.startsWith('whsec_') ? secret.slice(6) : secret;
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** The base64 HMAC-SHA256 of `message` with the key bytes of `secret`. */
export async function hmacBase64(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    decodeSecret(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(message)));
  let binary = '';
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary);
}
