import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { nearestReplica } from "../shared/db/index";
import { parseQuery } from "../shared/search/query";
import { readHits, type Filters, type Sort } from "../workers/search/src/hits";
import { hydrate } from "../workers/search/src/hydrate";
import { RESULT_TYPES } from "../workers/search/src/indexes";
import { readPage } from "../workers/search/src/page";
import { search } from "../workers/search/src/search";
import { CORPUS_TIMEOUT_MS, loadCorpus } from "./search-corpus";

/**
 * A keyword search reads its page, snippets, total and facets in one D1 statement (page.ts).
 * Blending reads hits and reads them back in two steps (hits.ts, hydrate.ts); both read-backs
 * come from the same definitions (results.ts) and must give the same results.
 */

beforeAll(loadCorpus, CORPUS_TIMEOUT_MS);

/** The CIVIC binding, counting the statements prepared and the batches sent. */
function counted(db: D1Database) {
  const calls = { prepare: 0, batch: 0 };
  const wrapped = {
    prepare: (sql: string) => {
      calls.prepare++;
      return db.prepare(sql);
    },
    batch: (statements: D1PreparedStatement[]) => {
      calls.batch++;
      return db.batch(statements);
    },
  } as unknown as D1Database;
  return { calls, db: wrapped };
}

const filters = (more: Partial<Filters> = {}): Filters => ({ types: [...RESULT_TYPES], ...more });

const cases: { q: string; filters: Filters; sort: Sort; display?: "en" | "fr" }[] = [
  { q: "carbon tax", filters: filters(), sort: "relevance" },
  { q: '"climate change"', filters: filters(), sort: "date" },
  { q: "économie", filters: filters({ lang: "fr" }), sort: "relevance", display: "fr" },
  { q: "C-60", filters: filters(), sort: "relevance" },
  { q: "veterans", filters: filters({ types: ["committee", "statement"] }), sort: "relevance" },
  { q: "Justin Trudeau", filters: filters(), sort: "relevance", display: "fr" },
  { q: "immigration -refugee", filters: filters({ session: "44-1" }), sort: "relevance" },
];

describe("the keyword page", () => {
  it("is one statement: no second round trip to read the page back", async () => {
    const { calls, db } = counted(env.CIVIC);
    const { page } = await search(db, undefined, { q: "carbon tax", filters: filters(), sort: "relevance", limit: 20 });
    expect(page.data.length).toBe(20);
    expect(page.data.some((r) => r.snippet.includes("<mark>"))).toBe(true);
    expect(calls).toEqual({ prepare: 1, batch: 0 });
  });

  it.each(cases)("reads back $q ($sort) exactly as the two-step read-back does", async ({ q, filters, sort, display }) => {
    const query = parseQuery(q);
    const limit = 10;
    const one = await readPage(env.CIVIC, query, filters, sort, undefined, limit, display);
    const { hits, facets } = await readHits(env.CIVIC, query, filters, sort, undefined, limit);
    const served = hits.slice(0, limit);
    const two = await hydrate(
      env.CIVIC,
      query,
      filters.lang,
      display,
      served.map((hit) => ({ hit, keyword: true })),
    );
    expect(one.results.length).toBeGreaterThan(0);
    expect(one.results).toEqual(two);
    expect(one.facets).toEqual(facets);
    expect(one.more).toBe(hits.length > limit);
    expect(one.last).toEqual(served.at(-1));
  });

  it("reads through a D1 session that any read replica may serve, as the route does", async () => {
    const session = nearestReplica(env.CIVIC);
    const { page } = await search(session, undefined, { q: '"climate change"', filters: filters(), sort: "relevance", limit: 5 });
    expect(page.data).toHaveLength(5);
    // The session remembers what it has seen, so its later reads see at least as much.
    expect(session.getBookmark()).toEqual(expect.any(String));
  });

  it("answers an empty page, with its facets, when nothing matches", async () => {
    const page = await readPage(env.CIVIC, parseQuery("xylophonequartz"), filters(), "relevance", undefined, 20, undefined);
    expect(page).toEqual({ results: [], last: undefined, more: false, facets: [] });
  });
});
