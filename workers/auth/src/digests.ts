/**
 * Random secrets and their digests. Tokens handed to clients (refresh, one-time, API keys) are
 * stored only as SHA-256 digests: they are long random values, so a fast hash is enough, and a
 * leaked table yields nothing usable.
 */

import { base64url } from "#shared/encoding";

export { base64, base64url, fromBase64 } from "#shared/encoding";

const encoder = new TextEncoder();

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** 256 random bits, base64url: the opaque refresh and one-time tokens. */
export const randomToken = (): string => base64url(randomBytes(32));

const ALPHANUMERIC = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * Random characters from `alphabet` without modulo bias (bytes past the largest multiple of the
 * alphabet's size are drawn again), for API keys a double click selects whole.
 */
export function randomString(length: number, alphabet = ALPHANUMERIC): string {
  const limit = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      if (b < limit && out.length < length) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

export async function sha256(value: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(value))));
}

/**
 * Compares two digests in time that does not depend on where they differ (workerd's
 * `crypto.subtle.timingSafeEqual`, which throws on unequal lengths instead of answering).
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && crypto.subtle.timingSafeEqual(a, b);
}
