/// <reference types="vite/client" />
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { allPages } from "./charts-fixture";
import { loadEverything } from "./etl-driver";
import { gateway } from "./helpers";
import export44 from "../data/sources/rosters/ourcommons-members-44.xml?raw";
import type { Answer, Schema } from "../web/src/api/operations";

/**
 * Who sat for which party when, from the House's own rosters: every ballot's party is the party
 * the rosters give the member on the division's day, members are one per person and found by
 * their House person id, and what no roster states is counted and listed with why.
 */

type Ballot = Schema<"Ballot">;
type Completeness = Schema<"EtlDatasetCompleteness">;

const DIVISIONS = ["44-1/332", "44-1/333", "41-2/140", "41-2/141", "41-2/142", "41-2/204", "41-2/205", "41-2/206", "41-2/207", "41-2/208"];

beforeAll(async () => {
  await loadEverything();
}, 180_000);

async function quality(): Promise<Completeness[]> {
  const response = await gateway("/api/v1/etl/quality?limit=1000");
  expect(response.status).toBe(200);
  return ((await response.json()) as Answer<"/api/v1/etl/quality">).data;
}

describe("ballots by party", () => {
  it("states the party of all but a handful of the 2,463 ballots of the ten divisions", async () => {
    let unknown = 0;
    for (const division of DIVISIONS) {
      const ballots = await allPages<Ballot>(`/api/v1/votes/${division}/ballots`);
      const withoutParty = ballots.filter((b) => b.party === null);
      expect(withoutParty.length, division).toBeLessThanOrEqual(1);
      unknown += withoutParty.length;
    }
    expect(unknown).toBeLessThanOrEqual(5);
  });

  it("lists every ballot still without a party in the quality report, with why and whom it could be", async () => {
    const { results } = await env.CIVIC.prepare(
      `SELECT d.session_code || '/' || d.number AS division, coalesce(b.name_printed, m.name) AS printed FROM ballots b
       JOIN divisions d ON d.id = b.division_id JOIN members m ON m.id = b.member_id WHERE b.party_id IS NULL AND d.source <> 'test'`,
    ).all<{ division: string; printed: string }>();
    const listed = (await quality()).find((d) => d.dataset === "ballots")!.unknown.find((u) => u.check === "ballots_without_party")!;
    for (const ballot of results) {
      const item = listed.items.find((i) => i.subject === `${ballot.division} ${ballot.printed}`);
      expect(item, `${ballot.division} ${ballot.printed}`).toBeDefined();
      expect(item!.detail.length).toBeGreaterThan(20);
    }
    // Erin O'Toole left the House in 2023, before the 44th Parliament's roster was taken: nothing states
    // his party on 2023-05-18, and the report names him as whom "O'Toole" could be, without choosing.
    const otoole = listed.items.find((i) => i.subject === "44-1/333 O'Toole")!;
    expect(otoole.candidates.map((c) => c.name)).toEqual(["Erin O'Toole"]);
  });

  it("gives each ballot the party of the member's term on the division's day: Dean Del Mastro as an Independent Conservative in 2014", async () => {
    const delMastro = (await allPages<Ballot>("/api/v1/votes/41-2/140/ballots")).find((b) => b.name === "Dean Del Mastro");
    const { results } = await env.CIVIC.prepare(
      `SELECT DISTINCT p.slug FROM ballots b JOIN members m ON m.id = b.member_id JOIN parties p ON p.id = b.party_id
       JOIN divisions d ON d.id = b.division_id WHERE m.name = 'Dean Del Mastro' AND d.session_code = '41-2'`,
    ).all<{ slug: string }>();
    expect(results.map((r) => r.slug)).toEqual(["independent-conservative"]);
    if (delMastro) expect(delMastro.party?.slug).toBe("independent-conservative");
    // The same ballots' parties, re-derived from the roster seats covering each division's day.
    const { results: mismatched } = await env.CIVIC.prepare(
      `SELECT d.session_code, d.number, m.name FROM ballots b JOIN divisions d ON d.id = b.division_id JOIN members m ON m.id = b.member_id
       JOIN member_terms t ON t.member_id = m.id AND t.source = 'roster' AND t.start_date <= d.date AND (t.end_date IS NULL OR t.end_date >= d.date)
       WHERE b.party_id IS NOT t.party_id AND d.source <> 'test'`,
    ).all();
    expect(mismatched).toEqual([]);
  });

  it("uses the riding a division list prints beside a surname two members share", async () => {
    const { results } = await env.CIVIC.prepare(
      `SELECT b.name_printed, rs.riding FROM ballots b JOIN divisions d ON d.id = b.division_id
       JOIN roster_seats rs ON rs.member_id = b.member_id AND rs.start_date <= d.date AND (rs.end_date IS NULL OR rs.end_date >= d.date)
       WHERE b.name_printed LIKE '%(%)' AND d.source <> 'test'`,
    ).all<{ name_printed: string; riding: string }>();
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.name_printed.replace(/--/g, "—")).toContain(`(${r.riding})`);
  });
});

describe("members", () => {
  it("answers, for every member of the 44th Parliament's roster, the party and riding the roster states", async () => {
    // Re-read with a pattern, not the ETL's parser: what the file says, field by field.
    const stated = [
      ...export44.matchAll(
        /<PersonOfficialLastName>([^<]+)<\/PersonOfficialLastName>\s*<ConstituencyName>([^<]+)<\/ConstituencyName>[\s\S]*?<CaucusShortName>([^<]+)<\/CaucusShortName>/g,
      ),
    ].map((m) => ({ family: m[1]!, riding: m[2]!.replace(/&amp;/g, "&"), caucus: m[3]! }));
    expect(stated).toHaveLength(337);
    const members = await allPages<{ name: string; party: { short_name_en: string } | null; riding: { name_en: string } | null }>("/api/v1/members");
    const caucusOf: Record<string, string> = {
      Conservative: "Conservative",
      Liberal: "Liberal",
      NDP: "NDP",
      "Bloc Québécois": "Bloc",
      "Green Party": "Green",
      Independent: "Independent",
    };
    // Riding lists spell some names their own way (`Gaspésie—Les-Îles-de-la-Madeleine`): compared by letters.
    const same = (a: string | undefined, b: string) =>
      a
        ?.normalize("NFKD")
        .replace(/[^\p{L}\p{N}]/gu, "")
        .toLowerCase() ===
      b
        .normalize("NFKD")
        .replace(/[^\p{L}\p{N}]/gu, "")
        .toLowerCase();
    for (const s of stated) {
      const member = members.find((m) => m.name.endsWith(s.family) && same(m.riding?.name_en, s.riding));
      expect(member, `${s.family} (${s.riding})`).toBeDefined();
      expect(member!.party?.short_name_en, `${s.family} (${s.riding})`).toBe(caucusOf[s.caucus]);
    }
  });

  it("finds a member by House person id, by each Parliament's DbId, and by slug: one person, one member", async () => {
    const byPersonId = await gateway("/api/v1/members/105908");
    expect(byPersonId.status).toBe(200);
    const laurel = (await byPersonId.json()) as Schema<"MemberProfile">;
    expect(laurel).toMatchObject({ id: 105908, name: "Laurel Collins" });
    for (const path of ["278625", laurel.slug]) {
      const other = (await (await gateway(`/api/v1/members/${path}`)).json()) as Schema<"MemberProfile">;
      expect(other.slug, path).toBe(laurel.slug);
    }
    expect(laurel.terms.map((t) => [t.start_date, t.end_date, t.party?.slug])).toEqual([
      ["2021-09-20", null, "ndp"],
      ["2019-10-21", "2021-09-19", "ndp"],
    ]);
  });

  it("keeps no member known by surname alone that the rosters can name, and no two members for one person id", async () => {
    const { results: surnameOnly } = await env.CIVIC.prepare("SELECT name FROM members WHERE instr(name, ' ') = 0 AND source <> 'test'").all<{
      name: string;
    }>();
    expect(surnameOnly.map((m) => m.name)).toEqual(["O'Toole"]);
    const { results: shared } = await env.CIVIC.prepare(
      "SELECT house_person_id FROM roster_seats WHERE house_person_id IS NOT NULL GROUP BY house_person_id HAVING count(DISTINCT member_id) > 1",
    ).all();
    expect(shared).toEqual([]);
  });

  it("creates no member for a committee witness", async () => {
    const { results } = await env.CIVIC.prepare(
      "SELECT m.name FROM members m JOIN member_identifiers i ON i.member_id = m.id WHERE i.scheme = 'hansard_affiliation' AND i.affiliation_type = 28",
    ).all();
    expect(results).toEqual([]);
  });
});

describe("statements from the chair", () => {
  it("are the Speaker the header names, the holder a label prints, or a committee's chair", async () => {
    const { results } = await env.CIVIC.prepare(
      `SELECT coalesce(s.speaker_name_en, s.speaker_name_fr) AS office, s.speaker_context_en AS context, d.date, m.name FROM statements s
       JOIN documents d ON d.id = s.document_id LEFT JOIN members m ON m.id = s.member_id
       WHERE coalesce(s.speaker_name_en, s.speaker_name_fr) IN ('The Speaker', 'The Acting Speaker', 'Le président') AND s.source <> 'test'`,
    ).all<{ office: string; context: string | null; date: string; name: string | null }>();
    const on = (office: string, date: string) => [...new Set(results.filter((r) => r.office === office && r.date === date).map((r) => r.name))];
    // "Speaker: The Honourable Anthony Rota" heads the sitting of 2023-05-18.
    expect(on("The Speaker", "2023-05-18")).toEqual(["Anthony Rota"]);
    expect(on("The Speaker", "2014-06-12")).toEqual(["Andrew Scheer"]);
    for (const r of results.filter((x) => x.office === "The Acting Speaker" && x.context))
      expect(r.name, r.context!).toBe(r.context!.replace(/^(Mr\.|Mrs\.|Ms\.) /, ""));
    // The committee of 11796678 is chaired by "M. Pat Kelly (Calgary Rocky Ridge, PCC)".
    expect(new Set(results.filter((r) => r.office === "Le président").map((r) => r.name))).toContain("Pat Kelly");
  });

  it("stay without a member when the document does not state who held the office", async () => {
    const { results } = await env.CIVIC.prepare(
      "SELECT count(*) AS n FROM statements WHERE speaker_name_en = 'The Deputy Speaker' AND speaker_context_en IS NULL AND member_id IS NOT NULL",
    ).all<{ n: number }>();
    expect(results[0]!.n).toBe(0);
  });
});

describe("GET /api/v1/etl/quality", () => {
  it("is public and gives each dataset's filled fields and its unknown records, counted and listed", async () => {
    const data = await quality();
    expect(data.map((d) => d.dataset)).toEqual(["ballots", "members", "member_terms", "statements", "bills"]);
    const ballots = data.find((d) => d.dataset === "ballots")!;
    const { n } = (await env.CIVIC.prepare("SELECT count(*) AS n FROM ballots WHERE party_id IS NOT NULL").first<{ n: number }>())!;
    expect(ballots.fields.find((f) => f.field === "party")?.filled).toBe(n);
    for (const d of data) {
      for (const u of d.unknown) {
        // Statements without a member are listed by speaker, each with how many statements they made.
        const listed =
          u.check === "statements_without_member" ? u.items.reduce((n, i) => n + Number(i.detail.match(/^(\d+) statement/)![1]), 0) : u.items.length;
        expect(listed, u.check).toBe(u.count);
      }
    }
    const limited = (await (await gateway("/api/v1/etl/quality?limit=1")).json()) as Answer<"/api/v1/etl/quality">;
    expect(limited.data.flatMap((d) => d.unknown).every((u) => u.items.length <= 1)).toBe(true);
  });

  it("says which term ends are not stated by a roster but taken from the next general election", async () => {
    const terms = (await quality()).find((d) => d.dataset === "member_terms")!;
    const inferred = terms.unknown.find((u) => u.check === "terms_with_inferred_end")!;
    // Patricia Davidson's seat is open in Parlinfo's 2015 file, and no later roster seats her.
    const davidson = inferred.items.find((i) => i.subject === "Patricia Davidson, term from 2011-05-02")!;
    expect(davidson.detail).toContain("2019-10-20");
    // Laurel Collins's 43rd-Parliament seat is open in its roster: its end is her next seat's eve, said so.
    expect(inferred.items.find((i) => i.subject === "Laurel Collins, term from 2019-10-21")?.detail).toContain("next seat (2021-09-20)");
    // Her 44th-Parliament seat is open and stays open: nothing is inferred.
    expect(inferred.items.filter((i) => i.subject === "Laurel Collins, term from 2021-09-20")).toEqual([]);
  });

  it("refuses a limit that is not a count with a 400 problem naming the field", async () => {
    const response = await gateway("/api/v1/etl/quality?limit=lots");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(JSON.stringify(await response.json())).toContain("limit");
  });
});
