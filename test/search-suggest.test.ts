import { beforeAll, describe, expect, it } from "vitest";
import { readProblem } from "./helpers";
import { client, CORPUS_TIMEOUT_MS, loadCorpus } from "./search-corpus";
import type { Schema } from "../web/src/api/operations";

/** `GET /api/v1/search/suggest` over the real corpus: prefix completions for a search box. */

beforeAll(loadCorpus, CORPUS_TIMEOUT_MS);

type Suggestion = Schema<"Suggestion">;

async function suggest(q: string, extra = ""): Promise<Suggestion[]> {
  const response = await client(`/api/v1/search/suggest?q=${encodeURIComponent(q)}${extra}`);
  if (response.status !== 200) throw new Error(`suggest ${q}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as Schema<"Suggestions">).data;
}

const of = (type: Suggestion["type"], list: Suggestion[]) => list.filter((s) => s.type === type);

describe("suggestions", () => {
  it("complete a member's name from its first letters, with the API link", async () => {
    const [first] = of("member", await suggest("justin tru"));
    expect(first).toEqual({
      type: "member",
      id: "58733",
      text: "Justin Trudeau",
      html: "<mark>Justin</mark> <mark>Trudeau</mark>",
      url: "/api/v1/members/58733",
    });
  });

  it("fold accents in what is typed and what is found", async () => {
    const members = of("member", await suggest("andre bellav"));
    expect(members.map((m) => m.text)).toContain("André Bellavance");
    expect(of("member", await suggest("andré bellav")).map((m) => m.text)).toEqual(members.map((m) => m.text));
  });

  it("put a bill number typed in full before the numbers it begins", async () => {
    const bills = of("bill", await suggest("c-4"));
    const exact = bills.map((b) => b.url.endsWith("/C-4"));
    expect(exact[0]).toBe(true);
    // Every session's C-4 (the real data has two), then C-40, C-42…
    expect(exact).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
    expect(bills.filter((b) => !b.url.endsWith("/C-4")).every((b) => /^C-4\d/.test(b.text))).toBe(true);
  });

  it("complete a bill's title", async () => {
    const [bill] = of("bill", await suggest("economic action plan 2013"));
    expect(bill).toMatchObject({ id: "41-1/C-60", text: "C-60 — Economic Action Plan 2013 Act, No. 1", url: "/api/v1/bills/41-1/C-60" });
  });

  it("offer the most discussed topics first, as searches", async () => {
    const topics = of("topic", await suggest("carb"));
    expect(topics[0]).toMatchObject({
      text: "Carbon Pricing",
      html: "<mark>Carbon</mark> Pricing",
      lang: "en",
      url: "/api/v1/search?q=%22Carbon%20Pricing%22",
    });
    const counts = topics.map((t) => t.statements!);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const search = await client(topics[0]!.url);
    expect(search.status).toBe(200);
    expect(((await search.json()) as Schema<"SearchPage">).pagination.total).toBeGreaterThanOrEqual(topics[0]!.statements!);
  });

  it("keep topics in the language asked for", async () => {
    const topics = of("topic", await suggest("just", "&lang=fr"));
    expect(topics.map((t) => t.text)).toContain("La justice");
    expect(topics.every((t) => t.lang === "fr")).toBe(true);
  });

  it("give up to limit of each kind", async () => {
    const list = await suggest("c", "&limit=2");
    for (const type of ["member", "bill", "topic"] as const) expect(of(type, list).length).toBeLessThanOrEqual(2);
    expect(of("bill", list).length).toBe(2);
  });

  it.each(['"', "*", "NEAR(", "-", "- -", '"unbalanced', "'; DROP TABLE members; --", "col:ter", "^", "\u0000", "OR", "c*"])(
    "answer %j with suggestions or none, never an error",
    async (q) => {
      const response = await client(`/api/v1/search/suggest?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      expect(Array.isArray(((await response.json()) as Schema<"Suggestions">).data)).toBe(true);
    },
  );

  it("refuse an empty or overlong prefix with a 400", async () => {
    for (const q of ["", "   ", "x".repeat(10_240)]) {
      const response = await client(`/api/v1/search/suggest?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(400);
      expect((await readProblem(response)).errors?.map((e) => e.pointer)).toEqual(["query.q"]);
    }
  });
});
