import { beforeAll, describe, expect, it } from "vitest";
import type { OpenAPIDocument } from "#shared/service/rpc";
import { seedParliament } from "./fixtures/civic-parliament";
import { gateway } from "./helpers";

/** One read of every parliament endpoint, against the seeded 99th Parliament. */
const READS = [
  "/api/v1/sessions",
  "/api/v1/sessions/99-1",
  "/api/v1/parties",
  "/api/v1/ridings?province=ON&current=true",
  "/api/v1/ridings/99001",
  "/api/v1/members?session=99-1",
  "/api/v1/members/9990001",
  "/api/v1/members/9990001/votes?session=99-1",
  "/api/v1/members/9990001/statements?date_from=2099-01-01",
  "/api/v1/bills?session=99-1",
  "/api/v1/bills/99-1/C-2",
  "/api/v1/votes?session=99-1",
  "/api/v1/votes/99-1/1",
  "/api/v1/votes/99-1/1/ballots",
  "/api/v1/debates?session=99-1",
  "/api/v1/debates/2099-01-15",
  "/api/v1/debates/2099-01-15/statements",
  "/api/v1/committees?q=test",
  "/api/v1/committees/t99-finance",
  "/api/v1/committees/t99-finance/meetings",
  "/api/v1/committees/t99-finance/meetings/99-1/1",
  "/api/v1/committees/t99-finance/meetings/99-1/1/statements",
  "/api/v1/representatives?jurisdiction=t99_on_testville",
  "/api/v1/representatives/t99_on/alex-mpp",
  "/api/v1/postcodes/K1A0A6",
];

beforeAll(() => seedParliament());

describe("conditional reads (ETag / 304)", () => {
  it.each(READS)("%s carries an ETag and answers 304 to it", async (path) => {
    const first = await gateway(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    expect(first.headers.get("vary")).toContain("Accept-Language");
    await first.body?.cancel();

    const again = await gateway(path, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("public, max-age=60");
    expect(again.headers.get("x-request-id")).toBeTruthy();
  });

  it("tags each language's body differently", async () => {
    const en = await gateway("/api/v1/parties?lang=en");
    const fr = await gateway("/api/v1/parties?lang=fr");
    expect(en.headers.get("etag")).not.toBe(fr.headers.get("etag"));
    const stale = await gateway("/api/v1/parties?lang=fr", { headers: { "if-none-match": en.headers.get("etag")! } });
    expect(stale.status).toBe(200);
  });

  it("puts no validators on errors, and leaves the health check uncached", async () => {
    const missing = await gateway("/api/v1/members/999");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    const health = await gateway("/api/v1/health/parliament");
    expect(health.headers.get("cache-control")).toBe("no-store");
    expect(health.headers.get("etag")).toBeNull();
  });

  it("answers HEAD with the GET's headers and no body", async () => {
    const head = await gateway("/api/v1/sessions/99-1", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toMatch(/^"[0-9a-f]{40}"$/);
    expect(await head.text()).toBe("");
  });
});

describe("language negotiation", () => {
  it("takes Accept-Language when ?lang= is absent, and says which in Content-Language", async () => {
    const response = await gateway("/api/v1/sessions/99-1", { headers: { "accept-language": "fr-CA,fr;q=0.9,en;q=0.5" } });
    expect(response.headers.get("content-language")).toBe("fr");
    expect(await response.json()).toMatchObject({ name: "99e législature, 1re session", name_en: "99th Parliament, 1st Session" });
  });

  it("lets ?lang= override Accept-Language", async () => {
    const response = await gateway("/api/v1/sessions/99-1?lang=en", { headers: { "accept-language": "fr" } });
    expect(((await response.json()) as { name: string }).name).toBe("99th Parliament, 1st Session");
  });

  it("serves only the _en/_fr fields when no language is asked for", async () => {
    const response = await gateway("/api/v1/sessions/99-1");
    expect(response.headers.get("content-language")).toBeNull();
    expect(await response.json()).not.toHaveProperty("name");
  });
});

describe("the OpenAPI document", () => {
  it("documents every parliament route with its parameters and problem answers", async () => {
    const doc = (await (await gateway("/api/v1/openapi.json")).json()) as OpenAPIDocument & {
      paths: Record<string, { get?: { parameters?: { name: string }[]; responses: Record<string, unknown>; tags?: string[] } }>;
    };
    const routes = Object.entries(doc.paths).filter(([, item]) => item.get?.tags?.includes("parliament"));
    expect(routes.map(([path]) => path).sort()).toEqual(
      [
        "/api/v1/health/parliament",
        "/api/v1/sessions",
        "/api/v1/sessions/{code}",
        "/api/v1/parties",
        "/api/v1/ridings",
        "/api/v1/ridings/{edid}",
        "/api/v1/members",
        "/api/v1/members/{id}",
        "/api/v1/members/{id}/votes",
        "/api/v1/members/{id}/statements",
        "/api/v1/bills",
        "/api/v1/bills/{session}/{number}",
        "/api/v1/votes",
        "/api/v1/votes/{session}/{number}",
        "/api/v1/votes/{session}/{number}/ballots",
        "/api/v1/debates",
        "/api/v1/debates/{date}",
        "/api/v1/debates/{date}/statements",
        "/api/v1/committees",
        "/api/v1/committees/{slug}",
        "/api/v1/committees/{slug}/meetings",
        "/api/v1/committees/{slug}/meetings/{session}/{number}",
        "/api/v1/committees/{slug}/meetings/{session}/{number}/statements",
        "/api/v1/representatives",
        "/api/v1/representatives/{jurisdiction}/{slug}",
        "/api/v1/postcodes/{code}",
      ].sort(),
    );
    const members = doc.paths["/api/v1/members"]!.get!;
    expect(members.parameters?.map((p) => p.name).sort()).toEqual(["cursor", "lang", "limit", "party", "province", "q", "riding", "session"]);
    // The service's own answers, and the gateway's (401 for credentials that do not verify, 429, 503).
    expect(Object.keys(members.responses).sort()).toEqual(["200", "304", "400", "401", "429", "503"]);
    expect(Object.keys(doc.paths["/api/v1/postcodes/{code}"]!.get!.responses).sort()).toEqual(["200", "304", "400", "401", "404", "429", "502", "503", "504"]);
    expect(doc.components?.schemas?.MemberProfile).toBeDefined();
  });
});
