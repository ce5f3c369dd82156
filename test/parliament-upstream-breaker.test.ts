import { env } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlatformHealth } from "#shared/health/probe";
import type { ServiceHealth } from "#shared/health/checks";
import { UPSTREAM_SETTINGS_KEY } from "#shared/upstream/settings";
import { signUp } from "../workers/auth/test/client";
import { seedParliament } from "./fixtures/civic-parliament";
import { REPRESENT_ANSWERS } from "./stand-ins/represent.mjs";
import { gateway, readProblem } from "./helpers";

/**
 * Represent cannot be reached: the parliament Worker's own breaker for it opens and sheds postcode
 * lookups, while the gateway's breaker for the parliament service stays closed and every other
 * parliament route keeps answering. Represent's breaker is left open for good, which makes the
 * parliament service degraded, so this file runs in a runtime of its own (the `workers-outage`
 * project in vitest.config.ts), apart from every test that expects a healthy platform.
 */

/** The stand-in throws for this code, as a fetch to an unreachable host fails. */
const UNREACHABLE = "X3X3X3";
/** Known to the cache only, put there before the outage. */
const CACHED = "B3B3B3";

let admin: string;

beforeAll(async () => {
  await seedParliament();
  admin = (await signUp("upstream-breaker-admin", ["admin"])).tokens.access_token;
  // An hour's cool-down, so the breaker is still open at the last assertion however slow the run.
  await env.CONFIG.put(UPSTREAM_SETTINGS_KEY, JSON.stringify({ represent: { cooldownSeconds: 3600 } }));
  await env.CONFIG.put(`postcode:${CACHED}`, JSON.stringify({ ...REPRESENT_ANSWERS.S4P3Y2, code: CACHED, city: "Cachetown" }), { expirationTtl: 3600 });
});

afterAll(async () => {
  await env.CONFIG.delete(UPSTREAM_SETTINGS_KEY);
});

describe("Represent unreachable", () => {
  const lookups: Response[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 20; i++) lookups.push(await gateway(`/api/v1/postcodes/${UNREACHABLE}`));
  });

  it("keeps every other parliament route answering after 20 failed postcode lookups", async () => {
    for (const path of ["/api/v1/parties", "/api/v1/members?session=99-1", "/api/v1/sessions/99-1", "/api/v1/ridings/99001", "/api/v1/votes?session=99-1"]) {
      const response = await gateway(path);
      expect(response.status, path).toBe(200);
      await response.body?.cancel();
    }
  });

  it("answers 502 while Represent's breaker is closed and 503 with Retry-After once five failures opened it", async () => {
    expect(lookups.map((r) => r.status)).toEqual([...Array<number>(5).fill(502), ...Array<number>(15).fill(503)]);
    expect(await readProblem(lookups[0]!)).toMatchObject({
      status: 502,
      detail: `Represent could not be reached for postal code ${UNREACHABLE}; try again later.`,
    });

    const shed = lookups[5]!;
    const retryAfter = Number(shed.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const problem = await readProblem(shed);
    expect(problem).toMatchObject({ status: 503, title: "Service unavailable" });
    expect(problem.detail).toBe(
      `Represent is failing, so it is not being asked for postal code ${UNREACHABLE} while it recovers; try again in ${retryAfter} s.`,
    );
    for (const response of lookups.slice(6)) await response.body?.cancel();
  });

  it("sheds every uncached postal code, and still answers cached ones", async () => {
    const uncached = await gateway("/api/v1/postcodes/K1A0A6");
    expect(uncached.status).toBe(503);
    expect(uncached.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await readProblem(uncached)).detail).toMatch(/^Represent is failing/);

    const cached = await gateway(`/api/v1/postcodes/${CACHED}`);
    expect(cached.status).toBe(200);
    expect(cached.headers.get("x-represent-cache")).toBe("hit");
    expect(await cached.json()).toMatchObject({ code: CACHED, city: "Cachetown", riding: { edid: 99004 } });
  });

  it("shows the service degraded, not down, with Represent's breaker open to admins", async () => {
    const anonymous = await gateway("/api/v1/health/parliament");
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toMatchObject({ name: "parliament", status: "degraded" });

    const forAdmin = (await (await gateway("/api/v1/health/parliament", { headers: { authorization: `Bearer ${admin}` } })).json()) as ServiceHealth;
    expect(forAdmin.status).toBe("degraded");
    expect(forAdmin.checks.map((c) => [c.name, c.status])).toEqual([
      ["d1:CIVIC", "ok"],
      ["kv:CONFIG", "ok"],
      ["upstream:represent", "degraded"],
    ]);
    expect(forAdmin.checks[2]!.detail).toMatch(/^open since \S+: Represent is not being called; probes resume in \d+ s$/);
  });

  it("keeps the gateway's breaker for the parliament service closed", async () => {
    const health = (await (await gateway("/api/v1/health")).json()) as PlatformHealth;
    expect(health.services.find((s) => s.name === "parliament")).toMatchObject({ status: "degraded", breaker: "closed" });
  });
});
