/** A multipart/form-data body built by hand, so its size is known and its upload can be counted. */

/** The body and its content type. */
export interface Multipart {
  readonly body: Blob;
  readonly contentType: string;
}

const quote = (value: string): string => value.replace(/["\r\n\\]/g, (c) => encodeURIComponent(c));

/** Encodes text fields and one file. */
export function multipart(
  fields: Readonly<Record<string, string>>,
  file: { name: string; blob: Blob },
): Multipart {
  const boundary = `dvc-${crypto.getRandomValues(new Uint32Array(4)).join('-')}`;
  const parts: BlobPart[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`);
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quote(file.name)}"\r\n` +
      `Content-Type: ${file.blob.type || 'application/octet-stream'}\r\n\r\n`,
    file.blob,
    `\r\n--${boundary}--\r\n`,
  );
  return { body: new Blob(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A fresh stream of `blob` that reports how many bytes were read. */
export function countingStream(blob: Blob, onProgress: (loaded: number) => void): ReadableStream<Uint8Array> {
  let loaded = 0;
  return blob.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        onProgress(loaded);
        controller.enqueue(chunk);
      },
    }),
  );
}

/** The SHA-256 of `blob`, lowercase hex. */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
