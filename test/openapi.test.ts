import { describe, expect, it } from "vitest";
import { SERVICES } from "#shared/service/names";
import { ROUTES } from "#shared/service/routes";
import type { OpenAPIDocument } from "#shared/service/rpc";
import { completeContract, type Examples } from "../src/openapi/contract";
import CAPTURED from "../src/openapi/examples.json";
import { gateway } from "./helpers";

type Media = { schema?: unknown; example?: unknown; examples?: unknown };
type Paths = Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, Media> }> }>>;

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
      expect(
        doc.tags?.some((t) => t.name === name),
        name,
      ).toBe(true);
    }
    expect(doc.components?.schemas?.ServiceHealth).toBeDefined();
  });

  it("agrees with the route table: every routed prefix has operations, each secured as the table says", async () => {
    const doc = (await (await gateway("/api/v1/openapi.json")).json()) as OpenAPIDocument & {
      paths: Record<string, Record<string, { security?: Record<string, string[]>[]; operationId?: string }>>;
    };
    const paths = Object.keys(doc.paths);
    for (const route of ROUTES) {
      expect(
        paths.some((p) => p === route.prefix || p.startsWith(`${route.prefix}/`)),
        route.prefix,
      ).toBe(true);
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
    for (const [kind, ref] of refs)
      expect((doc.components as Record<string, Record<string, unknown> | undefined>)?.[kind]?.[ref], `${kind}/${ref}`).toBeDefined();
  });
});

describe("the examples of the OpenAPI document", () => {
  it("are on every 2xx answer with a body, and src/openapi/examples.json holds none for an answer the document lacks", async () => {
    const doc = (await (await gateway("/api/v1/openapi.json")).json()) as OpenAPIDocument & { paths: Paths };
    const missing: string[] = [];
    const answers = new Set<string>();
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item)) {
        for (const [status, response] of Object.entries(op.responses)) {
          if (!status.startsWith("2")) continue;
          for (const [type, media] of Object.entries(response.content ?? {})) {
            answers.add(`${op.operationId} ${status} ${type}`);
            if (media.example === undefined && media.examples === undefined) missing.push(`${op.operationId} ${status} ${type}`);
          }
        }
      }
    }
    // Capture them with `npm start` and `npm run api:examples` (README, "How to add a route").
    expect(missing).toEqual([]);
    const captured = Object.entries(CAPTURED as Examples).flatMap(([id, byStatus]) =>
      Object.entries(byStatus).flatMap(([status, byType]) => Object.keys(byType).map((type) => `${id} ${status} ${type}`)),
    );
    expect(captured.filter((answer) => !answers.has(answer))).toEqual([]);
  });

  it("are added by the merge to each success answer by operationId, status and media type", () => {
    const json = (schema: object) => ({ description: "ok", content: { "application/json": { schema } } });
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const doc = completeContract(
      {
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {
          "/api/v1/bills/{session}/{number}": { get: { responses: { "200": json(ref("Bill")), "304": { description: "unchanged" } } } },
          "/api/v1/bills": { get: { responses: { "200": json(ref("Bill")) } } },
        },
        components: { schemas: { Bill: { type: "object", properties: { number: { type: "string" } }, required: ["number"] } } },
      },
      { getBillsBySessionByNumber: { "200": { "application/json": { number: "C-2" } } } },
    ) as OpenAPIDocument & { paths: Paths };
    expect(doc.paths["/api/v1/bills/{session}/{number}"]!.get!.responses["200"]!.content!["application/json"]!.example).toEqual({ number: "C-2" });
    expect(doc.paths["/api/v1/bills/{session}/{number}"]!.get!.responses["304"]!.content).toBeUndefined();
    expect(doc.paths["/api/v1/bills"]!.get!.responses["200"]!.content!["application/json"]!.example).toBeUndefined();
  });

  it("describe detail answers written out whole, so no allOf branch checks a redefined property without its additions", async () => {
    const doc = (await (await gateway("/api/v1/openapi.json")).json()) as OpenAPIDocument & { components: { schemas: Record<string, { allOf?: unknown }> } };
    for (const name of ["BillDetail", "VoteDetail"]) expect(doc.components.schemas[name]!.allOf, name).toBeUndefined();
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
