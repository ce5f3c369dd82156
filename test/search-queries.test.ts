import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { readProblem } from "./helpers";
import { client, CORPUS_TIMEOUT_MS, loadCorpus, search, statementHolding, type Result, type SearchPage } from "./search-corpus";

/**
 * `GET /api/v1/search` over the real corpus (every Hansard file in data/sources/hansard, the
 * openparliament fixtures and the Represent rosters, loaded through the ETL): what the query
 * grammar finds, and that no input can break it.
 */

beforeAll(loadCorpus, CORPUS_TIMEOUT_MS);

/** Every result of a query, following cursors. */
async function all(params: Record<string, string | number>): Promise<Result[]> {
  const rows: Result[] = [];
  let cursor: string | null = null;
  do {
    const page = await search({ ...params, limit: 100, ...(cursor ? { cursor } : {}) });
    rows.push(...page.data);
    cursor = page.pagination.next_cursor;
  } while (cursor);
  return rows;
}

const total = async (q: string, extra: Record<string, string> = {}) => (await search({ q, limit: 1, ...extra })).pagination.total!;
const keys = (rows: Result[]) => rows.map((r) => `${r.type}:${r.id}`);

describe("known passages of the Hansard", () => {
  // Each passage is quoted from a file in data/sources/hansard; the statement expected first is
  // found by a plain substring match in D1, independently of FTS5.
  it.each([
    ["a committee witness (12324877-en.xml)", "worst maternal health outcomes"],
    ["a debate on police officers (41-1-260-en.xml)", "police officers are safe persons we can rely on"],
    ["the 2015 Speech from the Throne (42-1-2-en.xml)", "merit-based process to advise the Prime Minister on Senate appointments"],
    ["a debate on the opioid crisis (44-1-200-en.xml)", "Purdue Pharma should be sued and made to pay"],
    ["a statement on services for seniors (HAN102-E.xml)", "labyrinth of numbers to dial on your telephone"],
    ["a French committee exchange (11796678-fr.xml)", "logiciels semblables à Pegasus"],
  ])("finds %s first, as a phrase and as words", async (_, passage) => {
    const expected = await statementHolding(passage);
    const phrase = await search({ q: `"${passage}"` });
    expect(phrase.data[0], "phrase").toMatchObject({ type: "statement", id: expected });
    expect(phrase.data[0]!.snippet).toContain("<mark>");
    const words = await search({ q: passage });
    expect(words.data[0], "words").toMatchObject({ type: "statement", id: expected });
  });

  it("links a result to its transcript and names its speaker and topic", async () => {
    const expected = await statementHolding("Purdue Pharma should be sued and made to pay");
    const [first] = (await search({ q: '"Purdue Pharma should be sued"', lang: "en" })).data;
    expect(first).toMatchObject({ id: expected, date: "2023-05-18", session: "44-1", url: "/api/v1/debates/2023-05-18/statements" });
    expect(first!.title).toContain(" — ");
    expect(first!.snippet).toMatch(/<mark>Purdue Pharma should be sued<\/mark>/);
  });
});

describe("accents", () => {
  it("fold both ways: economie and économie find the same statements", async () => {
    const plain = await all({ q: "economie" });
    const accented = await all({ q: "économie" });
    expect(plain.length).toBeGreaterThan(5);
    expect(keys(accented)).toEqual(keys(plain));
    expect(plain.some((r) => r.snippet.includes("<mark>économie</mark>"))).toBe(true);
  });

  it("find unaccented text with an accented query", async () => {
    const { results } = await env.CIVIC.prepare("SELECT count(*) AS n FROM statements WHERE text_en GLOB '*Montreal*'").all<{ n: number }>();
    expect(results[0]!.n).toBeGreaterThan(0);
    const rows = await all({ q: "Montréal", type: "statement", lang: "en" });
    expect(rows.some((r) => r.snippet.includes("<mark>Montreal</mark>"))).toBe(true);
  });
});

describe("the query grammar", () => {
  it("matches a quoted phrase only where the words stand together", async () => {
    const phrase = await all({ q: '"carbon tax"' });
    const words = await all({ q: "carbon tax" });
    expect(phrase.length).toBeGreaterThan(10);
    expect(words.length).toBeGreaterThan(phrase.length);
    expect(new Set(keys(words)).size).toBe(words.length);
    for (const key of keys(phrase)) expect(keys(words)).toContain(key);
    // Adjacent as FTS5 tokenizes: punctuation between the words does not separate a phrase.
    const ids = phrase.filter((r) => r.type === "statement").map((r) => Number(r.id));
    const { results } = await env.CIVIC.prepare(
      "SELECT id, concat_ws(' | ', heading_en, subheading_en, text_en, heading_fr, subheading_fr, text_fr) AS text FROM statements WHERE id IN (SELECT value FROM json_each(?))",
    )
      .bind(JSON.stringify(ids))
      .all<{ id: number; text: string }>();
    expect(results.length).toBe(ids.length);
    for (const row of results) expect(row.text, String(row.id)).toMatch(/carbon[^\p{L}\p{N}]+tax/iu);
  });

  it("excludes a word: carbon = carbon tax + carbon -tax", async () => {
    const without = await all({ q: "carbon -tax" });
    const taxed = new Set(keys(await all({ q: "tax" })));
    expect(without.length).toBeGreaterThan(0);
    for (const key of keys(without)) expect(taxed.has(key)).toBe(false);
    expect((await total("carbon tax")) + without.length).toBe(await total("carbon"));
  });

  it("excludes a phrase", async () => {
    expect((await total('carbon -"carbon tax"')) + (await total('"carbon tax"'))).toBe(await total("carbon"));
  });

  it("reads OR as either: |a OR b| = |a| + |b| - |a b|", async () => {
    const [either, a, b, both] = await Promise.all([total("pipeline OR railway"), total("pipeline"), total("railway"), total("pipeline railway")]);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(either).toBe(a + b - both);
  });

  it("binds OR tighter than the implicit AND: a OR b c = (a OR b) AND c", async () => {
    const [grouped, ac, bc, abc] = await Promise.all([
      total("pipeline OR railway government"),
      total("pipeline government"),
      total("railway government"),
      total("pipeline railway government"),
    ]);
    expect(grouped).toBe(ac + bc - abc);
  });

  it("reads a lower-case or as a word", async () => {
    expect(await total("pipeline or railway")).toBeLessThan(await total("pipeline OR railway"));
  });
});

describe("ranking", () => {
  it("puts the member, bill or committee a query names before the statements that mention it", async () => {
    const trudeau = await search({ q: "Justin Trudeau" });
    expect(trudeau.data[0]).toMatchObject({ type: "member", title: "Justin Trudeau", url: "/api/v1/members/58733" });
    const bill = await search({ q: "C-60" });
    expect(bill.data[0]).toMatchObject({ type: "bill", id: "41-1/C-60", url: "/api/v1/bills/41-1/C-60", title: "C-60 — Economic Action Plan 2013 Act, No. 1" });
    expect(bill.data[0]!.snippet).toBe("<mark>C-60</mark> — Economic Action Plan 2013 Act, No. 1");
    const committee = await search({ q: "veterans" });
    expect(committee.data[0]).toMatchObject({ type: "committee", id: "acva", title: "Standing Committee on Veterans Affairs", url: "/api/v1/committees/acva" });
    expect(committee.data[1]).toMatchObject({ type: "statement" });
  });

  it("orders by score, newest first among equal scores", async () => {
    const rows = await all({ q: "immigration" });
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.score).toBeGreaterThanOrEqual(b.score);
      if (a.score === b.score) expect((a.date ?? "") >= (b.date ?? "")).toBe(true);
    }
  });

  it("sorts by date on request, newest first, results without a date last", async () => {
    const rows = await all({ q: "immigration", sort: "date" });
    const dates = rows.map((r) => r.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(keys(rows))).toEqual(new Set(keys(await all({ q: "immigration" }))));
  });
});

describe("hostile input", () => {
  const HOSTILE = [
    '"',
    '""',
    '"""',
    "*",
    "tax*",
    "NEAR(",
    "NEAR(carbon tax, 5)",
    "-",
    "--",
    "- - -",
    '"unbalanced quote',
    'carbon "tax',
    'a"b"c',
    "'; DROP TABLE statements; --",
    "1' OR '1'='1",
    "col:term",
    "text_en:carbon",
    "{text_en text_fr}: tax",
    "^carbon",
    "carbon AND",
    "AND OR NOT",
    "OR",
    "(((",
    ")",
    "carbon\u0000tax",
    "\u0000",
    "\u0002mark\u0003",
    "<script>alert(1)</script>",
    "%",
    "\\",
    "🙂 carbon",
    "\u202etax",
    "x".repeat(500),
    "a ".repeat(32),
  ];

  it.each(HOSTILE.map((q) => [JSON.stringify(q).slice(0, 60), q]))("answers %s with results or a clear 400", async (_, q) => {
    const response = await client(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect([200, 400]).toContain(response.status);
    if (response.status === 400) {
      const problem = await readProblem(response);
      expect(problem.errors?.[0]?.pointer).toBe("query.q");
    } else {
      const body = (await response.json()) as SearchPage;
      expect(Array.isArray(body.data)).toBe(true);
    }
  });

  it.each([
    ["a 10 KB string", "x".repeat(10_240), "at most 500 characters"],
    ["501 characters", "y".repeat(501), "at most 500 characters"],
    ["33 words", "w ".repeat(33), "at most 32 words"],
    ["an empty query", "", "must not be empty"],
    ["blanks", "   ", "must not be empty"],
    ["only punctuation", '* ^ ( ) " -', "no words to search for"],
    ["only exclusions", "-carbon -tax", "not only exclusions"],
  ])("refuses %s with a 400 that says why", async (_, q, why) => {
    const response = await client(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(400);
    const problem = await readProblem(response);
    expect(problem.detail).toContain(why);
    expect(problem.errors?.map((e) => e.pointer)).toEqual(["query.q"]);
  });

  it("refuses a missing query, a repeated one, and malformed parameters with 400s naming them", async () => {
    for (const [path, pointer] of [
      ["/api/v1/search", "query.q"],
      ["/api/v1/search?q=a&q=b", "query.q"],
      ["/api/v1/search?q=tax&type=speech", "query.type"],
      ["/api/v1/search?q=tax&session=44", "query.session"],
      ["/api/v1/search?q=tax&party=Liberal%20Party", "query.party"],
      ["/api/v1/search?q=tax&member=a%20b", "query.member"],
      ["/api/v1/search?q=tax&date_from=2023-02-30", "query.date_from"],
      ["/api/v1/search?q=tax&date_from=2024-01-01&date_to=2023-01-01", "query.date_to"],
      ["/api/v1/search?q=tax&sort=popularity", "query.sort"],
      ["/api/v1/search?q=tax&limit=0", "query.limit"],
      ["/api/v1/search?q=tax&limit=101", "query.limit"],
      ["/api/v1/search?q=tax&lang=de", "query.lang"],
      ["/api/v1/search?q=tax&cursor=not-a-cursor", "query.cursor"],
    ] as const) {
      const response = await client(path);
      expect(response.status, path).toBe(400);
      const pointers = (await readProblem(response)).errors?.map((e) => e.pointer) ?? [];
      expect(
        pointers.some((p) => p === pointer || p.startsWith(`${pointer}.`)),
        `${path}: ${pointers.join(", ")}`,
      ).toBe(true);
    }
  });

  it("refuses a cursor issued for the other sort", async () => {
    const { pagination } = await search({ q: "immigration", limit: 2 });
    const response = await client(`/api/v1/search?q=immigration&sort=date&cursor=${pagination.next_cursor}`);
    expect(response.status).toBe(400);
  });

  it("leaves the data as it was", async () => {
    const count = async () => (await env.CIVIC.prepare("SELECT count(*) AS n FROM statements").first<{ n: number }>())!.n;
    const before = await count();
    await client(`/api/v1/search?q=${encodeURIComponent("'); DELETE FROM statements; --")}`);
    await client(`/api/v1/search?q=tax&member=${encodeURIComponent("1 OR 1=1")}`);
    expect(await count()).toBe(before);
  });
});
