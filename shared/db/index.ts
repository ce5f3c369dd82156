import { drizzle } from "drizzle-orm/d1";
import * as civic from "./civic";
import * as identity from "./identity";
import * as platform from "./platform";

/**
 * The one way Workers reach D1: a drizzle client over the binding, typed by that database's
 * schema. Hand-written SQL (FTS, bulk upserts) goes through `db.$client` or the binding itself,
 * always with bound parameters.
 */
export const civicDb = (binding: D1Database) => drizzle(binding, { schema: civic });
export const identityDb = (binding: D1Database) => drizzle(binding, { schema: identity });
export const platformDb = (binding: D1Database) => drizzle(binding, { schema: platform });

export type CivicDb = ReturnType<typeof civicDb>;
export type IdentityDb = ReturnType<typeof identityDb>;
export type PlatformDb = ReturnType<typeof platformDb>;

/** What a read needs of a D1 database or a session of one: statements and batches. */
export type D1Reader = Pick<D1Database, "prepare" | "batch">;

/**
 * A session whose reads any read replica may serve (D1 read replication, the Sessions API): its
 * first query goes to the nearest copy, and later ones see at least what it saw. For reads that
 * tolerate data a few seconds old, such as search; a database without replicas, and local D1,
 * answer from the primary.
 */
export const nearestReplica = (db: D1Database): D1DatabaseSession => db.withSession("first-unconstrained");

/** ISO-8601 UTC with milliseconds, the platform's one timestamp format. */
export const isoNow = (): string => new Date().toISOString();

/** `db.batch()` takes a non-empty tuple; this states a list is one (callers check it is). */
export function nonEmpty<T>(items: T[]): [T, ...T[]] {
  if (items.length === 0) throw new Error("a D1 batch needs at least one statement");
  return items as [T, ...T[]];
}
