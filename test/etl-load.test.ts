import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { CIVIC_DATA_VERSION_KEY } from "../shared/civic/data-version";
import { finished, loadEverything, MIRROR, run, snapshot, sources, startRun } from "./etl-driver";
import { LOADABLE } from "./loadable-sources";
import { eventually, gateway } from "./helpers";
import type { Schema } from "../web/src/api/operations";

/**
 * The ETL over the real files: the mirror stand-in serves data/sources/ (test/stand-ins), the
 * ETL's cron starts the sources in dependency order, and every document travels through
 * `etl-jobs` to the consumer and into D1, as in production.
 */

beforeAll(() => loadEverything(), 150_000);

describe("a first load of every real source", () => {
  it("loads each dataset, in dependency order, and reports it fresh", async () => {
    const all = await sources();
    for (const name of LOADABLE) {
      const s = all.find((x) => x.name === name)!;
      expect(s.stale, name).toBe(false);
      expect(s.record_count, name).toBeGreaterThan(0);
      expect(s.last_run?.status, name).toBe("succeeded");
    }
    // No LEGISinfo export ships with the data, so it stays never-loaded and says so.
    expect(all.find((s) => s.name === "legisinfo")).toMatchObject({ last_success_at: null, stale: true });
  });

  it("counts what the real files hold", async () => {
    // Other test files seed their own rows in this database; count what the sources wrote.
    const count = async (sql: string) =>
      (await env.CIVIC.prepare(sql.replace(/FROM (\w+)( WHERE)?/, (_, t, w) => `FROM ${t} WHERE session_code < '90'${w ? " AND" : ""}`)).first<{
        n: number;
      }>())!.n;
    expect(await env.CIVIC.prepare("SELECT code FROM sessions WHERE code = '44-1'").first()).toEqual({ code: "44-1" });
    expect(await count("SELECT count(*) AS n FROM documents WHERE kind = 'debates'")).toBe(11);
    expect(await count("SELECT count(*) AS n FROM documents WHERE kind = 'evidence'")).toBe(4);
    expect(await count("SELECT count(*) AS n FROM divisions")).toBe(10);
    // One ballot per member the division lists print, which the printed totals count.
    const ballots = (await env.CIVIC.prepare("SELECT count(*) AS n FROM ballots b JOIN divisions d ON d.id = b.division_id WHERE d.session_code < '90'").first<{
      n: number;
    }>())!.n;
    expect(ballots).toBe(await count("SELECT sum(yea_total + nay_total + paired_total) AS n FROM divisions"));
    expect(ballots).toBe(2463);
    expect((await env.CIVIC.prepare("SELECT count(*) AS n FROM representatives WHERE source = 'represent'").first<{ n: number }>())!.n).toBe(3749);
  });

  it("merges the English and French publications of a sitting into one document", async () => {
    const doc = (await env.CIVIC.prepare(
      "SELECT id, source_id_en, source_id_fr FROM documents WHERE session_code = '42-1' AND number = 2 AND kind = 'debates'",
    ).first<{ id: number; source_id_en: string; source_id_fr: string }>())!;
    expect(doc.source_id_en).toBeTruthy();
    expect(doc.source_id_fr).toBeTruthy();
    const both = (await env.CIVIC.prepare(
      "SELECT count(*) AS n, sum(CASE WHEN text_en != '' AND text_fr != '' THEN 1 ELSE 0 END) AS both FROM statements WHERE document_id = ?",
    )
      .bind(doc.id)
      .first<{ n: number; both: number }>())!;
    expect(both.n).toBeGreaterThan(30);
    expect(both.both / both.n).toBeGreaterThan(0.95);
  });

  it("titles each bill as the sittings state it, and never with the name of an Act it amends", async () => {
    const title = async (session: string, number: string) => (await (await gateway(`/api/v1/bills/${session}/${number}`)).json()) as Schema<"BillDetail">;
    // Named by its short title in a link ("Bill C-8, the Combating Contraband Products Act").
    expect((await title("41-2", "C-8")).short_title_en).toBe("Combating Contraband Products Act");
    // Its debate's heading, which is its short title.
    expect((await title("44-1", "C-29")).short_title_en).toBe("National Council for Reconciliation Act");
    // Headed with the Act they amend: no short title rather than a wrong one, the long title stated.
    for (const [session, number] of [
      ["41-2", "C-201"],
      ["41-2", "C-615"],
      ["44-1", "C-21"],
      ["44-1", "C-332"],
    ] as const) {
      const bill = await title(session, number);
      expect(bill.short_title_en, `${session} ${number}`).toBeNull();
      expect(bill.long_title_en, `${session} ${number}`).toMatch(/^An Act to amend/);
    }
  });

  it("keeps one member per person: a member first met by surname in a division list is merged into the full member", async () => {
    // Before, a division list's "Nater" stayed beside "John Nater" whenever it loaded first.
    const { results: twice } = await env.CIVIC.prepare(
      "SELECT lower(name) AS name, count(*) AS n FROM members WHERE name LIKE '% %' AND source <> 'test' GROUP BY lower(name) HAVING count(*) > 1",
    ).all<{ name: string; n: number }>();
    expect(twice).toEqual([]);
    const nater = await env.CIVIC.prepare(
      `SELECT m.id, (SELECT count(*) FROM ballots b WHERE b.member_id = m.id) AS ballots, (SELECT count(*) FROM statements s WHERE s.member_id = m.id) AS statements
       FROM members m WHERE m.name = 'John Nater'`,
    ).all<{ id: number; ballots: number; statements: number }>();
    expect(nater.results).toHaveLength(1);
    expect(nater.results[0]!.ballots).toBeGreaterThan(0);
    expect(nater.results[0]!.statements).toBeGreaterThan(0);
    expect(await env.CIVIC.prepare("SELECT count(*) AS n FROM members WHERE slug = 'nater'").first<{ n: number }>()).toEqual({ n: 0 });
  });

  it("links speakers printed with a French title in French-only publications to their member", async () => {
    // 41-1-54 and the committee meetings 5895073 and 11796678 are published in French only.
    const { results } = await env.CIVIC.prepare(
      `SELECT s.speaker_name_fr AS name, s.speaker_db_id AS db_id, s.member_id FROM statements s JOIN documents d ON d.id = s.document_id
       WHERE d.source_id_en IS NULL AND s.source <> 'test' AND (s.speaker_name_fr LIKE 'L''hon.%' OR s.speaker_name_fr LIKE 'Le très hon.%')`,
    ).all<{ name: string; db_id: number | null; member_id: number | null }>();
    expect(results.length).toBeGreaterThan(40);
    expect(results.filter((r) => r.member_id === null)).toEqual([]);
    const kenney = results.find((r) => r.name.startsWith("L'hon. Jason Kenney"))!;
    const member = (await env.CIVIC.prepare("SELECT name FROM members WHERE id = ?").bind(kenney.member_id).first<{ name: string }>())!;
    expect(member.name).toBe("Jason Kenney");
  });

  it("passes its data-quality checks: ballots add up to the printed totals and belong to members", async () => {
    const debates = (await sources()).find((s) => s.name === "hansard-debates")!;
    const quality = Object.fromEntries((await run(debates.last_run!.id)).quality.map((q) => [q.check, q]));
    expect(quality.division_totals_match_ballots?.status, quality.division_totals_match_ballots?.detail).toBe("pass");
    expect(quality.ballot_members_exist?.status).toBe("pass");
    expect(quality.freshness?.status).toBe("pass");
    expect(["pass", "warn"]).toContain(quality.statements_linked_to_members?.status);
    // What no source states is counted and each case listed: two ballots (Erin O'Toole's, who left
    // before the 44th Parliament's roster was taken) of 2,463 have no party.
    const withoutParty = quality.ballots_without_party!;
    expect(withoutParty.status).toBe("warn");
    expect(withoutParty.measured).toMatchObject({ count: 2, items: [{ subject: "44-1/332 O'Toole" }, { subject: "44-1/333 O'Toole" }] });
    for (const check of ["members_known_by_surname_only", "statements_without_member", "bills_without_titles", "terms_without_riding"]) {
      expect(["pass", "warn"], check).toContain(quality[check]?.status);
    }
  });

  it("announces new divisions on the events queue, each with its ballots", async () => {
    const event = await eventually(
      () =>
        env.PLATFORM.prepare("SELECT data FROM event_log WHERE type = 'division.recorded' AND subject = 'division:44-1/332'")
          .first<{ data: string }>()
          .then((r) => r ?? undefined),
      20_000,
      "the division event",
    );
    const data = JSON.parse(event.data) as { yea_total: number; nay_total: number; ballots: unknown[] };
    expect(data.ballots.length).toBe(data.yea_total + data.nay_total + ((data as { paired_total?: number }).paired_total ?? 0));
  });
});

describe("re-running", () => {
  it("changes nothing: every record is unchanged and the rows are identical", async () => {
    const before = await snapshot();
    // The rosters too: their reconciliation merges members and rewrites terms, and must find
    // nothing left to do after a first load.
    const sources = [
      "openparliament-ridings",
      "ocd-divisions",
      "openparliament-politicians",
      "house-rosters",
      "parlinfo-members",
      "hansard-debates",
      "represent",
    ];
    for (const name of sources) {
      const again = await finished((await startRun(name)).id);
      expect(again.status, name).toBe("succeeded");
      expect(again.inserted, name).toBe(0);
      expect(again.updated, name).toBe(0);
      expect(again.unchanged, name).toBeGreaterThan(0);
    }
    expect(await snapshot()).toBe(before);
  });

  it("after a run killed half-way, ends with identical rows", async () => {
    const before = await snapshot();
    // What a killed run leaves: some of its documents' rows written, the rest not.
    await env.CIVIC.batch([
      env.CIVIC.prepare("DELETE FROM ballots WHERE division_id IN (SELECT id FROM divisions WHERE session_code = '44-1')"),
      env.CIVIC.prepare("DELETE FROM statements WHERE document_id IN (SELECT id FROM documents WHERE session_code = '44-1' AND number = 200)"),
    ]);
    expect(await snapshot()).not.toBe(before);
    const version = await env.CONFIG.get(CIVIC_DATA_VERSION_KEY);
    const rerun = await finished((await startRun("hansard-debates")).id);
    expect(rerun.status).toBe("succeeded");
    expect(rerun.inserted).toBeGreaterThan(0);
    expect(await snapshot()).toBe(before);
    // A run that wrote rows records a new civic data version, so cached charts miss.
    await eventually(async () => ((await env.CONFIG.get(CIVIC_DATA_VERSION_KEY)) !== version ? true : undefined), 10_000, "a new data version");
  });
});

describe("documents that cannot load", () => {
  async function runOf(urls: string[]) {
    const runId = crypto.randomUUID();
    const document = `broken/${runId}`;
    await env.PLATFORM.batch([
      env.PLATFORM.prepare(
        "INSERT INTO etl_runs (id, source, trigger, status, started_at, documents_total) VALUES (?, 'hansard-debates', 'manual', 'running', ?, 1)",
      ).bind(runId, new Date().toISOString()),
      env.PLATFORM.prepare("INSERT INTO etl_run_documents (run_id, document, status) VALUES (?, ?, 'queued')").bind(runId, document),
    ]);
    await env.ETL_JOBS.send({ id: crypto.randomUUID(), run_id: runId, source: "hansard-debates", document, urls }, { contentType: "json" });
    return finished(runId);
  }

  it.each([
    ["truncated XML", "truncated", /truncated|unclosed|not well-formed|expected/i],
    ["an empty file", "empty", /empty/i],
    ["bytes that are not UTF-8", "latin1", /UTF-8/i],
    ["an HTML error page", "html", /Hansard|root/i],
  ])("rejects %s with a reason and writes nothing", async (_, kind, reason) => {
    const before = await snapshot();
    const r = await runOf([`${MIRROR}/broken/${kind}/hansard/41-1-54-fr.xml`]);
    expect(r.status).toBe("failed");
    expect(r.documents[0]!.status).toBe("failed");
    expect(r.documents[0]!.error).toMatch(reason);
    expect(await snapshot()).toBe(before);
  });

  it("records a document whose retries are spent as failed, so the run still finishes (DLQ accounting)", async () => {
    const r = await runOf([`${MIRROR}/hansard/no-such-sitting-en.xml`]);
    expect(r.status).toBe("failed");
    expect(r.documents[0]!.error).toMatch(/gave up after repeated failures: fetching .* answered 404/);
    // The dead-letter consumer closes the document in its run, then files the message: the run
    // can be seen finished a moment before the message is filed dead.
    const dead = await eventually(
      async () => {
        const row = await env.PLATFORM.prepare("SELECT state FROM queue_failures WHERE queue = 'etl-jobs' AND body LIKE '%no-such-sitting%'").first<{
          state: string;
        }>();
        return row?.state === "dead" ? row : undefined;
      },
      10_000,
      "the dead letter to be filed",
    ).catch(() => undefined);
    expect(dead?.state).toBe("dead");
  });
});
