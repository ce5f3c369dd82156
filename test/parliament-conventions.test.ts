import { beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "#shared/service/routes";
import type { OpenAPIDocument } from "#shared/service/rpc";
import { seedParliament } from "./fixtures/civic-parliament";
import { gateway } from "./helpers";
import type { Schema } from "../web/src/api/operations";

/** The seeded 99th Parliament's ids, for each kind of path parameter the parliament routes take. */
const SEEDED: { prefix: string; params: Record<string, string> }[] = [
  { prefix: "/api/v1/sessions/", params: { code: "99-1" } },
  { prefix: "/api/v1/ridings/", params: { edid: "99001" } },
  { prefix: "/api/v1/members/", params: { id: "9990001" } },
  { prefix: "/api/v1/bills/", params: { session: "99-1", number: "C-2" } },
  { prefix: "/api/v1/votes/", params: { session: "99-1", number: "1" } },
  { prefix: "/api/v1/debates/", params: { date: "2099-01-15" } },
  { prefix: "/api/v1/committees/", params: { slug: "t99-finance", session: "99-1", number: "1" } },
  { prefix: "/api/v1/representatives/", params: { jurisdiction: "t99_on", slug: "alex-mpp" } },
  { prefix: "/api/v1/postcodes/", params: { code: "K1A0A6" } },
];

/** Queries that narrow a list to the seeded rows. */
const NARROWED: Record<string, string> = {
  "/api/v1/ridings": "?province=ON&current=true",
  "/api/v1/members": "?session=99-1",
  "/api/v1/members/{id}/votes": "?session=99-1",
  "/api/v1/members/{id}/statements": "?date_from=2099-01-01",
  "/api/v1/bills": "?session=99-1",
  "/api/v1/votes": "?session=99-1",
  "/api/v1/debates": "?session=99-1",
  "/api/v1/committees": "?q=test",
  "/api/v1/representatives": "?jurisdiction=t99_on_testville",
};

/**
 * One read of every parliament read the OpenAPI document lists, against the seeded Parliament:
 * a new route is read here without editing this file (its parameters need a seeded id above).
 */
async function parliamentReads(): Promise<string[]> {
  const doc = (await (await gateway("/api/v1/openapi.json")).json()) as { paths: Record<string, { get?: { tags?: string[] } }> };
  return Object.entries(doc.paths)
    .filter(([path, item]) => item.get?.tags?.includes("parliament") && !path.startsWith("/api/v1/health/"))
    .map(([path]) => {
      const seeded = SEEDED.find((s) => path.startsWith(s.prefix));
      const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        const value = seeded?.params[name];
        if (!value) throw new Error(`${path}: no seeded value for {${name}}; add one to SEEDED`);
        return value;
      });
      return `${filled}${NARROWED[path] ?? ""}`;
    });
}

beforeAll(() => seedParliament());

describe("conditional reads (ETag / 304)", () => {
  it("every parliament read carries an ETag and answers 304 to it", async () => {
    const reads = await parliamentReads();
    expect(reads.length).toBeGreaterThan(20);
    for (const path of reads) await conditionalRead(path);
  });

  async function conditionalRead(path: string): Promise<void> {
    const first = await gateway(path);
    expect(first.status, path).toBe(200);
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
  }

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
    expect(((await response.json()) as Schema<"SessionDetail">).name).toBe("99th Parliament, 1st Session");
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
    // Every prefix the route table gives parliament is documented (the list comes from the table,
    // so a new route needs no edit here), and every operation says how it fails.
    for (const route of ROUTES.filter((r) => r.service === "parliament")) {
      expect(
        routes.some(([path]) => path === route.prefix || path.startsWith(`${route.prefix}/`)),
        route.prefix,
      ).toBe(true);
    }
    for (const [path, item] of routes) {
      const responses = Object.keys(item.get!.responses);
      expect(responses, path).toContain("200");
      if ((item.get!.parameters ?? []).length > 0) expect(responses, path).toContain("400");
      if (path.includes("{")) expect(responses, path).toContain("404");
    }
    const members = doc.paths["/api/v1/members"]!.get!;
    expect(members.parameters?.map((p) => p.name).sort()).toEqual(["cursor", "lang", "limit", "party", "province", "q", "riding", "session"]);
    // The service's own answers, and the gateway's (401 for credentials that do not verify, 429, 503).
    expect(Object.keys(members.responses).sort()).toEqual(["200", "304", "400", "401", "429", "503"]);
    expect(Object.keys(doc.paths["/api/v1/postcodes/{code}"]!.get!.responses).sort()).toEqual(["200", "304", "400", "401", "404", "429", "502", "503", "504"]);
    expect(doc.components?.schemas?.MemberProfile).toBeDefined();
  });
});
