import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { ftsExpression, parseQuery } from "../shared/search/query";
import { ChartConfigSchema } from "../workers/charts/src/chart-config";
import { chart, perMonth } from "./charts-fixture";
import { expectBadRequest } from "./fixtures/civic-api";
import { gateway, readProblem } from "./helpers";
import { CORPUS_TIMEOUT_MS, loadCorpus, search, type Result } from "./search-corpus";
import type { Schema } from "../web/src/api/operations";

/**
 * `mentions-over-time` over the real corpus: the statements the FTS5 index matches for a query,
 * per month, read through the search service's own query parser.
 */

beforeAll(loadCorpus, CORPUS_TIMEOUT_MS);

/** What the FTS5 index matches for a query, counted straight from D1. */
async function ftsCount(q: string): Promise<number> {
  return (await env.CIVIC.prepare("SELECT count(*) AS n FROM statements_fts WHERE statements_fts MATCH ?")
    .bind(ftsExpression(parseQuery(q)))
    .first<{ n: number }>())!.n;
}

/** Every statement `/search` finds for a query. */
async function statementsFound(q: string): Promise<Result[]> {
  const rows: Result[] = [];
  let cursor: string | null = null;
  do {
    const page = await search({ q, type: "statement", limit: 100, ...(cursor ? { cursor } : {}) });
    rows.push(...page.data);
    cursor = page.pagination.next_cursor;
  } while (cursor);
  return rows;
}

type Mentions = Schema<"ChartMentionsOverTimeData">;

describe("mentions-over-time", () => {
  it.each(["pipeline", '"carbon tax"', "veterans -housing", "pharmacare OR pipelines"])(
    "counts the statements matching %s per month, adding up to the FTS5 match count",
    async (q) => {
      const { data } = await chart<Mentions>(`mentions-over-time?q=${encodeURIComponent(q)}`);
      const matches = await ftsCount(q);
      expect(matches).toBeGreaterThan(0);
      expect(data.total).toBe(matches);
      expect(data.rows.reduce((sum, r) => sum + (r.statements as number), 0)).toBe(matches);
      expect((await search({ q, type: "statement", limit: 1 })).pagination.total).toBe(matches);
    },
  );

  it("puts each matching statement in the month it was made, quiet months as zeros", async () => {
    const { data, title, chart: config } = await chart<Mentions>("mentions-over-time?q=pipeline");
    const found = perMonth((await statementsFound("pipeline")).map((r) => r.date!));
    expect(data.q).toBe("pipeline");
    expect(new Map(data.rows.filter((r) => (r.statements as number) > 0).map((r) => [r.month, r.statements]))).toEqual(found);
    expect(data.rows[0]!.month).toBe([...found.keys()].sort()[0]);
    expect(data.rows.at(-1)!.month).toBe([...found.keys()].sort().at(-1));
    expect(data.rows.length).toBeGreaterThan(found.size);
    expect(title).toEqual({ en: "Statements mentioning “pipeline” per month", fr: "Interventions mentionnant « pipeline » par mois" });
    expect(ChartConfigSchema.parse(config)).toEqual(config);
    expect(config.type).toBe("line");
    expect(config.data.labels).toEqual(data.rows.map((r) => r.month));
    expect(config.data.datasets[0]!.data).toEqual(data.rows.map((r) => r.statements));
  });

  it("reads FTS5's own syntax in a query as plain words, never as syntax", async () => {
    for (const q of ["pipeline NEAR(x y)", "pipeline*", "text_en:pipeline", '"pipeline', "pipeline AND NOT ^x", "pipeline (OR)"]) {
      const response = await gateway(`/api/v1/charts/mentions-over-time?q=${encodeURIComponent(q)}`);
      expect(response.status, q).toBe(200);
      const { data } = (await response.json()) as { data: Mentions };
      expect(data.total, q).toBe(await ftsCount(q));
    }
  });

  it("refuses a query with nothing to search for, saying why", async () => {
    await expectBadRequest("/api/v1/charts/mentions-over-time?q=%20", ["query.q"]);
    const response = await gateway(`/api/v1/charts/mentions-over-time?q=${encodeURIComponent('*** "" -pipeline')}`);
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors).toEqual([{ pointer: "query.q", detail: "needs at least one word to find, not only exclusions" }]);
    await expectBadRequest(`/api/v1/charts/mentions-over-time?q=${"a".repeat(501)}`, ["query.q"]);
    await expectBadRequest("/api/v1/charts/mentions-over-time", ["query.q"]);
  });

  it("answers an empty series for a query nothing matches", async () => {
    const { data, chart: config } = await chart<Mentions>("mentions-over-time?q=zqxjnothingmatchesthis");
    expect(data).toEqual({ q: "zqxjnothingmatchesthis", rows: [], total: 0 });
    expect(config.data.labels).toEqual([]);
  });
});
