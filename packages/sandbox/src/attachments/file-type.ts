/**
 * The real type of an uploaded file, from its first bytes (magic numbers), for the types document
 * components accept. The type the client declares is never trusted.
 */

const SIGNATURES: readonly { type: string; magic: readonly number[] }[] = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** The MIME type `bytes` start like, or `undefined` when it is none of PDF, PNG and JPEG. */
export function sniffFileType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(({ magic }) => magic.every((byte, i) => bytes[i] === byte))?.type;
}
