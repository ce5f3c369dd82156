import { beforeAll, describe, expect, it } from "vitest";
import { expectBadRequest, expectNotFound, getJson, walkPages, type Page } from "./fixtures/civic-api";
import { seedParliament } from "./fixtures/civic-parliament";
import type { Schema } from "../web/src/api/operations";

type Vote = Schema<"Vote">;
type Ballot = Schema<"Ballot">;

const party = (slug: string, name_en: string, name_fr: string, short_name_en: string, short_name_fr: string) => ({
  slug,
  name_en,
  name_fr,
  short_name_en,
  short_name_fr,
});
const LIBERAL = party("t99-liberal", "Liberal Party of Canada", "Parti libéral du Canada", "Liberal", "Libéral");
const BLOC = party("t99-bloc", "Bloc Québécois", "Bloc Québécois", "Bloc", "Bloc");
const NDP = party("t99-ndp", "New Democratic Party", "Nouveau Parti démocratique", "NDP", "NPD");

beforeAll(() => seedParliament());

describe("GET /api/v1/votes", () => {
  it("lists a session's divisions latest first", async () => {
    const page = await getJson<Page<Vote>>("/api/v1/votes?session=99-1");
    expect(page.data.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(page.pagination.total).toBe(3);
    expect(page.data[1]).toEqual({
      session: "99-1",
      number: 2,
      date: "2099-04-01",
      description_en: "Motion on harbours (Bill C-10)",
      description_fr: "Motion sur les ports (projet de loi C-10)",
      result: "failed",
      yea_total: 1,
      nay_total: 2,
      paired_total: 1,
      bill: { session: "99-1", number: "C-10" },
    });
    expect(page.data[0]?.result).toBe("tie");
  });

  it.each([
    ["bill number, any session", "bill=c-1&date_from=2099-01-01", [["99-2", 1]]],
    ["bill within a session", "bill=C-2&session=99-1", [["99-1", 1]]],
    [
      "result",
      "result=passed&date_from=2099-01-01&date_to=2099-12-31",
      [
        ["99-2", 1],
        ["99-1", 1],
      ],
    ],
    [
      "date range (inclusive)",
      "date_from=2099-04-01&date_to=2099-06-01",
      [
        ["99-1", 3],
        ["99-1", 2],
      ],
    ],
  ])("filters by %s", async (_, query, expected) => {
    const page = await getJson<Page<Vote>>(`/api/v1/votes?${query}`);
    expect(page.data.map((v) => [v.session, v.number])).toEqual(expected);
    expect(page.pagination.total).toBe(expected.length);
  });

  it("pages across sessions, one division at a time", async () => {
    const { rows, pages } = await walkPages<Vote>("/api/v1/votes?date_from=2099-01-01&date_to=2099-12-31", 1);
    expect(pages).toBe(4);
    expect(rows.map((v) => `${v.session}/${v.number}`)).toEqual(["99-2/1", "99-1/3", "99-1/2", "99-1/1"]);
  });

  it("refuses an unknown result, a malformed bill and an impossible date", async () => {
    await expectBadRequest("/api/v1/votes?result=won&bill=Bill332&date_to=2099-13-01", ["query.result", "query.bill", "query.date_to"]);
  });
});

describe("GET /api/v1/votes/{session}/{number}", () => {
  it("answers the division with printed totals, ballots counted and a per-party breakdown", async () => {
    expect(await getJson("/api/v1/votes/99-1/1")).toEqual({
      session: "99-1",
      number: 1,
      date: "2099-01-16",
      description_en: "Second reading of Bill C-2",
      description_fr: "Deuxième lecture du projet de loi C-2",
      result: "passed",
      yea_total: 3,
      nay_total: 1,
      paired_total: 0,
      bill: {
        session: "99-1",
        number: "C-2",
        short_title_en: "Testing Act",
        short_title_fr: "Loi sur les essais",
        long_title_en: "An Act to test the testing of tests",
        long_title_fr: "Loi visant à tester les essais",
      },
      sitting: { date: "2099-01-16", number: 2 },
      counted: { yea: 3, nay: 1, paired: 0 },
      // Pat voted nay as a Liberal that day (he crossed the floor later): the Liberals split.
      parties: [
        { party: LIBERAL, yea: 1, nay: 1, paired: 0 },
        { party: BLOC, yea: 1, nay: 0, paired: 0 },
        { party: NDP, yea: 1, nay: 0, paired: 0 },
      ],
    });
  });

  it("counts paired members", async () => {
    const vote = await getJson<Schema<"VoteDetail">>("/api/v1/votes/99-1/2");
    expect(vote.counted).toEqual({ yea: 1, nay: 2, paired: 1 });
    expect(vote.paired_total).toBe(1);
    expect(vote.sitting).toBeNull();
  });

  it("serves French with ?lang=fr, party names included", async () => {
    const vote = await getJson<Schema<"VoteDetail">>("/api/v1/votes/99-1/1?lang=fr");
    expect(vote.description).toBe("Deuxième lecture du projet de loi C-2");
    expect(vote.parties.map((p) => p.party!.short_name)).toEqual(["Libéral", "Bloc", "NPD"]);
  });

  it("is a 404 naming the division and a 400 for a malformed number", async () => {
    await expectNotFound("/api/v1/votes/99-1/999", "No vote 999 in session 99-1.");
    await expectBadRequest("/api/v1/votes/99-1/first", ["param.number"]);
    await expectBadRequest("/api/v1/votes/99-1/0", ["param.number"]);
  });
});

describe("GET /api/v1/votes/{session}/{number}/ballots", () => {
  it("lists one row per member by family name", async () => {
    const page = await getJson<Page<Ballot>>("/api/v1/votes/99-1/1/ballots");
    expect(page.data.map((b) => [b.member_slug, b.ballot, b.party?.slug])).toEqual([
      ["jean-essai-t99", "yea", "t99-bloc"],
      ["sam-prairie-t99", "yea", "t99-ndp"],
      ["pat-switcher-t99", "nay", "t99-liberal"],
      ["jane-testmember-t99", "yea", "t99-liberal"],
    ]);
    expect(page.data[3]).toEqual({ member_id: 9990001, member_slug: "jane-testmember-t99", name: "Jane Testmember", party: LIBERAL, ballot: "yea" });
    expect(page.pagination.total).toBe(4);
  });

  it("filters by party on the day and by ballot", async () => {
    const liberals = await getJson<Page<Ballot>>("/api/v1/votes/99-1/1/ballots?party=t99-liberal");
    expect(liberals.data.map((b) => b.member_slug)).toEqual(["pat-switcher-t99", "jane-testmember-t99"]);
    const nays = await getJson<Page<Ballot>>("/api/v1/votes/99-1/1/ballots?party=t99-liberal&ballot=nay");
    expect(nays.data.map((b) => b.member_slug)).toEqual(["pat-switcher-t99"]);
    expect(nays.pagination.total).toBe(1);
  });

  it("pages with a stable order and total", async () => {
    const { rows, pages } = await walkPages<Ballot>("/api/v1/votes/99-1/1/ballots", 3);
    expect(pages).toBe(2);
    expect(rows.map((b) => b.member_slug)).toEqual(["jean-essai-t99", "sam-prairie-t99", "pat-switcher-t99", "jane-testmember-t99"]);
  });

  it("is a 404 for an unknown division and a 400 for an unknown ballot", async () => {
    await expectNotFound("/api/v1/votes/99-2/7/ballots", "No vote 7 in session 99-2.");
    await expectBadRequest("/api/v1/votes/99-1/1/ballots?ballot=abstained", ["query.ballot"]);
  });
});
