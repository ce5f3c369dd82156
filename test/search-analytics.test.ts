import { env } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, gateway, readProblem } from "./helpers";
import { asGateway } from "./service-call";
import { client, CORPUS_TIMEOUT_MS, loadCorpus, search } from "./search-corpus";
import type { Schema } from "../web/src/api/operations";

/**
 * Search analytics: each first page of a search is logged to D1 `platform` after the answer, and
 * `GET /api/v1/search/analytics` reports top queries, zero-result queries and latency
 * percentiles to admins only.
 */

const auth = (path: string, init: RequestInit = {}) =>
  gateway(`/api/v1/auth${path}`, { ...init, headers: { "content-type": "application/json", ...(init.headers ?? {}) } });

/** A signed-in caller with this role (the first admin is made in D1, as workers/auth/README.md says). */
async function signUp(role: "citizen" | "admin"): Promise<Record<string, string>> {
  const email = `search-${role}-${crypto.randomUUID()}@example.org`;
  const password = `Correct horse battery ${crypto.randomUUID()}`;
  expect((await auth("/register", { method: "POST", body: JSON.stringify({ email, password }) })).status).toBeLessThan(300);
  if (role === "admin") {
    await env.IDENTITY.prepare("INSERT OR IGNORE INTO user_roles (user_id, role) SELECT id, 'admin' FROM users WHERE email_normalized = ?")
      .bind(email.toLowerCase())
      .run();
  }
  const login = await auth("/login", { method: "POST", body: JSON.stringify({ email, password }) });
  expect(login.status).toBe(200);
  return { authorization: `Bearer ${((await login.json()) as Schema<"TokenResponse">).access_token}` };
}

/** A word that occurs nowhere, different on every run. */
const TAG = `zq${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => String.fromCharCode(97 + (b % 26))).join("")}`;
/** A fixed period in the past that only this file's rows fill. */
const PAST = { from: "2001-02-03", to: "2001-02-03" };

let admin: Record<string, string>;
let citizen: Record<string, string>;

beforeAll(async () => {
  await loadCorpus();
  [admin, citizen] = await Promise.all([signUp("admin"), signUp("citizen")]);
}, CORPUS_TIMEOUT_MS);

afterAll(async () => {
  await env.PLATFORM.prepare("DELETE FROM search_queries WHERE searched_at LIKE '2001-02-03%'").run();
});

type Report = Schema<"SearchAnalytics">;

async function report(query: string, headers = admin): Promise<Report> {
  const response = await client(`/api/v1/search/analytics?${query}`, { headers });
  if (response.status !== 200) throw new Error(`analytics: ${response.status} ${await response.text()}`);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return (await response.json()) as Report;
}

const logged = (query: string) =>
  env.PLATFORM.prepare("SELECT query, filters, results, latency_ms, semantic FROM search_queries WHERE query = ? ORDER BY id")
    .bind(query)
    .all<{ query: string; filters: string; results: number; latency_ms: number; semantic: number }>()
    .then((r) => r.results);

describe("logging", () => {
  it("logs each search's normalised text, filters, result count and latency, once per search, not per page", async () => {
    const q = `"Carbon  Tax" -${TAG.toUpperCase()}`;
    const first = await search({ q, type: "statement", party: "cpc", limit: 5 });
    expect(first.pagination.total).toBeGreaterThan(5);
    await search({ q, type: "statement", party: "cpc", limit: 5, cursor: first.pagination.next_cursor! });
    await search({ q: `"carbon tax" -${TAG}`, type: "statement", party: "cpc", limit: 5 });
    const rows = await eventually(async () => {
      const r = await logged(`"carbon tax" -${TAG}`);
      return r.length >= 2 ? r : undefined;
    });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(JSON.parse(row.filters)).toEqual({ type: "statement", party: "cpc" });
      expect(row.results).toBe(first.pagination.total);
      expect(row.latency_ms).toBeGreaterThanOrEqual(0);
      expect(row.semantic).toBe(0);
    }
  });

  it("logs searches that found nothing, with accents folded", async () => {
    for (const q of [`Économie ${TAG}`, `economie ${TAG}`, `ÉCONOMIE   ${TAG}`]) expect((await search({ q })).pagination.total).toBe(0);
    const rows = await eventually(async () => {
      const r = await logged(`economie ${TAG}`);
      return r.length >= 3 ? r : undefined;
    });
    expect(rows.map((r) => r.results)).toEqual([0, 0, 0]);
  });

  it("does not log a query it refused", async () => {
    await client(`/api/v1/search?q=-${TAG}`);
    await search({ q: `${TAG}after` });
    await eventually(async () => ((await logged(`${TAG}after`)).length ? true : undefined));
    expect(await logged(`-${TAG}`)).toEqual([]);
  });
});

describe("GET /api/v1/search/analytics", () => {
  it("reports this run's searches to an admin", async () => {
    await eventually(async () => ((await logged(`economie ${TAG}`)).length >= 3 ? true : undefined));
    const today = new Date().toISOString().slice(0, 10);
    const r = await report(`from=${today}&limit=100`);
    expect(r.from).toBe(`${today}T00:00:00.000Z`);
    expect(r.searches).toBeGreaterThanOrEqual(6);
    expect(r.zero_result_searches).toBeGreaterThanOrEqual(3);
    expect(r.zero_result_queries).toContainEqual(expect.objectContaining({ query: `economie ${TAG}`, searches: 3 }));
    expect(r.top_queries).toContainEqual(expect.objectContaining({ query: `"carbon tax" -${TAG}`, searches: 2 }));
    const { p50, p95, p99, max } = r.latency_ms;
    expect(p50).not.toBeNull();
    expect(p50!).toBeLessThanOrEqual(p95!);
    expect(p95!).toBeLessThanOrEqual(p99!);
    expect(p99!).toBeLessThanOrEqual(max!);
  });

  it("computes nearest-rank percentiles, top and zero-result queries over exactly the period", async () => {
    const rows = Array.from({ length: 100 }, (_, i) => {
      const query = i < 50 ? "housing" : i < 80 ? "carbon tax" : i < 95 ? "pharmacare" : "zzz nothing";
      return { query, results: query === "zzz nothing" ? 0 : 10 + (i % 3), latency: i + 1, at: `2001-02-03T12:00:${String(i % 60).padStart(2, "0")}.000Z` };
    });
    await env.PLATFORM.batch(
      rows.map((row) =>
        env.PLATFORM.prepare("INSERT INTO search_queries (query, filters, results, latency_ms, searched_at) VALUES (?, '{}', ?, ?, ?)").bind(
          row.query,
          row.results,
          row.latency,
          row.at,
        ),
      ),
    );
    // One just outside the period on each side.
    await env.PLATFORM.batch([
      env.PLATFORM.prepare(
        "INSERT INTO search_queries (query, filters, results, latency_ms, searched_at) VALUES ('outside', '{}', 0, 9999, '2001-02-02T23:59:59.999Z')",
      ),
      env.PLATFORM.prepare(
        "INSERT INTO search_queries (query, filters, results, latency_ms, searched_at) VALUES ('outside', '{}', 0, 9999, '2001-02-04T00:00:00.000Z')",
      ),
    ]);
    const r = await report(`from=${PAST.from}&to=${PAST.to}&limit=3`);
    await env.PLATFORM.prepare("DELETE FROM search_queries WHERE query = 'outside'").run();
    expect(r).toEqual({
      from: "2001-02-03T00:00:00.000Z",
      to: "2001-02-04T00:00:00.000Z",
      searches: 100,
      zero_result_searches: 5,
      latency_ms: { p50: 50, p95: 95, p99: 99, max: 100 },
      top_queries: [
        { query: "housing", searches: 50, average_results: 11 },
        { query: "carbon tax", searches: 30, average_results: 11 },
        { query: "pharmacare", searches: 15, average_results: 11 },
      ],
      zero_result_queries: [{ query: "zzz nothing", searches: 5, last_searched_at: "2001-02-03T12:00:39.000Z" }],
    });
  });

  it("answers an empty period with zeros and no percentiles", async () => {
    expect(await report("from=1999-01-01&to=1999-01-31")).toMatchObject({
      searches: 0,
      zero_result_searches: 0,
      latency_ms: { p50: null, p95: null, p99: null, max: null },
      top_queries: [],
      zero_result_queries: [],
    });
  });

  it("refuses bad periods with 400s", async () => {
    for (const query of ["from=yesterday", "to=2024-13-01", "from=2024-02-01&to=2024-01-01", "limit=0"]) {
      const response = await gateway(`/api/v1/search/analytics?${query}`, { headers: admin });
      expect(response.status, query).toBe(400);
    }
  });

  it("is closed to anonymous callers (401) and to citizens (403), at the gateway", async () => {
    const anonymous = await gateway("/api/v1/search/analytics");
    expect(anonymous.status).toBe(401);
    expect((await readProblem(anonymous)).status).toBe(401);
    const forbidden = await gateway("/api/v1/search/analytics", { headers: citizen });
    expect(forbidden.status).toBe(403);
  });

  it("is closed by the service itself too, should a route ever reach it unchecked", async () => {
    const url = "https://search.internal/api/v1/search/analytics";
    expect((await env.SEARCH.fetch(url)).status).toBe(401);
    const citizen = { kind: "user", userId: "u-1", apiKeyId: null, roles: ["citizen"], tier: "citizen" } as const;
    const refused = await asGateway(env.SEARCH, url, { caller: { ...citizen, roles: ["citizen"] } });
    expect(refused.status).toBe(403);
    expect((await readProblem(refused)).detail).toContain("admin");
    expect((await asGateway(env.SEARCH, url, { caller: { ...citizen, roles: ["admin"] } })).status).toBe(200);
  });
});
