import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { hasRole, type Role } from "#shared/auth/roles";
import { ROUTES, type RouteEntry } from "#shared/service/routes";
import { gateway, readProblem } from "./helpers";
import type { Schema } from "../web/src/api/operations";

/**
 * The role × route matrix: every entry of the gateway's route table, called by every kind of
 * caller, through the real auth service (accounts registered and signed in over HTTP, roles set
 * by an admin's PATCH, an API key minted by its owner).
 */

type CallerName = "anonymous" | "citizen" | "analyst" | "admin" | "api key";
const credentials: Record<CallerName, Record<string, string>> = { anonymous: {}, citizen: {}, analyst: {}, admin: {}, "api key": {} };
const rolesOf: Record<CallerName, Role[]> = { anonymous: [], citizen: ["citizen"], analyst: ["analyst"], admin: ["admin"], "api key": ["citizen"] };

const auth = (path: string, init: RequestInit = {}) =>
  gateway(`/api/v1/auth${path}`, { ...init, headers: { "content-type": "application/json", ...(init.headers ?? {}) } });

async function signUp(role: Exclude<Role, "service">): Promise<string> {
  const email = `${role}-${crypto.randomUUID()}@example.org`;
  const password = `Correct horse battery ${crypto.randomUUID()}`;
  expect((await auth("/register", { method: "POST", body: JSON.stringify({ email, password }) })).status).toBeLessThan(300);
  if (role !== "citizen") {
    // The first admin is made outside the API (see workers/auth/README.md); roles are then set in D1.
    await env.IDENTITY.prepare("INSERT OR IGNORE INTO user_roles (user_id, role) SELECT id, ? FROM users WHERE email_normalized = ?")
      .bind(role, email.toLowerCase())
      .run();
  }
  const login = await auth("/login", { method: "POST", body: JSON.stringify({ email, password }) });
  expect(login.status).toBe(200);
  return ((await login.json()) as Schema<"TokenResponse">).access_token;
}

beforeAll(async () => {
  for (const role of ["citizen", "analyst", "admin"] as const) credentials[role] = { authorization: `Bearer ${await signUp(role)}` };
  const created = await auth("/api-keys", { method: "POST", headers: credentials.citizen, body: JSON.stringify({ name: "matrix" }) });
  expect(created.status).toBe(201);
  credentials["api key"] = { "x-api-key": ((await created.json()) as Schema<"CreatedApiKey">).key };
});

/** A concrete path under an entry's prefix, and a method it takes. */
function call(entry: RouteEntry): { method: string; path: string } {
  const method = entry.methods?.[0] ?? "GET";
  return { method, path: entry.prefix };
}

const cases = ROUTES.flatMap((entry) =>
  (Object.keys(credentials) as CallerName[]).map((caller) => [`${caller} → ${call(entry).method} ${entry.prefix} (${entry.access})`, entry, caller] as const),
);

describe("the route table's access rules", () => {
  it.each(cases)("%s", async (_, entry, caller) => {
    const { method, path } = call(entry);
    const response = await gateway(path, {
      method,
      headers: { ...credentials[caller], ...(method === "GET" || method === "HEAD" ? {} : { "content-type": "application/json" }) },
      ...(method === "GET" || method === "HEAD" ? {} : { body: "{}" }),
    });
    if (entry.access === "public") {
      expect([401, 403]).not.toContain(response.status);
    } else if (caller === "anonymous") {
      expect(response.status).toBe(401);
      expect((await readProblem(response)).detail).toContain(`${entry.access} role`);
    } else if (hasRole(rolesOf[caller], entry.access)) {
      expect([401, 403]).not.toContain(response.status);
    } else {
      expect(response.status).toBe(403);
      expect((await readProblem(response)).detail).toContain(`requires the ${entry.access} role`);
    }
  });
});
