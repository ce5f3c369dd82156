import { eq } from "drizzle-orm";
import { identityDb } from "#shared/db/index";
import { userRoles, users, type UserRow } from "#shared/db/identity";
import { ROLES, type Role } from "#shared/auth/roles";
import type { PasswordHash } from "./passwords";

/** Addresses are unique and looked up trimmed and lower-cased; the address as typed is kept for display. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export interface Account {
  user: UserRow;
  roles: Role[];
}

const byRank = (a: Role, b: Role) => ROLES.indexOf(a) - ROLES.indexOf(b);

/** Roles from the `group_concat` of a query, in rank order. */
export function parseRoles(list: string | null): Role[] {
  return (list ?? "")
    .split(",")
    .filter((r): r is Role => (ROLES as readonly string[]).includes(r))
    .sort(byRank);
}

export async function rolesOf(db: D1Database, userId: string): Promise<Role[]> {
  const rows = await identityDb(db).select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return rows.map((r) => r.role).sort(byRank);
}

export async function accountById(db: D1Database, userId: string): Promise<Account | null> {
  const [user] = await identityDb(db).select().from(users).where(eq(users.id, userId));
  return user ? { user, roles: await rolesOf(db, user.id) } : null;
}

export async function accountByEmail(db: D1Database, email: string): Promise<Account | null> {
  const [user] = await identityDb(db)
    .select()
    .from(users)
    .where(eq(users.emailNormalized, normalizeEmail(email)));
  return user ? { user, roles: await rolesOf(db, user.id) } : null;
}

export function passwordHashOf(user: UserRow): PasswordHash {
  return { algorithm: user.passwordAlgorithm, iterations: user.passwordIterations, salt: user.passwordSalt, hash: user.passwordHash };
}

/** The `users` columns that hold a password hash and its parameters. */
export function passwordColumns(hash: PasswordHash) {
  return { passwordHash: hash.hash, passwordSalt: hash.salt, passwordAlgorithm: hash.algorithm, passwordIterations: hash.iterations };
}

/** The account as the API shows it (to its owner and to admins). */
export function accountView({ user, roles }: Account) {
  return {
    id: user.id,
    email: user.email,
    display_name: user.displayName,
    locale: user.locale,
    roles,
    email_verified: user.emailVerifiedAt !== null,
    email_verified_at: user.emailVerifiedAt,
    disabled: user.disabledAt !== null,
    disabled_at: user.disabledAt,
    created_at: user.createdAt,
    last_login_at: user.lastLoginAt,
  };
}
