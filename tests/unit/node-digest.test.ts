/**
 * The build's SHA digests (scripts/lib/node-digest.ts) are WebCrypto's, byte for byte: the pages'
 * Content-Security-Policy hashes must match what the browser computes from the same scripts and styles.
 */
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestWithNode } from '../../scripts/lib/node-digest.ts';

const patched = Object.create(webcrypto.subtle) as SubtleCrypto;
digestWithNode(patched);
const encode = (text: string) => new TextEncoder().encode(text);
const texts = ['', "document.documentElement.dataset.theme = 'dark';", '客服案例库 · 退款'.repeat(500)];

describe('digests computed by node:crypto in the build', () => {
  it('equal WebCrypto for every SHA the policy may use, for strings and buffers as Astro passes them', async () => {
    for (const algorithm of ['SHA-256', 'SHA-384', 'SHA-512', { name: 'sha-256' }] as const)
      for (const text of texts) {
        const expected = new Uint8Array(await webcrypto.subtle.digest(algorithm, encode(text)));
        expect(new Uint8Array(await patched.digest(algorithm, encode(text)))).toEqual(expected);
        expect(new Uint8Array(await patched.digest(algorithm, encode(text).buffer))).toEqual(expected);
      }
  });

  it('reads only the view it is given, not the rest of its buffer', async () => {
    const whole = encode('前缀script正文后缀');
    const view = whole.subarray(6, 18);
    expect(new Uint8Array(await patched.digest('SHA-256', view))).toEqual(
      new Uint8Array(await webcrypto.subtle.digest('SHA-256', view.slice())),
    );
  });
});
