import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenAPIDocument } from "#shared/service/rpc";
import { expectBadRequest, expectNotFound } from "./fixtures/civic-api";
import { gateway, readProblem } from "./helpers";
import { removeSession, seedSession } from "./charts-fixture";

/**
 * What the chart routes refuse, and how: a missing or malformed parameter is a 400 naming it, a
 * session, division or member that does not exist is a 404 naming it, and nothing is a 500. The
 * routes are documented in the platform's one OpenAPI document. Uses a session of its own (92-1).
 */

beforeAll(async () => {
  await removeSession(92);
  await seedSession(92);
});

afterAll(() => removeSession(92));

describe("parameters", () => {
  it.each([
    ["vote-by-party", "", ["query.session", "query.number"]],
    ["vote-by-party", "?session=44&number=first", ["query.session", "query.number"]],
    ["vote-by-party", "?session=44-1&number=0", ["query.number"]],
    ["vote-by-party", "?session=44-1&number=1.5", ["query.number"]],
    ["bills-by-stage", "?session=", ["query.session"]],
    ["party-cohesion", "?session=44-1&lang=de", ["query.lang"]],
    ["member-activity", "", ["query.member"]],
    ["member-activity", "?member=no%20such%20thing", ["query.member"]],
    ["mentions-over-time", "?q=", ["query.q"]],
  ])("%s%s is a 400 naming %j", async (kind, query, pointers) => {
    await expectBadRequest(`/api/v1/charts/${kind}${query}`, pointers);
    // The CSV has no language to choose; its other parameters are the chart's.
    if (!query.includes("lang=")) await expectBadRequest(`/api/v1/charts/${kind}.csv${query}`, pointers);
  });

  it("says plainly that a required parameter is missing", async () => {
    const problem = await readProblem(await gateway("/api/v1/charts/vote-by-party?session=44-1"));
    expect(problem).toMatchObject({ status: 400, detail: "query.number: is required", errors: [{ pointer: "query.number", detail: "is required" }] });
  });

  it.each([
    ["vote-by-party?session=92-9&number=1", "No session with code 92-9."],
    ["vote-by-party?session=92-1&number=99999", "No vote 99999 in session 92-1."],
    ["bills-by-stage?session=92-9", "No session with code 92-9."],
    ["party-cohesion?session=92-9", "No session with code 92-9."],
    ["member-activity?member=nobody-by-this-slug", "No member with id nobody-by-this-slug."],
    ["member-activity?member=1234567890", "No member with id 1234567890."],
  ])("%s is a 404: %s", async (path, detail) => {
    await expectNotFound(`/api/v1/charts/${path}`, detail);
    const [kind, query] = path.split("?");
    await expectNotFound(`/api/v1/charts/${kind}.csv?${query}`, detail);
  });

  it("is a 404 naming the kinds for a kind there is none of", async () => {
    for (const path of ["/api/v1/charts/pie-by-month?session=44-1", "/api/v1/charts/pie.csv"]) {
      const response = await gateway(path);
      expect(response.status).toBe(404);
      expect((await readProblem(response)).detail).toMatch(
        /^No chart kind "pie(-by-month|\.csv)"; the kinds are vote-by-party, bills-by-stage, member-activity, party-cohesion, mentions-over-time\.$/,
      );
    }
  });
});

describe("the OpenAPI document", () => {
  it("documents every chart route, with each kind's parameters required", async () => {
    const doc = (await (await gateway("/api/v1/openapi.json")).json()) as OpenAPIDocument;
    const parameters = (path: string) =>
      ((doc.paths?.[path]?.get as { parameters?: { name: string; required?: boolean; in: string }[] } | undefined)?.parameters ?? []).filter(
        (p) => p.in === "query",
      );
    for (const [kind, required] of [
      ["vote-by-party", ["session", "number"]],
      ["bills-by-stage", ["session"]],
      ["member-activity", ["member"]],
      ["party-cohesion", ["session"]],
      ["mentions-over-time", ["q"]],
    ] as const) {
      for (const path of [`/api/v1/charts/${kind}`, `/api/v1/charts/${kind}.csv`]) {
        expect(doc.paths?.[path]?.get, path).toMatchObject({ tags: ["charts"] });
        expect(
          parameters(path)
            .filter((p) => p.required)
            .map((p) => p.name)
            .sort(),
          path,
        ).toEqual([...required].sort());
      }
      expect(parameters(`/api/v1/charts/${kind}`).map((p) => p.name)).toContain("lang");
    }
    expect(doc.paths?.["/api/v1/charts"]?.post).toMatchObject({ tags: ["charts"] });
    expect(doc.paths?.["/api/v1/charts/s/{id}"]?.get).toMatchObject({ tags: ["charts"] });
    expect(doc.components?.schemas?.ChartConfig).toBeDefined();
    expect(doc.components?.schemas?.SavedChartDefinition).toBeDefined();
  });
});
