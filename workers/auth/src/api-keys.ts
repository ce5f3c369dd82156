import { and, eq, gt, isNotNull, isNull, lte, or } from "drizzle-orm";
import { identityDb, isoNow } from "#shared/db/index";
import { apiKeys, users, type ApiKeyRow } from "#shared/db/identity";
import type { ApiKeyGrant } from "#shared/auth/rpc";
import { randomString, sha256, timingSafeEqual } from "./digests";
import { rolesOf } from "./accounts";

/**
 * API keys look like `op_<prefix>_<secret>`: `op_` lets the gateway (and secret scanners) tell a
 * key from an access token; the prefix is shown in listings and finds the row; the secret (40
 * alphanumerics, ~238 bits) is shown once and only its SHA-256 digest is kept.
 */
export const API_KEY = {
  pattern: /^op_([a-z0-9]{8})_([A-Za-z0-9]{40})$/,
  tiers: ["free", "partner"] as const,
  /** Tiers only an admin may grant. */
  adminTiers: ["partner"] as const,
  /** Active keys one account may hold. */
  maxActivePerUser: 20,
  /** `last_used_at` is written at most this often, so busy keys do not cost a write per request. */
  touchEverySeconds: 60,
} as const;

export type ApiKeyTier = (typeof API_KEY.tiers)[number];

const LOWER_ALPHANUMERIC = "0123456789abcdefghijklmnopqrstuvwxyz";

export async function mintApiKey(): Promise<{ key: string; prefix: string; keyHash: string }> {
  const prefix = `op_${randomString(8, LOWER_ALPHANUMERIC)}`;
  const key = `${prefix}_${randomString(40)}`;
  return { key, prefix, keyHash: await sha256(key) };
}

export const API_KEY_STATUSES = ["active", "revoked", "expired"] as const;
export type ApiKeyStatus = (typeof API_KEY_STATUSES)[number];

export function statusOf(key: Pick<ApiKeyRow, "revokedAt" | "expiresAt">, now = isoNow()): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && key.expiresAt <= now) return "expired";
  return "active";
}

/** The SQL condition for keys in a status at `now`, matching `statusOf`. */
export function keysWithStatus(status: ApiKeyStatus, now: string) {
  if (status === "revoked") return isNotNull(apiKeys.revokedAt);
  if (status === "expired") return and(isNull(apiKeys.revokedAt), lte(apiKeys.expiresAt, now));
  return and(isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now)));
}

const encoder = new TextEncoder();

/**
 * The grant of a presented key, for the gateway: null when the key is malformed, unknown,
 * revoked, expired, or its owner is disabled. The owner's roles are read now, so a withdrawn role
 * or a disabled owner counts at the next resolution.
 */
export async function resolveApiKey(db: D1Database, presented: string, waitUntil: (p: Promise<unknown>) => void): Promise<ApiKeyGrant | null> {
  const match = API_KEY.pattern.exec(presented);
  if (!match) return null;
  const d = identityDb(db);
  const [found] = await d
    .select({ key: apiKeys, ownerDisabledAt: users.disabledAt })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.ownerUserId))
    .where(eq(apiKeys.prefix, `op_${match[1]}`));
  if (!found) return null;
  const { key, ownerDisabledAt } = found;
  if (!timingSafeEqual(encoder.encode(await sha256(presented)), encoder.encode(key.keyHash))) return null;
  const now = isoNow();
  if (statusOf(key, now) !== "active" || ownerDisabledAt) return null;

  if (!key.lastUsedAt || Date.parse(key.lastUsedAt) < Date.now() - API_KEY.touchEverySeconds * 1000) {
    waitUntil(d.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, key.id)).run());
  }
  return { keyId: key.id, userId: key.ownerUserId, roles: await rolesOf(db, key.ownerUserId), tier: key.tier, expiresAt: key.expiresAt };
}
