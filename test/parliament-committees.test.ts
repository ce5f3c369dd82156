import { beforeAll, describe, expect, it } from "vitest";
import { expectBadRequest, expectNotFound, getJson, walkPages, type Page } from "./fixtures/civic-api";
import { seedParliament } from "./fixtures/civic-parliament";
import type { Schema } from "../web/src/api/operations";

type Committee = Schema<"Committee">;
type Meeting = Schema<"CommitteeMeeting">;

beforeAll(() => seedParliament());

describe("GET /api/v1/committees", () => {
  it("lists committees by name with parent and meeting counts", async () => {
    const page = await getJson<Page<Committee>>("/api/v1/committees?q=test");
    const ours = page.data.filter((c) => c.slug.startsWith("t99-"));
    expect(ours).toEqual([
      {
        slug: "t99-finance",
        acronym: "FINT",
        name_en: "Standing Committee on Testing Finance",
        name_fr: "Comité permanent des finances d'essai",
        joint: false,
        parent: null,
        meetings: 3,
      },
      {
        slug: "t99-library",
        acronym: "BILT",
        name_en: "Standing Joint Committee on the Test Library",
        name_fr: "Comité mixte permanent de la Bibliothèque d'essai",
        joint: true,
        parent: null,
        meetings: 0,
      },
      {
        slug: "t99-finance-budgets",
        acronym: "SFIT",
        name_en: "Subcommittee on Test Budgets",
        name_fr: "Sous-comité des budgets d'essai",
        joint: false,
        parent: "t99-finance",
        meetings: 0,
      },
    ]);
  });

  it("filters by session met in and by acronym", async () => {
    const met = await getJson<Page<Committee>>("/api/v1/committees?session=99-2");
    expect(met.data.map((c) => c.slug)).toEqual(["t99-finance"]);
    const byAcronym = await getJson<Page<Committee>>("/api/v1/committees?q=bilt");
    expect(byAcronym.data.map((c) => c.slug)).toEqual(["t99-library"]);
  });

  it("pages with totals and names in French", async () => {
    const { rows } = await walkPages<Committee>("/api/v1/committees?q=test&lang=fr", 1);
    expect(rows.filter((c) => c.slug.startsWith("t99-")).map((c) => c.name)).toEqual([
      "Comité permanent des finances d'essai",
      "Comité mixte permanent de la Bibliothèque d'essai",
      "Sous-comité des budgets d'essai",
    ]);
  });
});

describe("GET /api/v1/committees/{slug}", () => {
  it("answers the committee with subcommittees and the sessions it met in", async () => {
    expect(await getJson("/api/v1/committees/t99-finance")).toEqual({
      slug: "t99-finance",
      acronym: "FINT",
      name_en: "Standing Committee on Testing Finance",
      name_fr: "Comité permanent des finances d'essai",
      joint: false,
      parent: null,
      meetings: 3,
      parent_committee: null,
      subcommittees: [{ slug: "t99-finance-budgets", acronym: "SFIT", name_en: "Subcommittee on Test Budgets", name_fr: "Sous-comité des budgets d'essai" }],
      sessions: [
        { session: "99-2", meetings: 1, last_meeting: "2099-09-25" },
        { session: "99-1", meetings: 2, last_meeting: "2099-01-27" },
      ],
    });
    const sub = await getJson<Schema<"CommitteeDetail">>("/api/v1/committees/t99-finance-budgets?lang=fr");
    expect(sub.parent).toBe("t99-finance");
    expect(sub.parent_committee).toMatchObject({ slug: "t99-finance", name: "Comité permanent des finances d'essai" });
  });

  it("is a 404 for an unknown slug and a 400 for a malformed one", async () => {
    await expectNotFound("/api/v1/committees/t99-nothing", "No committee with slug t99-nothing.");
    await expectBadRequest("/api/v1/committees/Finance%20Committee", ["param.slug"]);
  });
});

describe("GET /api/v1/committees/{slug}/meetings", () => {
  it("lists meetings latest first, saying which have evidence", async () => {
    const page = await getJson<Page<Meeting>>("/api/v1/committees/t99-finance/meetings");
    expect(page.data).toEqual([
      { session: "99-2", number: 1, date: "2099-09-25", statements: 0, evidence: false, href: null },
      { session: "99-1", number: 2, date: "2099-01-27", statements: 0, evidence: false, href: null },
      { session: "99-1", number: 1, date: "2099-01-20", statements: 2, evidence: true, href: "/api/v1/committees/t99-finance/meetings/99-1/1/statements" },
    ]);
    expect(page.pagination.total).toBe(3);
  });

  it("filters by session and pages", async () => {
    const page = await getJson<Page<Meeting>>("/api/v1/committees/t99-finance/meetings?session=99-1");
    expect(page.data.map((m) => m.number)).toEqual([2, 1]);
    const { rows, pages } = await walkPages<Meeting>("/api/v1/committees/t99-finance/meetings", 2);
    expect(pages).toBe(2);
    expect(rows.map((m) => `${m.session}/${m.number}`)).toEqual(["99-2/1", "99-1/2", "99-1/1"]);
  });

  it("answers one meeting with its evidence topics, and its statements, members and witnesses", async () => {
    const meeting = await getJson<Record<string, unknown>>("/api/v1/committees/t99-finance/meetings/99-1/1?lang=fr");
    expect(meeting).toMatchObject({
      session: "99-1",
      number: 1,
      date: "2099-01-20",
      evidence: true,
      statements: 2,
      committee: { slug: "t99-finance", name: "Comité permanent des finances d'essai" },
      topics: [{ heading_en: "Study of Bill C-2", heading: "Étude du projet de loi C-2", first_sequence: 1, statements: 2 }],
    });
    const evidence = await getJson<Schema<"EvidencePage">>("/api/v1/committees/t99-finance/meetings/99-1/1/statements?lang=fr");
    expect(evidence.data.map((s) => [s.speaker.member?.slug ?? null, s.speaker.name_en, s.text])).toEqual([
      ["jane-testmember-t99", "Ms. Jane Testmember", "Bienvenue aux témoins."],
      [null, "Dr. Wren Witness", "Nous appuyons le projet de loi C-2."],
    ]);
  });

  it("is a 404 for unknown committees and meetings, and for a meeting without evidence", async () => {
    await expectNotFound("/api/v1/committees/t99-nothing/meetings", "No committee with slug t99-nothing.");
    await expectNotFound("/api/v1/committees/t99-finance/meetings/99-1/9", "No meeting 9 of committee t99-finance in session 99-1.");
    await expectNotFound(
      "/api/v1/committees/t99-finance/meetings/99-1/2/statements",
      "Meeting 2 of committee t99-finance in session 99-1 has no published evidence.",
    );
    await expectBadRequest("/api/v1/committees/t99-finance/meetings?session=first", ["query.session"]);
  });
});
