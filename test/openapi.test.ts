import { describe, expect, it } from "vitest";
import { SERVICES } from "#shared/service/names";
import { ROUTES } from "#shared/service/routes";
import type { OpenAPIDocument } from "#shared/service/rpc";
import { gateway } from "./helpers";

describe("GET /api/v1/openapi.json", () => {
  it("is one OpenAPI 3.1 document merged from every service's own", async () => {
    const response = await gateway("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    const doc = (await response.json()) as OpenAPIDocument;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("OpenPolicy API");
    expect(doc["x-missing-services"]).toBeUndefined();
    expect(doc.paths?.["/api/v1/health"]?.get).toBeDefined();
    for (const name of SERVICES) {
      expect(doc.paths?.[`/api/v1/health/${name}`]?.get, name).toMatchObject({ tags: [name] });
      expect(doc.tags?.some((t) => t.name === name), name).toBe(true);
    }
    expect(doc.components?.schemas?.ServiceHealth).toBeDefined();
  });

  it("agrees with the route table: every routed prefix has operations, each secured as the table says", async () => {
    const doc = (await (await gateway("/api/v1/openapi.json")).json()) as OpenAPIDocument & { paths: Record<string, Record<string, { security?: Record<string, string[]>[]; operationId?: string }>> };
    const paths = Object.keys(doc.paths);
    for (const route of ROUTES) {
      expect(paths.some((p) => p === route.prefix || p.startsWith(`${route.prefix}/`)), route.prefix).toBe(true);
    }
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // A public read takes no credentials (or any); an admin route needs them.
    expect(doc.paths["/api/v1/members"]!.get!.security).toContainEqual({});
    expect(doc.paths["/api/v1/auth/users"]!.get!.security).not.toContainEqual({});
    expect(doc.paths["/api/v1/auth/users"]!.get!.security).toContainEqual({ apiKey: [] });
  });

  it("resolves every $ref it contains", async () => {
    const doc = (await (await gateway("/api/v1/openapi.json")).json()) as OpenAPIDocument;
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(schemas|responses|headers)\/([^"]+)"/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(refs.length).toBeGreaterThan(0);
    for (const [kind, ref] of refs) expect((doc.components as Record<string, Record<string, unknown> | undefined>)?.[kind]?.[ref], `${kind}/${ref}`).toBeDefined();
  });
});

describe("GET /docs", () => {
  it("serves the interactive reference from our own origin", async () => {
    const response = await gateway("/docs/");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("/docs/vendor/swagger-ui-bundle.js");
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|cdnjs)/);
    const bundle = await gateway("/docs/vendor/swagger-ui-bundle.js");
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });
});
