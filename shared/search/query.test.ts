import { describe, expect, it } from "vitest";
import { ProblemError } from "#shared/http/problem";
import { ftsExpression, MAX_QUERY_LENGTH, MAX_TERMS, normalizeQuery, parseQuery, prefixExpression } from "./query";

const fts = (q: string, columns?: string[]) => ftsExpression(parseQuery(q), columns);

function refusal(q: string): string {
  try {
    parseQuery(q);
  } catch (err) {
    expect(err).toBeInstanceOf(ProblemError);
    expect((err as ProblemError).status).toBe(400);
    expect((err as ProblemError).extra.errors?.[0]?.pointer).toBe("query.q");
    return (err as ProblemError).detail;
  }
  throw new Error(`${JSON.stringify(q)} was accepted`);
}

describe("the search grammar", () => {
  it("requires every word", () => {
    expect(fts("carbon tax")).toBe('("carbon" AND "tax")');
  });

  it("keeps a quoted phrase together, and runs an unclosed quote to the end", () => {
    expect(fts('"carbon tax" rebate')).toBe('("carbon tax" AND "rebate")');
    expect(fts('rebate "carbon tax')).toBe('("rebate" AND "carbon tax")');
  });

  it("excludes words and phrases marked with a minus, over every column", () => {
    expect(fts('carbon -tax -"price on pollution"')).toBe('("carbon") NOT ("tax" OR "price on pollution")');
    expect(fts("carbon -tax", ["text_en"])).toBe('{text_en} : ("carbon") NOT ("tax")');
  });

  it("reads an upper-case OR as either, binding tighter than the implicit AND", () => {
    expect(fts("carbon tax OR levy OR price rebate")).toBe('("carbon" AND ("tax" OR "levy" OR "price") AND "rebate")');
    expect(fts("carbon or tax")).toBe('("carbon" AND "or" AND "tax")');
  });

  it("drops an OR with nothing on one side, and counts a doubled one once", () => {
    expect(fts("OR carbon OR")).toBe('("carbon")');
    expect(fts("carbon OR OR tax")).toBe('(("carbon" OR "tax"))');
    expect(fts("carbon OR -tax levy")).toBe('("carbon" AND "levy") NOT ("tax")');
  });

  it("treats FTS5 operators, column filters and SQL as text", () => {
    expect(fts("NEAR(carbon tax)")).toBe('("NEAR(carbon" AND "tax)")');
    expect(fts("text_en:tax ^carbon tax*")).toBe('("text_en:tax" AND "^carbon" AND "tax*")');
    expect(fts("carbon AND NOT tax")).toBe('("carbon" AND "AND" AND "NOT" AND "tax")');
    expect(fts("'; DROP TABLE statements; --")).toBe('("DROP" AND "TABLE" AND "statements;")');
  });

  it("doubles a quote inside a term, the only character an FTS5 string escapes", () => {
    expect(fts('O"Brien')).toBe('("O" AND "Brien")');
    expect(fts('it"s')).toBe('("it" AND "s")');
    expect(ftsExpression({ all: [[{ text: 'say "hi"', phrase: true }]], none: [] })).toBe('("say ""hi""")');
  });

  it("drops terms with no letters or digits, which FTS5 would match nothing with", () => {
    expect(fts('carbon * ^ - -- "" ( )')).toBe('("carbon")');
  });

  it("reads control characters, NUL included, as spaces", () => {
    expect(fts("carbon\u0000tax\u0002")).toBe('("carbon" AND "tax")');
  });

  it.each([
    ["", "has no words"],
    ["   ", "has no words"],
    ['* ^ " - ( )', "has no words"],
    ["-carbon -tax", "not only exclusions"],
    ["x".repeat(MAX_QUERY_LENGTH + 1), `at most ${MAX_QUERY_LENGTH} characters`],
    [Array.from({ length: MAX_TERMS + 1 }, (_, i) => `w${i}`).join(" "), `at most ${MAX_TERMS} words`],
  ])("refuses %j with a 400 that says why", (q, why) => {
    expect(refusal(q)).toContain(why);
  });

  it("accepts the longest and the busiest query allowed", () => {
    expect(() => parseQuery("x".repeat(MAX_QUERY_LENGTH))).not.toThrow();
    expect(() => parseQuery(Array.from({ length: MAX_TERMS }, (_, i) => `w${i}`).join(" "))).not.toThrow();
  });
});

describe("normalised queries for analytics", () => {
  it("fold case and accents and keep the query's shape", () => {
    expect(normalizeQuery(parseQuery('  Économie   "Carbon  Tax" -Québec OR '))).toBe('economie "carbon tax" -quebec');
    expect(normalizeQuery(parseQuery("economie"))).toBe(normalizeQuery(parseQuery("ÉCONOMIE")));
  });
});

describe("prefix completion", () => {
  it("completes the last word and keeps only token characters", () => {
    expect(prefixExpression("justin tru")).toBe('"justin" AND "tru" *');
    expect(prefixExpression('c-4"')).toBe('"c" AND "4" *');
    expect(prefixExpression('NEAR("x" *')).toBe('"NEAR" AND "x" *');
    expect(prefixExpression("* ^ -")).toBeUndefined();
  });
});
