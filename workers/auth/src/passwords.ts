import type { PASSWORD_ALGORITHMS } from "#shared/db/identity";
import { base64, fromBase64, randomBytes, timingSafeEqual } from "./digests";

/**
 * Password hashing: PBKDF2-SHA256 through WebCrypto, a random 16-byte salt per user, and 100,000
 * iterations, the most a production Worker may ask for in one derivation. The parameters are
 * stored with each hash, so raising them later only changes `PASSWORD_HASHING`: old hashes still
 * verify, and are replaced on the user's next sign-in.
 */
export const PASSWORD_HASHING = {
  algorithm: "pbkdf2-sha256",
  iterations: 100_000,
  saltBytes: 16,
  hashBits: 256,
} as const satisfies { algorithm: (typeof PASSWORD_ALGORITHMS)[number]; [k: string]: unknown };

export interface PasswordHash {
  algorithm: (typeof PASSWORD_ALGORITHMS)[number];
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

const encoder = new TextEncoder();

/**
 * The same password typed on two keyboards can reach us as different code points (a composed or
 * decomposed é); NFKC makes them one before anything is derived from it.
 */
export const normalizePassword = (password: string): string => password.normalize("NFKC");

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(normalizePassword(password)), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, PASSWORD_HASHING.hashBits);
  return new Uint8Array(bits);
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(PASSWORD_HASHING.saltBytes);
  const hash = await derive(password, salt, PASSWORD_HASHING.iterations);
  return { algorithm: PASSWORD_HASHING.algorithm, iterations: PASSWORD_HASHING.iterations, salt: base64(salt), hash: base64(hash) };
}

/** Stands in for the account of an unknown email, so answering about it costs one full derivation too. */
const DUMMY: PasswordHash = {
  algorithm: PASSWORD_HASHING.algorithm,
  iterations: PASSWORD_HASHING.iterations,
  salt: base64(new Uint8Array(PASSWORD_HASHING.saltBytes)),
  hash: base64(new Uint8Array(PASSWORD_HASHING.hashBits / 8)),
};

/**
 * Whether `password` matches `stored`. With no stored hash (no such account) the derivation runs
 * anyway against a dummy and the answer is no: an unknown email and a wrong password take the
 * same time.
 */
export async function verifyPassword(password: string, stored: PasswordHash | null): Promise<boolean> {
  const against = stored ?? DUMMY;
  const derived = await derive(password, fromBase64(against.salt), against.iterations);
  const matches = timingSafeEqual(derived, fromBase64(against.hash));
  return stored !== null && matches;
}

/** A hash made with weaker parameters than today's, to be replaced while the password is at hand. */
export function needsRehash(stored: PasswordHash): boolean {
  return stored.algorithm !== PASSWORD_HASHING.algorithm || stored.iterations < PASSWORD_HASHING.iterations;
}
