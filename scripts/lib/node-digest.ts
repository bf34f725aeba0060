/**
 * WebCrypto's SHA digests computed by node:crypto on the spot, for the build's process (scripts/build.ts).
 *
 * Astro hashes each page's script and style elements for its Content-Security-Policy `<meta>` with
 * `crypto.subtle.digest`, about eight times a page (an external stylesheet counts as an empty style). Each call is
 * a round trip through libuv's thread pool, which is busy writing pages: 117,000 calls took 8.5 s against 0.3 s
 * with `createHash` (docs/scaling.md). The bytes are the same; other algorithms go to WebCrypto as before.
 */
import { createHash } from 'node:crypto';

const nodeNames: Record<string, string> = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

/** Replaces `subtle.digest` with one that answers SHA-1/256/384/512 itself. */
export function digestWithNode(subtle: SubtleCrypto): void {
  const webDigest = subtle.digest.bind(subtle);
  subtle.digest = (algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer> => {
    const name = nodeNames[(typeof algorithm === 'string' ? algorithm : algorithm.name).toUpperCase()];
    if (!name) return webDigest(algorithm, data);
    const bytes = ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);
    const digest = createHash(name).update(bytes).digest();
    return Promise.resolve(digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength));
  };
}
