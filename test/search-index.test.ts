import { env } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, CORPUS_TIMEOUT_MS, loadCorpus, search } from "./search-corpus";
import type { Schema } from "../web/src/api/operations";

/**
 * The FTS5 indexes follow the civic tables as the ETL writes them (inserts, upserts, updates,
 * deletes and cascades), through the triggers of migrations/civic/0001_search.sql, and what they
 * serve is escaped. The rows written here use session 96-1 and ids 96xxxx, which no other test
 * or dataset uses, and are removed afterwards so the real corpus is left as it was.
 */

const SESSION = "96-1";
const DOCUMENT = 960001;
const HOSTILE_TEXT =
  'Members heard <script>alert("zqxjscript")</script> & <b>zqxjbold</b> said <img src=x onerror=alert(1)> zqxjunique today. ' +
  "A stray \u0002sentinel\u0003 and \u0003another\u0002 here.";

async function run(sql: string, ...binds: (string | number | null)[]) {
  return env.CIVIC.prepare(sql)
    .bind(...binds)
    .run();
}

async function cleanUp() {
  await run("DELETE FROM statements WHERE document_id = ?", DOCUMENT);
  await run("DELETE FROM documents WHERE id = ?", DOCUMENT);
  await run("DELETE FROM bills WHERE session_code = ?", SESSION);
  await run("DELETE FROM members WHERE id = 960001");
  await run("DELETE FROM committees WHERE id = 960001");
  await run("DELETE FROM sessions WHERE code = ?", SESSION);
}

beforeAll(async () => {
  await loadCorpus();
  await cleanUp();
  await run(
    "INSERT INTO sessions (code, parliament_number, session_number, name_en, source) VALUES (?, 96, 1, '96th Parliament, 1st Session', 'test')",
    SESSION,
  );
  await run("INSERT INTO documents (id, kind, session_code, date, number, source) VALUES (?, 'debates', ?, '2096-01-15', 1, 'test')", DOCUMENT, SESSION);
}, CORPUS_TIMEOUT_MS);

afterAll(cleanUp);

const found = async (q: string) => (await search({ q, limit: 10 })).data;

async function integrity(table: string) {
  await run(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`);
}

describe("the indexes", () => {
  it("hold every row the ETL loaded: FTS5's integrity check passes against each table", async () => {
    for (const table of ["statements_fts", "bills_fts", "members_fts", "committees_fts", "representatives_fts", "search_topics_fts"]) await integrity(table);
    const counts = (await env.CIVIC.prepare(
      "SELECT (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM statements_fts_docsize) AS indexed",
    ).first<{ statements: number; indexed: number }>())!;
    expect(counts.indexed).toBe(counts.statements);
  });

  it("follow a statement inserted, upserted, updated and deleted", async () => {
    await run(
      `INSERT INTO statements (id, document_id, date, sequence, speaker_name_en, subheading_en, text_en, source)
       VALUES (960001, ?, '2096-01-15', 1, 'Mx. Zqxj Speaker', 'Zqxj Topic Test', 'First words zqxjfirst.', 'test')`,
      DOCUMENT,
    );
    expect((await found("zqxjfirst")).map((r) => r.id)).toEqual(["960001"]);

    // The ETL's upsert: INSERT … ON CONFLICT DO UPDATE.
    await run(
      `INSERT INTO statements (document_id, date, sequence, text_en, source) VALUES (?, '2096-01-15', 1, 'Upserted words zqxjupsert.', 'test')
       ON CONFLICT (document_id, sequence) DO UPDATE SET text_en = excluded.text_en`,
      DOCUMENT,
    );
    expect(await found("zqxjfirst")).toEqual([]);
    expect((await found("zqxjupsert")).map((r) => r.id)).toEqual(["960001"]);

    // A change to a column the index does not hold leaves the index as it was.
    await run("UPDATE statements SET time = '14:05', procedural = 1 WHERE id = 960001");
    expect((await found("zqxjupsert")).map((r) => r.id)).toEqual(["960001"]);

    await run("UPDATE statements SET speaker_name_en = 'Mx. Zqxjrenamed' WHERE id = 960001");
    expect((await found("zqxjrenamed")).map((r) => r.id)).toEqual(["960001"]);

    await run("DELETE FROM statements WHERE id = 960001");
    expect(await found("zqxjupsert")).toEqual([]);
    await integrity("statements_fts");
  });

  it("follow a sitting's statements removed by cascade", async () => {
    await run("INSERT INTO documents (id, kind, session_code, date, number, source) VALUES (960002, 'debates', ?, '2096-01-16', 2, 'test')", SESSION);
    await run("INSERT INTO statements (document_id, date, sequence, text_en, source) VALUES (960002, '2096-01-16', 1, 'Cascade zqxjcascade.', 'test')");
    expect((await found("zqxjcascade")).length).toBe(1);
    await run("DELETE FROM documents WHERE id = 960002");
    expect(await found("zqxjcascade")).toEqual([]);
    await integrity("statements_fts");
  });

  it("count statements under each topic for suggestions, and drop a topic with its last statement", async () => {
    const topics = async () =>
      ((await (await client("/api/v1/search/suggest?q=zqxjtopic")).json()) as Schema<"Suggestions">).data.filter((s) => s.type === "topic");
    for (const sequence of [11, 12]) {
      await run(
        "INSERT INTO statements (document_id, date, sequence, subheading_en, text_en, source) VALUES (?, '2096-01-15', ?, 'Zqxjtopic Harbours', 'Words.', 'test')",
        DOCUMENT,
        sequence,
      );
    }
    expect(await topics()).toEqual([expect.objectContaining({ text: "Zqxjtopic Harbours", statements: 2 })]);
    await run("UPDATE statements SET subheading_en = 'Zqxjtopic Lighthouses' WHERE document_id = ? AND sequence = 12", DOCUMENT);
    expect((await topics()).map((t) => [t.text, t.statements])).toEqual([
      ["Zqxjtopic Harbours", 1],
      ["Zqxjtopic Lighthouses", 1],
    ]);
    await run("DELETE FROM statements WHERE document_id = ? AND sequence IN (11, 12)", DOCUMENT);
    expect(await topics()).toEqual([]);
    await integrity("search_topics_fts");
  });

  it("follow bills, members and committees", async () => {
    await run(
      "INSERT INTO bills (session_code, number, number_only, originating_chamber, short_title_en, source) VALUES (?, 'C-9601', 9601, 'house', 'Zqxjbill Act', 'test')",
      SESSION,
    );
    await run("INSERT INTO members (id, slug, name, source) VALUES (960001, 'zqxj-member-t96', 'Zqxjmember Testperson', 'test')");
    await run(
      "INSERT INTO committees (id, slug, acronym, name_en, source) VALUES (960001, 'zqxj-committee-t96', 'ZQXJ', 'Standing Committee on Zqxjcommittee', 'test')",
    );
    expect((await found("zqxjbill")).map((r) => [r.type, r.id])).toEqual([["bill", `${SESSION}/C-9601`]]);
    expect((await found("zqxjmember")).map((r) => [r.type, r.id])).toEqual([["member", "zqxj-member-t96"]]);
    expect((await found("zqxjcommittee")).map((r) => [r.type, r.id])).toEqual([["committee", "zqxj-committee-t96"]]);

    await run("UPDATE bills SET short_title_en = 'Zqxjrenamedbill Act', status = 'committee' WHERE session_code = ?", SESSION);
    await run("UPDATE members SET name = 'Zqxjrenamedmember Testperson' WHERE id = 960001");
    expect(await found("zqxjbill")).toEqual([]);
    expect((await found("zqxjrenamedbill")).length).toBe(1);
    expect((await found("zqxjrenamedmember")).length).toBe(1);

    await run("DELETE FROM bills WHERE session_code = ?", SESSION);
    await run("DELETE FROM members WHERE id = 960001");
    await run("DELETE FROM committees WHERE id = 960001");
    expect(await found("zqxjrenamedbill")).toEqual([]);
    expect(await found("zqxjrenamedmember")).toEqual([]);
    expect(await found("zqxjcommittee")).toEqual([]);
    for (const table of ["bills_fts", "members_fts", "committees_fts"]) await integrity(table);
  });
});

describe("snippets", () => {
  it("escape the source text: a statement holding <script> comes back as text, its match in <mark>", async () => {
    await run(
      "INSERT INTO statements (document_id, date, sequence, speaker_name_en, text_en, source) VALUES (?, '2096-01-15', 20, 'Mx. <i>Zqxj</i>', ?, 'test')",
      DOCUMENT,
      HOSTILE_TEXT,
    );
    for (const q of ["zqxjunique", "zqxjscript", "zqxjbold", "sentinel", "Zqxj"]) {
      const [result] = (await search({ q, type: "statement", date_from: "2096-01-01" })).data;
      expect(result, q).toBeDefined();
      const { snippet } = result!;
      expect(snippet, q).not.toMatch(/<(?!\/?mark>)/);
      expect(snippet.match(/<mark>/g)?.length ?? 0, q).toBe(snippet.match(/<\/mark>/g)?.length ?? 0);
      expect(snippet.replace(/<\/?mark>/g, ""), q).toContain("&lt;script&gt;alert(&quot;zqxjscript&quot;)&lt;/script&gt; &amp; &lt;b&gt;");
      // FTS5's snippet markers are control characters; none may leak into an answer.
      expect(
        [...snippet].filter((ch) => ch === "\u0002" || ch === "\u0003"),
        q,
      ).toEqual([]);
    }
    const [marked] = (await search({ q: "zqxjbold", type: "statement" })).data;
    expect(marked!.snippet).toContain("&lt;b&gt;<mark>zqxjbold</mark>&lt;/b&gt;");
    // Titles are plain text, as every other string field: clients escape them like any data.
    expect(marked!.title).toBe("Mx. <i>Zqxj</i>");
    await run("DELETE FROM statements WHERE document_id = ? AND sequence = 20", DOCUMENT);
  });
});
