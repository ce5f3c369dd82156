import { beforeAll, describe, expect, it } from "vitest";
import { expectBadRequest, expectNotFound, getJson, walkPages, type Page } from "./fixtures/civic-api";
import { seedParliament } from "./fixtures/civic-parliament";
import type { Schema } from "../web/src/api/operations";

type Bill = Schema<"Bill">;

const numbers = (page: { data: Bill[] }) => page.data.map((b) => `${b.session}/${b.number}`);

beforeAll(() => seedParliament());

describe("GET /api/v1/bills", () => {
  it("lists a session's bills: House bills by number (C-2 before C-10), then Senate bills", async () => {
    const page = await getJson<Page<Bill>>("/api/v1/bills?session=99-1");
    expect(numbers(page)).toEqual(["99-1/C-2", "99-1/C-10", "99-1/S-3"]);
    expect(page.pagination.total).toBe(3);
    expect(page.data[0]).toEqual({
      session: "99-1",
      number: "C-2",
      originating_chamber: "house",
      short_title_en: "Testing Act",
      short_title_fr: "Loi sur les essais",
      long_title_en: "An Act to test the testing of tests",
      long_title_fr: "Loi visant à tester les essais",
      private_member: false,
      sponsor: { member: { id: 9990001, slug: "jane-testmember-t99", name: "Jane Testmember" }, name: "Jane Testmember" },
      status: "royal_assent",
      status_date: "2099-05-01",
      introduced_date: "2099-01-15",
    });
    expect(page.data[2]?.sponsor).toEqual({ member: null, name: "Senator Sage Test" });
  });

  it.each([
    ["status", "session=99-1&status=second_reading", ["99-1/C-10"]],
    ["sponsor by House id", "sponsor=9990001", ["99-2/C-1", "99-1/C-2"]],
    ["sponsor by slug", "sponsor=pat-switcher-t99", ["99-1/C-10"]],
    ["sponsor nobody is", "sponsor=999", []],
    ["number", "q=c-10&session=99-1", ["99-1/C-10"]],
    ["English title", "q=harbours", ["99-1/C-10"]],
    ["French title", "q=prairies&session=99-1", ["99-1/S-3"]],
  ])("filters by %s", async (_, query, expected) => {
    const page = await getJson<Page<Bill>>(`/api/v1/bills?${query}`);
    expect(numbers(page)).toEqual(expected);
    expect(page.pagination.total).toBe(expected.length);
  });

  it("puts the newest session first and pages across sessions", async () => {
    const { rows, pages } = await walkPages<Bill>("/api/v1/bills?sponsor=9990001", 1);
    expect(pages).toBe(2);
    expect(rows.map((b) => `${b.session}/${b.number}`)).toEqual(["99-2/C-1", "99-1/C-2"]);
    const all = await walkPages<Bill>("/api/v1/bills?q=Act", 200);
    const ours = all.rows.filter((b) => b.session.startsWith("99-")).map((b) => `${b.session}/${b.number}`);
    expect(ours).toEqual(["99-2/C-1", "99-1/C-2", "99-1/C-10", "99-1/S-3"]);
  });

  it("sorts by the latest stage reached with sort=recent, paging through every bill once", async () => {
    const page = await getJson<Page<Bill>>("/api/v1/bills?q=Act&sort=recent&limit=200");
    const ours = page.data.filter((b) => b.session.startsWith("99-")).map((b) => `${b.session}/${b.number}`);
    // Stages reached on 2099-09-16, 2099-05-01, 2099-02-01 and 2099-01-25.
    expect(ours).toEqual(["99-2/C-1", "99-1/C-2", "99-1/C-10", "99-1/S-3"]);
    const dates = page.data.map((b) => b.status_date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    const walked = await walkPages<Bill>("/api/v1/bills?sort=recent", 7);
    const listed = await walkPages<Bill>("/api/v1/bills", 200);
    expect(walked.rows.length).toBe(listed.rows.length);
    expect(new Set(walked.rows.map((b) => `${b.session}/${b.number}`))).toEqual(new Set(listed.rows.map((b) => `${b.session}/${b.number}`)));
    await expectBadRequest("/api/v1/bills?sort=oldest", ["query.sort"]);
  });

  it("adds `title`: the short title in the chosen language, else the long one", async () => {
    const page = await getJson<Page<Bill>>("/api/v1/bills?session=99-1&lang=fr");
    expect(page.data.map((b) => b.title)).toEqual(["Loi sur les essais", "Loi concernant les ports", "Loi sur les prairies"]);
  });

  it("refuses an unknown status and a malformed session or sponsor", async () => {
    await expectBadRequest("/api/v1/bills?status=passed&session=99&sponsor=a%20b", ["query.status", "query.session", "query.sponsor"]);
  });
});

describe("GET /api/v1/bills/{session}/{number}", () => {
  it("answers titles, sponsor and party, status, the stage timeline, votes and debates", async () => {
    const bill = await getJson<Record<string, unknown>>("/api/v1/bills/99-1/C-2");
    expect(bill).toMatchObject({
      session: "99-1",
      number: "C-2",
      bill_type: "House Government Bill",
      status: "royal_assent",
      status_chamber: "senate",
      status_text_en: "Royal assent received",
      status_text_fr: "Sanction royale reçue",
      legisinfo_id: 99990001,
      links: [{ rel: "legisinfo", url: "https://www.parl.ca/legisinfo/en/bill/99-1/c-2" }],
    });
    expect(bill.sponsor).toEqual({
      member: { id: 9990001, slug: "jane-testmember-t99", name: "Jane Testmember" },
      name: "Jane Testmember",
      party: {
        slug: "t99-liberal",
        name_en: "Liberal Party of Canada",
        name_fr: "Parti libéral du Canada",
        short_name_en: "Liberal",
        short_name_fr: "Libéral",
      },
    });
    const stages = bill.stages as { stage: string; chamber: string; date: string; sitting: unknown }[];
    expect(stages.map((s) => [s.stage, s.chamber, s.date])).toEqual([
      ["first_reading", "house", "2099-01-15"],
      ["second_reading", "house", "2099-01-16"],
      ["committee", "house", "2099-01-20"],
      ["third_reading", "house", "2099-02-10"],
      ["royal_assent", "senate", "2099-05-01"],
    ]);
    expect(stages[0]).toEqual({
      stage: "first_reading",
      chamber: "house",
      date: "2099-01-15",
      description_en: "First reading",
      description_fr: "Première lecture",
      sitting: { date: "2099-01-15", number: 1 },
    });
    expect(stages[2]?.sitting).toBeNull();
    expect(bill.votes).toEqual([
      {
        number: 1,
        date: "2099-01-16",
        description_en: "Second reading of Bill C-2",
        description_fr: "Deuxième lecture du projet de loi C-2",
        result: "passed",
        yea_total: 3,
        nay_total: 1,
        paired_total: 0,
      },
    ]);
    expect(bill.debates).toEqual([
      { kind: "debates", date: "2099-01-15", session: "99-1", number: 1, committee: null, statements: 2 },
      { kind: "evidence", date: "2099-01-20", session: "99-1", number: 1, committee: "t99-finance", statements: 2 },
    ]);
  });

  it("takes the number in any case and serves French with ?lang=fr", async () => {
    const bill = await getJson<Record<string, unknown>>("/api/v1/bills/99-1/c-2?lang=fr");
    expect(bill).toMatchObject({ number: "C-2", title: "Loi sur les essais", status_text: "Sanction royale reçue" });
    expect((bill.stages as { description: string }[])[0]?.description).toBe("Première lecture");
  });

  it("is a 404 naming the bill, and a 400 for a malformed session or number", async () => {
    await expectNotFound("/api/v1/bills/99-1/C-999", "No bill C-999 in session 99-1.");
    await expectNotFound("/api/v1/bills/99-2/C-2", "No bill C-2 in session 99-2.");
    await expectBadRequest("/api/v1/bills/99-1/332", ["param.number"]);
    await expectBadRequest("/api/v1/bills/ninety-nine/C-2", ["param.session"]);
  });
});
