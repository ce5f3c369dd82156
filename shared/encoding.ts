import { base64url as jose } from "jose";

/**
 * Bytes as text, one way each: URL-safe base64 (jose's, as JWTs use it) for cursors, ids and
 * tokens; plain base64 where a stored format needs it; lower-case hex for digests.
 */
export const base64url = (bytes: Uint8Array): string => jose.encode(bytes);

/** Throws on text that is not base64url; callers turn that into their own 400. */
export const fromBase64url = (text: string): Uint8Array => jose.decode(text);

export function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

export const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
