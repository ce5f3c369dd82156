import { defineConfig } from "drizzle-kit";

/**
 * One drizzle-kit config for the three D1 databases, chosen by `DB`:
 *
 *   DB=civic npx drizzle-kit generate --name <what_changed>
 *
 * Schema `shared/db/<db>.ts`, migrations `migrations/<db>/NNNN_<name>.sql` (flat, as wrangler
 * applies them; drizzle-kit's `meta/` snapshots sit beside them and wrangler ignores the folder).
 * Hand-written SQL (FTS5 tables and triggers) goes in `generate --custom --name <name>`.
 */
const DATABASES = ["civic", "identity", "platform"] as const;
type Database = (typeof DATABASES)[number];

const db = process.env.DB;
if (!DATABASES.includes(db as Database)) {
  throw new Error(`Set DB to one of ${DATABASES.join(", ")} (got ${db === undefined ? "nothing" : JSON.stringify(db)}).`);
}

export default defineConfig({
  dialect: "sqlite",
  schema: `./shared/db/${db}.ts`,
  out: `./migrations/${db}`,
  migrations: { prefix: "index" },
  breakpoints: true,
  strict: true,
  verbose: true,
});
