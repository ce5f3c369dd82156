import { env } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEARCH_WINDOW } from "../workers/search/src/indexes";
import { CORPUS_TIMEOUT_MS, loadCorpus, search, type Result, type SearchPage } from "./search-corpus";

/**
 * A search reads each index newest first and stops at SEARCH_WINDOW matches that pass the
 * filters (migrations/civic/0002_search_window.sql keys statements by date). A query with fewer
 * matches is ranked and counted exactly; a broader one is answered from its newest matches and
 * says its total is a lower bound. statement_search, which holds what statements are filtered
 * and faceted by, follows the tables it is derived from. Rows written here use session 97-1 and
 * ids 97xxxx, and are removed afterwards.
 */

const SESSION = "97-1";
const OTHER_SESSION = "97-2";
const DOCUMENT = 970001;
const MEMBER = 970001;
const PARTY = 970001;

const run = (sql: string, ...binds: (string | number | null)[]) =>
  env.CIVIC.prepare(sql)
    .bind(...binds)
    .run();

/** Statements matching `q` straight from the index, newest first: what the window is made of. */
async function matchDates(q: string): Promise<string[]> {
  const { results } = await env.CIVIC.prepare(
    "SELECT ss.date FROM statements_fts JOIN statement_search ss ON ss.key = statements_fts.rowid WHERE statements_fts MATCH ? ORDER BY ss.key DESC",
  )
    .bind(q)
    .all<{ date: string }>();
  return results.map((r) => r.date);
}

async function walk(params: Record<string, string | number>): Promise<{ rows: Result[]; first: SearchPage }> {
  const rows: Result[] = [];
  let first: SearchPage | undefined;
  let cursor: string | null = null;
  do {
    const page = await search({ ...params, limit: 100, ...(cursor ? { cursor } : {}) });
    first ??= page;
    rows.push(...page.data);
    cursor = page.pagination.next_cursor;
  } while (cursor);
  return { rows, first: first! };
}

async function cleanUp() {
  await run("DELETE FROM statements WHERE document_id = ?", DOCUMENT);
  await run("DELETE FROM documents WHERE id = ?", DOCUMENT);
  await run("DELETE FROM member_terms WHERE member_id = ?", MEMBER);
  await run("DELETE FROM members WHERE id = ?", MEMBER);
  await run("DELETE FROM parties WHERE id = ?", PARTY);
  await run("DELETE FROM sessions WHERE code IN (?, ?)", SESSION, OTHER_SESSION);
}

beforeAll(async () => {
  await loadCorpus();
  await cleanUp();
}, CORPUS_TIMEOUT_MS);

afterAll(cleanUp);

describe("the search window", () => {
  it("answers a word said more than the window holds from its newest matches, with a lower-bound total", async () => {
    const dates = await matchDates("the");
    expect(dates.length).toBeGreaterThan(SEARCH_WINDOW);
    const oldestRead = dates[SEARCH_WINDOW - 1]!;

    const { rows, first } = await walk({ q: "the", type: "statement" });
    expect(first.pagination).toMatchObject({ total: SEARCH_WINDOW, total_relation: "gte" });
    // Facets count what was read, so they still add up to the total.
    for (const facet of ["type", "party", "session", "year"] as const) {
      expect(
        first.facets[facet].reduce((sum, f) => sum + f.count, 0),
        facet,
      ).toBe(SEARCH_WINDOW);
    }
    // Pages end with the window: every result read once, none older than its oldest match.
    expect(rows.length).toBe(SEARCH_WINDOW);
    expect(new Set(rows.map((r) => r.id)).size).toBe(SEARCH_WINDOW);
    expect(rows.every((r) => r.date! >= oldestRead)).toBe(true);
  });

  it("reaches older matches through a date range, which narrows the window", async () => {
    const dates = await matchDates("the");
    const older = dates.slice(SEARCH_WINDOW).at(-1)!;
    const page = await search({ q: "the", type: "statement", date_to: older });
    const expected = dates.filter((d) => d <= older).length;
    expect(page.pagination.total).toBe(Math.min(expected, SEARCH_WINDOW));
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((r) => r.date! <= older)).toBe(true);
  });

  it("ranks and counts a narrower query exactly", async () => {
    const dates = await matchDates('"carbon tax"');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThan(SEARCH_WINDOW);
    const page = await search({ q: '"carbon tax"', type: "statement" });
    expect(page.pagination).toMatchObject({ total: dates.length, total_relation: "eq" });
  });

  it("sorts a broad query by date from its newest match", async () => {
    const dates = await matchDates("the");
    const page = await search({ q: "the", type: "statement", sort: "date", limit: 50 });
    expect(page.data.map((r) => r.date)).toEqual(dates.slice(0, 50));
  });
});

describe("what statements are filtered by", () => {
  beforeAll(async () => {
    await run(
      "INSERT INTO sessions (code, parliament_number, session_number, name_en, source) VALUES (?, 97, 1, '97th Parliament, 1st Session', 'test')",
      SESSION,
    );
    await run(
      "INSERT INTO sessions (code, parliament_number, session_number, name_en, source) VALUES (?, 97, 2, '97th Parliament, 2nd Session', 'test')",
      OTHER_SESSION,
    );
    await run("INSERT INTO documents (id, kind, session_code, date, number, source) VALUES (?, 'debates', ?, '2097-03-10', 1, 'test')", DOCUMENT, SESSION);
    await run("INSERT INTO members (id, slug, name, source) VALUES (?, 'zqxw-member', 'Zqxw Member', 'test')", MEMBER);
    await run("INSERT INTO parties (id, slug, name_en, short_name_en, source) VALUES (?, 'zqxw-party', 'Zqxw Party', 'Zqxw', 'test')", PARTY);
    await run(
      `INSERT INTO statements (id, document_id, date, sequence, member_id, speaker_name_en, text_en, source)
       VALUES (970001, ?, '2097-03-10', 1, ?, 'Zqxw Member', 'Words about zqxwharbours.', 'test')`,
      DOCUMENT,
      MEMBER,
    );
  });

  const one = async (params: Record<string, string>) => (await search({ q: "zqxwharbours", ...params })).data;

  it("gives a statement its member's party on the day, whenever the member's terms arrive or change", async () => {
    // Statements can load before their speaker's terms: no party yet.
    expect((await one({})).map((r) => r.party)).toEqual([null]);
    expect(await one({ party: "zqxw-party" })).toEqual([]);

    await run("INSERT INTO member_terms (member_id, party_id, start_date, source) VALUES (?, ?, '2097-01-01', 'test')", MEMBER, PARTY);
    expect((await one({ party: "zqxw-party" })).map((r) => r.id)).toEqual(["970001"]);

    // A term that begins after the statement does not apply to it.
    await run("UPDATE member_terms SET start_date = '2097-06-01' WHERE member_id = ?", MEMBER);
    expect(await one({ party: "zqxw-party" })).toEqual([]);

    await run("UPDATE member_terms SET start_date = '2097-01-01' WHERE member_id = ?", MEMBER);
    expect((await one({ party: "zqxw-party" })).length).toBe(1);
    await run("DELETE FROM member_terms WHERE member_id = ?", MEMBER);
    expect(await one({ party: "zqxw-party" })).toEqual([]);
  });

  it("follows the sitting's session and the statement's date", async () => {
    expect((await one({ session: SESSION })).length).toBe(1);
    await run("UPDATE documents SET session_code = ? WHERE id = ?", OTHER_SESSION, DOCUMENT);
    expect(await one({ session: SESSION })).toEqual([]);
    expect((await one({ session: OTHER_SESSION })).map((r) => r.session)).toEqual([OTHER_SESSION]);

    // A corrected date moves the statement to its new place in the date-keyed index.
    await run("UPDATE statements SET date = '2097-04-02' WHERE id = 970001");
    expect(await one({ date_from: "2097-03-10", date_to: "2097-03-10" })).toEqual([]);
    expect((await one({ date_from: "2097-04-02", date_to: "2097-04-02" })).map((r) => r.date)).toEqual(["2097-04-02"]);
    await run("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)");

    await run("DELETE FROM statements WHERE id = 970001");
    expect(await one({})).toEqual([]);
    const left = await env.CIVIC.prepare("SELECT count(*) AS n FROM statement_search WHERE statement_id = 970001").first<{ n: number }>();
    expect(left!.n).toBe(0);
    await run("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)");
  });
});
