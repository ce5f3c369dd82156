import { env } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { service } from "../workers/search/src/app";
import { BLEND_WINDOW } from "../workers/search/src/blend";
import { reciprocalRankFusion } from "../workers/search/src/rrf";
import { EMBEDDING_MODEL, embedPendingStatements, type EmbeddingModel, type VectorIndex } from "../workers/search/src/semantic";
import { CORPUS_TIMEOUT_MS, loadCorpus, search as searchThroughGateway, statementHolding, type Result, type SearchPage } from "./search-corpus";

/**
 * Semantic search blended with keyword search. Vectorize and Workers AI have no local emulator,
 * so the search service's own app is driven with named test doubles of the two bindings, over
 * the real corpus in D1; the gateway's search service (no such bindings) shows FTS5 alone.
 */

/** Stands in for a Vectorize index: answers queries with a scripted ranking and keeps what is upserted. */
class VectorizeTestDouble implements VectorIndex {
  readonly queries: { vector: number[]; options?: VectorizeQueryOptions }[] = [];
  readonly upserted = new Map<string, VectorizeVector>();

  constructor(
    private readonly nearest: string[] = [],
    private readonly failure?: Error,
  ) {}

  async query(vector: number[], options?: VectorizeQueryOptions): Promise<VectorizeMatches> {
    this.queries.push({ vector, options });
    if (this.failure) throw this.failure;
    const matches = this.nearest.slice(0, options?.topK ?? 5).map((id, i) => ({ id, score: 1 - i / 100 }));
    return { matches, count: matches.length };
  }

  async upsert(vectors: VectorizeVector[]): Promise<VectorizeVectorMutation> {
    for (const v of vectors) this.upserted.set(v.id, v);
    return { ids: vectors.map((v) => v.id), count: vectors.length };
  }
}

/** Stands in for Workers AI: a fixed-size embedding per text, and a record of what it embedded. */
class WorkersAiTestDouble implements EmbeddingModel {
  readonly inputs: string[][] = [];

  async run(model: typeof EMBEDDING_MODEL, inputs: { text: string[] }): Promise<unknown> {
    expect(model).toBe(EMBEDDING_MODEL);
    this.inputs.push(inputs.text);
    return { shape: [inputs.text.length, 4], data: inputs.text.map((t) => [t.length % 7, 1, 0, 0.5]) };
  }
}

const QUERY = "immigration";

/** A page from the search service's own app, with these bindings besides D1. */
async function page(params: Record<string, string | number>, bindings: object): Promise<SearchPage> {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const response = await service.app.request(`https://search.internal/api/v1/search?${query}`, {}, { CIVIC: env.CIVIC, PLATFORM: env.PLATFORM, ...bindings });
  if (response.status !== 200) throw new Error(`${query}: ${response.status} ${await response.text()}`);
  return (await response.json()) as SearchPage;
}

async function walk(params: Record<string, string | number>, bindings: object, limit: number): Promise<{ rows: Result[]; first: SearchPage }> {
  const rows: Result[] = [];
  let first: SearchPage | undefined;
  let cursor: string | null = null;
  do {
    const p = await page({ ...params, limit, ...(cursor ? { cursor } : {}) }, bindings);
    first ??= p;
    expect(p.pagination.total).toBe(first.pagination.total);
    expect(p.facets).toEqual(first.facets);
    rows.push(...p.data);
    cursor = p.pagination.next_cursor;
  } while (cursor && rows.length < 2000);
  return { rows, first: first! };
}

const key = (r: Result) => `${r.type}:${r.id}`;

let keyword: Result[];
let offTopic: string;

beforeAll(async () => {
  await loadCorpus();
  keyword = (await walk({ q: QUERY }, {}, 100)).rows;
  offTopic = await statementHolding("Purdue Pharma should be sued and made to pay");
}, CORPUS_TIMEOUT_MS);

afterAll(async () => {
  await env.PLATFORM.prepare("DELETE FROM search_vector_sync").run();
});

describe("without Vectorize", () => {
  it("searches with FTS5 alone, as the gateway's search service does", async () => {
    const local = await searchThroughGateway({ q: QUERY, limit: 5 });
    expect(local.semantic).toBe(false);
    expect(local.data.every((r) => r.matched === undefined)).toBe(true);
    expect(keyword.length).toBeGreaterThan(BLEND_WINDOW + 5);
    expect(local.data.map(key)).toEqual(keyword.slice(0, 5).map(key));
  });
});

describe("with Vectorize (test doubles)", () => {
  it("blends semantic results into the first results by reciprocal rank fusion", async () => {
    const statements = keyword.filter((r) => r.type === "statement");
    const alsoKeyword = statements[2]!; // inside the fused window
    const deepKeyword = keyword[BLEND_WINDOW + 3]!; // a keyword match beyond the window
    expect(deepKeyword.type).toBe("statement");
    const nearest = [offTopic, alsoKeyword.id, deepKeyword.id, "999999999"].map((id) => `statement:${id}`);
    const vectors = new VectorizeTestDouble(nearest);
    const ai = new WorkersAiTestDouble();

    const first = await page({ q: QUERY, limit: 20 }, { VECTORS: vectors, AI: ai });
    expect(first.semantic).toBe(true);
    expect(ai.inputs).toEqual([[QUERY]]);
    expect(vectors.queries[0]!.options).toMatchObject({ topK: BLEND_WINDOW });

    // The fusion the page must follow: keyword top of the window, and the semantic ranking less
    // what does not exist and what the keyword order serves further down.
    const expected = reciprocalRankFusion([keyword.slice(0, BLEND_WINDOW).map(key), [`statement:${offTopic}`, `statement:${alsoKeyword.id}`]]);
    expect(first.data.map(key)).toEqual(expected.slice(0, 20).map((f) => f.key));
    expect(first.data[0]).toMatchObject({ id: alsoKeyword.id, matched: ["keyword", "semantic"], score: expected[0]!.score });
    const added = first.data.find((r) => r.id === offTopic)!;
    expect(added.matched).toEqual(["semantic"]);
    expect(added.snippet).not.toContain("<mark>");
    expect(added.snippet).toContain("Purdue Pharma");
    expect(first.pagination.total).toBe(keyword.length + 1);
    for (const facet of ["type", "party", "session", "year"] as const) {
      expect(
        first.facets[facet].reduce((n, f) => n + f.count, 0),
        facet,
      ).toBe(first.pagination.total);
    }

    // Every page: each result once, the deep keyword match in its keyword place.
    const { rows } = await walk({ q: QUERY }, { VECTORS: vectors, AI: ai }, 20);
    expect(rows.length).toBe(keyword.length + 1);
    expect(new Set(rows.map(key)).size).toBe(rows.length);
    expect(rows.slice(expected.length).map(key)).toEqual(keyword.slice(BLEND_WINDOW).map(key));
    const deep = rows.filter((r) => r.id === deepKeyword.id && r.type === "statement");
    expect(deep).toHaveLength(1);
    expect(deep[0]!.matched).toEqual(["keyword", "semantic"]);
  });

  it("applies the filters to semantic results too", async () => {
    const vectors = new VectorizeTestDouble([`statement:${offTopic}`]);
    const inSession = await page({ q: QUERY, session: "44-1", limit: 100 }, { VECTORS: vectors, AI: new WorkersAiTestDouble() });
    expect(inSession.data.map((r) => r.id)).toContain(offTopic);
    const elsewhere = await page({ q: QUERY, session: "41-2", limit: 100 }, { VECTORS: vectors, AI: new WorkersAiTestDouble() });
    expect(elsewhere.data.map((r) => r.id)).not.toContain(offTopic);
    expect(elsewhere.data.every((r) => r.session === "41-2")).toBe(true);
    const bills = await page({ q: QUERY, type: "bill" }, { VECTORS: vectors, AI: new WorkersAiTestDouble() });
    expect(bills.semantic).toBe(false);
    expect(vectors.queries).toHaveLength(2);
  });

  it("ranks by date alone with sort=date", async () => {
    const vectors = new VectorizeTestDouble([`statement:${offTopic}`]);
    const byDate = await page({ q: QUERY, sort: "date", limit: 10 }, { VECTORS: vectors, AI: new WorkersAiTestDouble() });
    expect(byDate.semantic).toBe(false);
    expect(vectors.queries).toHaveLength(0);
  });

  it("answers with keyword results alone when the binding fails", async () => {
    const failing = new VectorizeTestDouble([], new Error("Vectorize is unavailable"));
    const answer = await page({ q: QUERY, limit: 5 }, { VECTORS: failing, AI: new WorkersAiTestDouble() });
    expect(answer.semantic).toBe(false);
    expect(answer.data.map(key)).toEqual(keyword.slice(0, 5).map(key));
    expect(answer.pagination.total).toBe(keyword.length);
  });

  it("embeds new and changed statements, batch by batch, continuing where it stopped", async () => {
    const vectors = new VectorizeTestDouble();
    const ai = new WorkersAiTestDouble();
    const semantic = { vectors, ai };
    expect(await embedPendingStatements(env, semantic, { batch: 5, batches: 2 })).toBe(10);
    expect(await embedPendingStatements(env, semantic, { batch: 5, batches: 1 })).toBe(5);
    expect(vectors.upserted.size).toBe(15);
    const [id, vector] = [...vectors.upserted.entries()][0]!;
    expect(id).toMatch(/^statement:\d+$/);
    expect(vector.values).toHaveLength(4);
    expect(vector.metadata).toMatchObject({ type: "statement", date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), session: expect.any(String) });
    expect(ai.inputs.flat().every((text) => text.length > 0 && text.length <= 4000)).toBe(true);
    const state = await env.PLATFORM.prepare("SELECT embedded FROM search_vector_sync WHERE name = 'statements'").first<{ embedded: number }>();
    expect(state?.embedded).toBe(15);

    // A statement the ETL rewrites is embedded again on the next run.
    const [{ id: changed } = { id: 0 }] = (await env.CIVIC.prepare("SELECT id FROM statements WHERE text_en <> '' ORDER BY id LIMIT 1").all<{ id: number }>())
      .results;
    const before = await env.CIVIC.prepare("SELECT updated_at FROM statements WHERE id = ?").bind(changed).first<{ updated_at: string }>();
    await env.CIVIC.prepare("UPDATE statements SET updated_at = '9999-12-31T00:00:00.000Z' WHERE id = ?").bind(changed).run();
    try {
      const again = new VectorizeTestDouble();
      let rounds = 0;
      while ((await embedPendingStatements(env, { vectors: again, ai }, { batch: 100, batches: 100 })) > 0 && rounds++ < 3);
      expect(again.upserted.has(`statement:${changed}`)).toBe(true);
    } finally {
      await env.CIVIC.prepare("UPDATE statements SET updated_at = ? WHERE id = ?").bind(before!.updated_at, changed).run();
    }
  });
});
