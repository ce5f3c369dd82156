import { beforeAll, describe, expect, it } from "vitest";
import { client, CORPUS_TIMEOUT_MS, loadCorpus, search, type Result, type SearchPage } from "./search-corpus";

/** Facets, filters and paging of `GET /api/v1/search` over the real corpus. */

beforeAll(loadCorpus, CORPUS_TIMEOUT_MS);

/** Walks every page at `limit`, checking each page's total and facets agree with the first's. */
async function walk(params: Record<string, string | number>, limit: number): Promise<{ rows: Result[]; first: SearchPage; pages: number }> {
  const rows: Result[] = [];
  let first: SearchPage | undefined;
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await search({ ...params, limit, ...(cursor ? { cursor } : {}) });
    pages++;
    expect(page.data.length).toBeLessThanOrEqual(limit);
    if (first) {
      expect(page.pagination.total).toBe(first.pagination.total);
      expect(page.facets).toEqual(first.facets);
    }
    first ??= page;
    rows.push(...page.data);
    cursor = page.pagination.next_cursor;
  } while (cursor && pages < 200);
  return { rows, first: first!, pages };
}

const keys = (rows: Result[]) => rows.map((r) => `${r.type}:${r.id}`);
const sum = (facet: { count: number }[]) => facet.reduce((n, f) => n + f.count, 0);

describe("facets", () => {
  it.each([
    ["immigration", {}],
    ["carbon tax", {}],
    ["trudeau", {}],
    ["economie", { lang: "fr" }],
    ["canada", { session: "44-1" }],
    ["government", { party: "ndp", date_from: "2014-01-01", date_to: "2014-12-31" }],
    ["health OR housing", { type: "statement,bill" }],
  ])("add up to the total, each of them (%s %j)", async (q, filters) => {
    const page = await search({ q, ...filters, limit: 1 });
    expect(page.pagination.total).toBeGreaterThan(0);
    for (const name of ["type", "party", "session", "year"] as const) {
      expect(sum(page.facets[name]), name).toBe(page.pagination.total);
    }
  });

  it("count what each filter then returns", async () => {
    const { facets, pagination } = await search({ q: "immigration", limit: 1 });
    expect(facets.type.length).toBeGreaterThan(1);
    for (const { value, count } of facets.type) expect((await search({ q: "immigration", type: value!, limit: 1 })).pagination.total, value!).toBe(count);
    for (const { value, count } of facets.party.filter((f) => f.value))
      expect((await search({ q: "immigration", party: value!, limit: 1 })).pagination.total, value!).toBe(count);
    for (const { value, count } of facets.session.filter((f) => f.value))
      expect((await search({ q: "immigration", session: value!, limit: 1 })).pagination.total, value!).toBe(count);
    for (const { value, count } of facets.year.filter((f) => f.value)) {
      const year = { date_from: `${value}-01-01`, date_to: `${value}-12-31` };
      expect((await search({ q: "immigration", ...year, limit: 1 })).pagination.total, value!).toBe(count);
    }
    expect(pagination.total).toBe(sum(facets.type));
  });

  it("name parties, newest sessions and years first", async () => {
    const { facets } = await search({ q: "immigration", limit: 1 });
    expect(facets.party.find((f) => f.value === "liberal")).toMatchObject({ label: "Liberal" });
    const sessions = facets.session.map((f) => f.value).filter(Boolean);
    expect(sessions[0]).toBe("44-1");
    const years = facets.year.map((f) => f.value).filter(Boolean) as string[];
    expect(years).toEqual([...years].sort().reverse());
    expect(facets.session[facets.session.length - 1]!.value).toBeNull();
  });
});

describe("filters", () => {
  it("type: only those kinds of result", async () => {
    const { rows } = await walk({ q: "immigration", type: "committee,statement" }, 100);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(["committee", "statement"]));
    const { rows: members } = await walk({ q: "trudeau", type: "member" }, 100);
    expect(members.map((r) => r.title)).toEqual(["Justin Trudeau"]);
  });

  it("session: statements and bills of that session", async () => {
    const { rows } = await walk({ q: "canada", session: "41-2" }, 100);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.session === "41-2" && (r.type === "statement" || r.type === "bill"))).toBe(true);
  });

  it("party: the speaker's party that day", async () => {
    const { rows } = await walk({ q: "carbon tax", party: "cpc" }, 100);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.party === "cpc")).toBe(true);
  });

  it("member: by House id or slug, what they said", async () => {
    const byId = await walk({ q: "carbon", member: "278501" }, 100);
    expect(byId.rows.length).toBeGreaterThan(0);
    expect(byId.rows.every((r) => r.member?.slug === "warren-steinley")).toBe(true);
    const bySlug = await walk({ q: "carbon", member: "warren-steinley" }, 100);
    expect(keys(bySlug.rows)).toEqual(keys(byId.rows));
    // An unknown member narrows to nothing, as list filters do.
    expect((await search({ q: "carbon", member: "999999999" })).pagination.total).toBe(0);
  });

  it("date range: inclusive at both ends, results without a date left out", async () => {
    const { rows } = await walk({ q: "canada", date_from: "2014-01-30", date_to: "2014-06-12" }, 100);
    const dates = new Set(rows.map((r) => r.date));
    expect(dates.has("2014-01-30")).toBe(true);
    expect(dates.has("2014-06-12")).toBe(true);
    expect(rows.every((r) => r.date !== null && r.date >= "2014-01-30" && r.date <= "2014-06-12")).toBe(true);
  });

  it("lang: matches in that language's text only, and shows it", async () => {
    const [either, fr, en] = await Promise.all([
      search({ q: "economie", type: "statement" }),
      search({ q: "economie", type: "statement", lang: "fr" }),
      search({ q: "economie", type: "statement", lang: "en" }),
    ]);
    expect(fr.pagination.total).toBe(either.pagination.total);
    expect(en.pagination.total).toBeLessThan(either.pagination.total!);
    expect(fr.data[0]!.snippet).toMatch(/<mark>économie<\/mark>/);
    const english = await search({ q: "senate appointments", type: "statement", lang: "en" });
    const french = await search({ q: "senate appointments", type: "statement", lang: "fr" });
    expect(english.pagination.total).toBeGreaterThan(0);
    expect(french.pagination.total).toBe(0);
  });

  it("combine: every filter at once", async () => {
    const { rows } = await walk(
      { q: "tax", type: "statement", session: "44-1", party: "cpc", date_from: "2023-05-01", date_to: "2023-05-31", lang: "en" },
      100,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.session === "44-1" && r.party === "cpc" && r.date! >= "2023-05-01" && r.date! <= "2023-05-31")).toBe(true);
  });

  it("shows titles in the language asked for with Accept-Language, without filtering on it", async () => {
    const path = `/api/v1/search?q=${encodeURIComponent('"logiciels semblables"')}`;
    const fr = await client(path, { headers: { "accept-language": "fr-CA,fr;q=0.9" } });
    expect(fr.headers.get("content-language")).toBe("fr");
    const page = (await fr.json()) as SearchPage;
    expect(page.pagination.total).toBeGreaterThan(0);
    const veterans = (await (await client("/api/v1/search?q=veterans&type=committee", { headers: { "accept-language": "fr" } })).json()) as SearchPage;
    expect(veterans.data[0]!.title).toBe("Comité permanent des anciens combattants");
  });
});

describe("pages", () => {
  it.each([
    ["relevance", { q: "immigration" }],
    ["date", { q: "immigration", sort: "date" }],
    ["relevance, filtered", { q: "canada", session: "41-2" }],
  ])("walk every result once, in the one-page order (%s)", async (_, params) => {
    const whole = await search({ ...params, limit: 100 });
    const expected = whole.pagination.total! <= 100 ? keys(whole.data) : keys((await walk(params, 100)).rows);
    const { rows, pages } = await walk(params, 7);
    expect(pages).toBe(Math.ceil(expected.length / 7));
    expect(keys(rows)).toEqual(expected);
    expect(new Set(keys(rows)).size).toBe(rows.length);
  });

  it("answer the same page for the same cursor", async () => {
    const first = await search({ q: "carbon", limit: 5 });
    const again = await search({ q: "carbon", limit: 5, cursor: first.pagination.next_cursor! });
    const twice = await search({ q: "carbon", limit: 5, cursor: first.pagination.next_cursor! });
    expect(keys(again.data)).toEqual(keys(twice.data));
    expect(keys(again.data).some((k) => keys(first.data).includes(k))).toBe(false);
  });

  it("carry an ETag and answer 304 when it matches", async () => {
    const response = await client("/api/v1/search?q=carbon&limit=3");
    const etag = response.headers.get("etag")!;
    expect(etag).toBeTruthy();
    expect(response.headers.get("cache-control")).toContain("max-age");
    expect((await client("/api/v1/search?q=carbon&limit=3", { headers: { "if-none-match": etag } })).status).toBe(304);
  });
});
