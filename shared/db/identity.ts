import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * D1 `identity`: accounts for the auth service. Nothing secret is stored in a form that
 * can be used as is: passwords as PBKDF2 hashes, refresh/one-time tokens and API keys as SHA-256
 * hashes. Access-token signing keys are not here at all: they are a Worker secret of the auth
 * service (`AUTH_SIGNING_KEYS`), and the JWKS is derived from it. Timestamps are ISO-8601 UTC
 * text (`2024-04-19T14:05:00.000Z`), which compares correctly as text.
 */

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const ROLES = ["citizen", "analyst", "admin", "service"] as const;
export const PASSWORD_ALGORITHMS = ["pbkdf2-sha256"] as const;
export const ONE_TIME_PURPOSES = ["password_reset", "email_verification"] as const;
export const THROTTLE_SCOPES = ["account_client", "account", "client"] as const;
export const SESSION_REVOKE_REASONS = ["logout", "revoked_by_user", "reuse_detected", "password_reset", "user_disabled", "admin"] as const;

/**
 * A person with an account. The email is kept as typed for display and, lower-cased and trimmed,
 * in `email_normalized`, which is what login looks up and what makes addresses unique.
 */
export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull(),
  emailNormalized: text("email_normalized").notNull().unique(),
  /** base64 of the derived key. */
  passwordHash: text("password_hash").notNull(),
  /** base64 of the per-user random salt. */
  passwordSalt: text("password_salt").notNull(),
  /** Parameters live with the hash so they can be raised later and old hashes still verify. */
  passwordAlgorithm: text("password_algorithm", { enum: PASSWORD_ALGORITHMS }).notNull(),
  passwordIterations: integer("password_iterations").notNull(),
  passwordChangedAt: text("password_changed_at").notNull().default(now),
  /** How the user wants to be addressed; optional. */
  displayName: text("display_name"),
  /** Language for emails sent to the user. */
  locale: text("locale", { enum: ["en", "fr"] })
    .notNull()
    .default("en"),
  emailVerifiedAt: text("email_verified_at"),
  /** Set by an admin: new tokens are refused and refresh fails from this moment. */
  disabledAt: text("disabled_at"),
  lastLoginAt: text("last_login_at"),
  /**
   * When the owner was last told that someone tried to register with their address; such notices
   * go out at most once an hour, so registering over and over cannot flood an inbox.
   */
  registerNoticeAt: text("register_notice_at"),
  createdAt: text("created_at").notNull().default(now),
  updatedAt: text("updated_at").notNull().default(now),
});

/** Role grants; every account gets `citizen`, admins add `analyst` or `admin`. */
export const userRoles = sqliteTable(
  "user_roles",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    grantedAt: text("granted_at").notNull().default(now),
    /** The admin who granted it; null for the default grant at registration. */
    grantedBy: text("granted_by").references((): AnySQLiteColumn => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] }), check("user_roles_role", sql.raw(`role IN (${ROLES.map((r) => `'${r}'`).join(", ")})`))],
);

/**
 * A signed-in device: one refresh-token family. `GET /auth/sessions` lists these and
 * `DELETE /auth/sessions/{id}` revokes one (its whole family).
 */
export const sessions = sqliteTable(
  "sessions",
  {
    /** The family id every refresh token of this device carries. */
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    userAgent: text("user_agent"),
    /** A label the client may send (`Pixel 8`, `Firefox on Linux`). */
    deviceName: text("device_name"),
    createdAt: text("created_at").notNull().default(now),
    lastUsedAt: text("last_used_at").notNull().default(now),
    /** Absolute end of the family: rotation never extends past it. */
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
    revokedReason: text("revoked_reason", { enum: SESSION_REVOKE_REASONS }),
  },
  (t) => [index("sessions_user").on(t.userId, t.revokedAt), index("sessions_expires").on(t.expiresAt)],
);

/**
 * Every refresh token ever issued, stored as a hash. Each use rotates it: the old row gets
 * `used_at` and `replaced_by`; presenting a token that already has `used_at` is reuse, and the
 * whole family (session) is revoked.
 */
export const refreshTokens = sqliteTable(
  "refresh_tokens",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    /** SHA-256 of the opaque token, base64url. */
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: text("created_at").notNull().default(now),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
    replacedBy: text("replaced_by").references((): AnySQLiteColumn => refreshTokens.id, { onDelete: "set null" }),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("refresh_tokens_session").on(t.sessionId), index("refresh_tokens_expires").on(t.expiresAt)],
);

/**
 * Failed-login counters, in a fixed window: per account and client address (`account_client`),
 * per account across all addresses (`account`, a slower budget) and per client address across
 * accounts (`client`). The key is a digest (of the normalised email, the client address or both),
 * so unknown emails are throttled exactly like real ones and this table lists no addresses.
 */
export const loginThrottles = sqliteTable(
  "login_throttles",
  {
    scope: text("scope", { enum: THROTTLE_SCOPES }).notNull(),
    key: text("key").notNull(),
    failures: integer("failures").notNull().default(0),
    windowStartedAt: text("window_started_at").notNull(),
    lastFailureAt: text("last_failure_at"),
    lockedUntil: text("locked_until"),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index("login_throttles_window").on(t.windowStartedAt)],
);

/**
 * The client addresses each account has signed in from: the digest of (normalised email, address),
 * the same key as the pair's `account_client` throttle, and when the last sign-in from there was.
 * Once an account's failure budget is spent, only these addresses may still sign in to it, so a
 * stranger who spends it cannot lock the owner out of the places they use.
 */
export const knownClients = sqliteTable("known_clients", {
  key: text("key").primaryKey(),
  lastSignedInAt: text("last_signed_in_at").notNull(),
});

/** Single-use tokens sent by email (password reset, email verification), stored as hashes. */
export const oneTimeTokens = sqliteTable(
  "one_time_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ONE_TIME_PURPOSES }).notNull(),
    /** SHA-256 of the emailed token, base64url. */
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: text("created_at").notNull().default(now),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
  },
  (t) => [index("one_time_tokens_user").on(t.userId, t.purpose)],
);

/**
 * API keys for consumers: shown once, stored as a hash, found by their visible prefix. The tier
 * names a rate-limit tier defined in config, so it is free text rather than a fixed list.
 */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    /** The first characters of the key, shown in listings and used to find the row. */
    prefix: text("prefix").notNull().unique(),
    /** SHA-256 of the whole key, base64url. */
    keyHash: text("key_hash").notNull().unique(),
    tier: text("tier").notNull().default("free"),
    ownerUserId: text("owner_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: text("created_at").notNull().default(now),
    expiresAt: text("expires_at"),
    revokedAt: text("revoked_at"),
    lastUsedAt: text("last_used_at"),
  },
  (t) => [index("api_keys_owner").on(t.ownerUserId)],
);

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserRoleRow = typeof userRoles.$inferSelect;
export type NewUserRole = typeof userRoles.$inferInsert;
export type Role = (typeof ROLES)[number];
export type AuthSessionRow = typeof sessions.$inferSelect;
export type NewAuthSession = typeof sessions.$inferInsert;
export type RefreshTokenRow = typeof refreshTokens.$inferSelect;
export type NewRefreshToken = typeof refreshTokens.$inferInsert;
export type LoginThrottleRow = typeof loginThrottles.$inferSelect;
export type NewLoginThrottle = typeof loginThrottles.$inferInsert;
export type KnownClientRow = typeof knownClients.$inferSelect;
export type OneTimeTokenRow = typeof oneTimeTokens.$inferSelect;
export type NewOneTimeToken = typeof oneTimeTokens.$inferInsert;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type NewApiKey = typeof apiKeys.$inferInsert;
