#!/usr/bin/env node
// Makes an existing account an admin, straight in D1 `identity`: how the first admin comes to be
// (after that, admins grant roles with PATCH /api/v1/auth/users/{id}). Register the account
// through the API or the web app first, then:
//
//   node workers/auth/scripts/grant-admin.mjs ada@example.org             local state (.wrangler/state, as npm start uses)
//   node workers/auth/scripts/grant-admin.mjs ada@example.org --remote    the Cloudflare database
//
// New roles reach the account's access tokens at its next sign-in or refresh.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { root, stateDir, wrangler } from "../../../scripts/workers.mjs";

const args = process.argv.slice(2);
const email = args
  .find((a) => !a.startsWith("--"))
  ?.trim()
  .toLowerCase();
const remote = args.includes("--remote");
const persistAt = args.indexOf("--persist-to");
const persistTo = persistAt >= 0 ? args[persistAt + 1] : stateDir;

// Addresses are matched as stored (trimmed, lower-cased); anything unusual is refused rather than
// escaped, since the SQL goes to wrangler as text.
if (!email || !/^[^\s'"\\;@]+@[^\s'"\\;@]+\.[^\s'"\\;@]+$/.test(email)) {
  console.error("Usage: node workers/auth/scripts/grant-admin.mjs <email> [--remote]");
  process.exit(2);
}

function d1(sql) {
  const target = remote ? ["--remote"] : ["--local", "--persist-to", persistTo];
  const result = spawnSync(
    wrangler,
    ["d1", "execute", "openpolicy-identity", ...target, "-c", join(root, "workers", "auth", "wrangler.toml"), "--json", "--command", sql],
    { cwd: root, encoding: "utf8", env: { ...process.env, CI: "1" } },
  );
  if (result.status !== 0) {
    console.error(result.stderr || result.stdout);
    process.exit(result.status ?? 1);
  }
  return JSON.parse(result.stdout);
}

const [found] = d1(`SELECT id, disabled_at FROM users WHERE email_normalized = '${email}'`);
const user = found?.results?.[0];
if (!user) {
  console.error(`No account for ${email}${remote ? "" : " in local state"}: register it first (POST /api/v1/auth/register).`);
  process.exit(1);
}
d1(`INSERT INTO user_roles (user_id, role) VALUES ('${user.id}', 'admin') ON CONFLICT (user_id, role) DO NOTHING`);
const [roles] = d1(`SELECT group_concat(role) AS roles FROM user_roles WHERE user_id = '${user.id}'`);
console.log(`${email} (${user.id}) now has the roles: ${roles.results[0].roles}${user.disabled_at ? " (the account is disabled)" : ""}`);
