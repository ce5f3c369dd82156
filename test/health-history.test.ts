import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { gateway, readProblem } from "./helpers";
import { signUp, type Tokens } from "../workers/auth/test/client";

/**
 * GET /api/v1/health/history: the scheduled checks the health service keeps, newest first, for
 * operators. Rows written here are dated in 2031, which no other test uses, and filtered by it.
 */

interface CheckPage {
  data: { service: string; status: string; latency_ms: number; checked_at: string }[];
  pagination: { next_cursor: string | null; limit: number; total: number };
}

let admin: Tokens;
let citizen: Tokens;
const as = (tokens: Tokens | undefined, path: string) => gateway(path, tokens ? { headers: { authorization: `Bearer ${tokens.access_token}` } } : {});

const WINDOW = "from=2031-03-01T00:00:00Z&to=2031-03-01T23:59:59Z";

beforeAll(async () => {
  admin = (await signUp("health-admin", ["admin"])).tokens;
  citizen = (await signUp("health-citizen")).tokens;
  await env.PLATFORM.prepare("DELETE FROM health_checks WHERE checked_at LIKE '2031-%'").run();
  const rows: [string, string, number, string][] = [
    ["search", "ok", 12, "2031-03-01T10:00:00.000Z"],
    ["parliament", "ok", 8, "2031-03-01T10:00:00.000Z"],
    ["search", "degraded", 950, "2031-03-01T10:01:00.000Z"],
    ["parliament", "down", 2000, "2031-03-01T10:01:00.000Z"],
    ["search", "ok", 15, "2031-03-01T10:02:00.000Z"],
    ["search", "ok", 11, "2031-03-02T10:00:00.000Z"],
  ];
  await env.PLATFORM.batch(
    rows.map((r) => env.PLATFORM.prepare("INSERT INTO health_checks (service, status, latency_ms, detail, checked_at) VALUES (?, ?, ?, '{}', ?)").bind(...r)),
  );
});

describe("GET /api/v1/health/history", () => {
  it("answers an admin with the checks of a period, newest first, paged with the total", async () => {
    const first = await as(admin, `/api/v1/health/history?${WINDOW}&limit=3`);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("private, no-store");
    const page = (await first.json()) as CheckPage;
    expect(page.pagination.total).toBe(5);
    expect(page.data.map((c) => [c.service, c.status, c.checked_at.slice(11, 16)])).toEqual([
      ["search", "ok", "10:02"],
      // Checks of the same minute: the later recorded first.
      ["parliament", "down", "10:01"],
      ["search", "degraded", "10:01"],
    ]);
    const rest = (await (await as(admin, `/api/v1/health/history?${WINDOW}&limit=3&cursor=${page.pagination.next_cursor}`)).json()) as CheckPage;
    expect(rest.data.map((c) => c.latency_ms)).toEqual([8, 12]);
    expect(rest.pagination.next_cursor).toBeNull();
  });

  it("narrows to one service, and reads an offset time as the same instant", async () => {
    const page = (await (await as(admin, `/api/v1/health/history?service=parliament&${WINDOW}`)).json()) as CheckPage;
    expect(page.data.map((c) => c.status)).toEqual(["down", "ok"]);
    const offset = (await (
      await as(admin, "/api/v1/health/history?service=search&from=2031-03-01T05:01:00-05:00&to=2031-03-01T05:01:00-05:00")
    ).json()) as CheckPage;
    expect(offset.data.map((c) => c.status)).toEqual(["degraded"]);
  });

  it("refuses an unknown service, a malformed time and a period that ends before it starts", async () => {
    const response = await as(admin, "/api/v1/health/history?service=nope&from=yesterday&to=2031-01-01T00:00:00Z");
    expect(response.status).toBe(400);
    const problem = await readProblem(response);
    expect(problem.errors?.map((e) => e.pointer).sort()).toEqual(["query.from", "query.service"]);
    const backwards = await as(admin, "/api/v1/health/history?from=2031-03-02T00:00:00Z&to=2031-03-01T00:00:00Z");
    expect(backwards.status).toBe(400);
    expect((await readProblem(backwards)).errors?.map((e) => e.pointer)).toEqual(["query.to"]);
  });

  it("refuses a cursor it did not issue, whether undecodable or holding the wrong kinds of values", async () => {
    const wrongKinds = btoa(JSON.stringify([1, "x"])).replace(/=+$/, "");
    for (const cursor of ["not-a-cursor", wrongKinds]) {
      const response = await as(admin, `/api/v1/health/history?${WINDOW}&cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect((await readProblem(response)).errors?.map((e) => e.pointer)).toEqual(["query.cursor"]);
    }
  });

  it("is for admins only", async () => {
    expect((await as(undefined, "/api/v1/health/history")).status).toBe(401);
    expect((await as(citizen, "/api/v1/health/history")).status).toBe(403);
  });
});
