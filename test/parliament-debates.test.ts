import { beforeAll, describe, expect, it } from "vitest";
import { expectBadRequest, expectNotFound, getJson, walkPages, type Page } from "./fixtures/civic-api";
import { seedParliament } from "./fixtures/civic-parliament";
import type { Schema } from "../web/src/api/operations";

type Debate = Schema<"Debate">;
type Statement = Schema<"Statement">;

beforeAll(() => seedParliament());

describe("GET /api/v1/debates", () => {
  it("lists House sittings and committee meetings of a session, latest first", async () => {
    const page = await getJson<Page<Debate>>("/api/v1/debates?session=99-1");
    expect(page.data.map((d) => [d.kind, d.date, d.href])).toEqual([
      ["evidence", "2099-01-20", "/api/v1/committees/t99-finance/meetings/99-1/1"],
      ["debates", "2099-01-16", "/api/v1/debates/2099-01-16"],
      ["debates", "2099-01-15", "/api/v1/debates/2099-01-15"],
    ]);
    expect(page.data[0]).toEqual({
      kind: "evidence",
      date: "2099-01-20",
      session: "99-1",
      number: 1,
      committee: { slug: "t99-finance", acronym: "FINT", name_en: "Standing Committee on Testing Finance", name_fr: "Comité permanent des finances d'essai" },
      statements: 2,
      source_url_en: "https://example.org/fint/1/en",
      source_url_fr: "https://example.org/fint/1/fr",
      href: "/api/v1/committees/t99-finance/meetings/99-1/1",
    });
    expect(page.data[2]).toMatchObject({ committee: null, statements: 4 });
  });

  it.each([
    ["dates", "date_from=2099-01-16&date_to=2099-09-16", ["2099-09-16", "2099-01-20", "2099-01-16"]],
    ["kind", "session=99-1&kind=debates", ["2099-01-16", "2099-01-15"]],
    ["committee", "committee=t99-finance", ["2099-01-20"]],
  ])("filters by %s", async (_, query, dates) => {
    const page = await getJson<Page<Debate>>(`/api/v1/debates?${query}`);
    expect(page.data.map((d) => d.date)).toEqual(dates);
    expect(page.pagination.total).toBe(dates.length);
  });

  it("pages one transcript at a time", async () => {
    const { rows, pages } = await walkPages<Debate>("/api/v1/debates?date_from=2099-01-01&date_to=2099-12-31", 1);
    expect(pages).toBe(4);
    expect(rows.map((d) => d.date)).toEqual(["2099-09-16", "2099-01-20", "2099-01-16", "2099-01-15"]);
  });

  it("refuses bad dates, an unknown kind and a reversed range", async () => {
    await expectBadRequest("/api/v1/debates?date_from=15-01-2099&kind=hansard", ["query.date_from", "query.kind"]);
    await expectBadRequest("/api/v1/debates?date_from=2099-02-01&date_to=2099-01-01", ["query.date_to"]);
  });
});

describe("GET /api/v1/debates/{date}", () => {
  it("answers the sitting with its topics in order and its divisions", async () => {
    expect(await getJson("/api/v1/debates/2099-01-15")).toEqual({
      date: "2099-01-15",
      session: "99-1",
      number: 1,
      source_url_en: "https://example.org/99-1/1/en",
      source_url_fr: "https://example.org/99-1/1/fr",
      statements: 4,
      topics: [
        {
          heading_en: "Routine Proceedings",
          heading_fr: "Affaires courantes",
          subheading_en: "Testing Act",
          subheading_fr: "Loi sur les essais",
          first_sequence: 2,
          statements: 1,
        },
        {
          heading_en: "Routine Proceedings",
          heading_fr: "Affaires courantes",
          subheading_en: "Harbours",
          subheading_fr: "Ports",
          first_sequence: 3,
          statements: 1,
        },
        {
          heading_en: "Government Orders",
          heading_fr: "Ordres émanant du gouvernement",
          subheading_en: "Testing Act",
          subheading_fr: "Loi sur les essais",
          first_sequence: 4,
          statements: 1,
        },
      ],
      votes: [],
    });
    const next = await getJson<Schema<"Sitting">>("/api/v1/debates/2099-01-16");
    expect(next.votes).toEqual([
      { number: 1, description_en: "Second reading of Bill C-2", description_fr: "Deuxième lecture du projet de loi C-2", result: "passed" },
    ]);
    expect(next.topics.map((t) => [t.subheading_en, t.statements])).toEqual([
      ["Lac-Essai", 1],
      ["Prairies", 2],
    ]);
  });

  it("names topics in French with ?lang=fr", async () => {
    const sitting = await getJson<Schema<"Sitting">>("/api/v1/debates/2099-01-15?lang=fr");
    expect(sitting.topics.map((t) => `${t.heading} / ${t.subheading}`)).toEqual([
      "Affaires courantes / Loi sur les essais",
      "Affaires courantes / Ports",
      "Ordres émanant du gouvernement / Loi sur les essais",
    ]);
  });

  it("is a 404 on a day without a House sitting (committee days included) and a 400 for a bad date", async () => {
    await expectNotFound("/api/v1/debates/2099-01-20", "No House sitting on 2099-01-20.");
    await expectBadRequest("/api/v1/debates/2099-02-29", ["param.date"]);
    await expectBadRequest("/api/v1/debates/yesterday", ["param.date"]);
  });
});

describe("GET /api/v1/debates/{date}/statements", () => {
  it("lists statements in order with speaker, headings, time and both texts", async () => {
    const page = await getJson<Page<Statement>>("/api/v1/debates/2099-01-15/statements");
    expect(page.data.map((s) => s.sequence)).toEqual([1, 2, 3, 4]);
    expect(page.data[1]).toEqual({
      id: 990002,
      date: "2099-01-15",
      sequence: 2,
      time: "10:05",
      speaker: {
        member: { id: 9990001, slug: "jane-testmember-t99", name: "Jane Testmember" },
        name_en: "Ms. Jane Testmember",
        name_fr: "Mme Jane Testmember",
        context_en: "Testville Centre, Lib.",
        context_fr: "Testville-Centre, Lib.",
      },
      heading_en: "Routine Proceedings",
      heading_fr: "Affaires courantes",
      subheading_en: "Testing Act",
      subheading_fr: "Loi sur les essais",
      text_en: "Mr. Speaker, I rise to introduce Bill C-2, the testing act.",
      text_fr: "Monsieur le Président, je prends la parole pour présenter le projet de loi C-2, la loi sur les essais.",
      floor_language: "en",
      intervention_type: null,
      procedural: false,
      bills: [{ session: "99-1", number: "C-2" }],
    });
    expect(page.data[0]).toMatchObject({ speaker: { member: null, name_en: "The Speaker" }, procedural: true, bills: [] });
  });

  it("serves the chosen language's text, speaker and heading with ?lang=fr", async () => {
    const page = await getJson<Page<Statement>>("/api/v1/debates/2099-01-16/statements?lang=fr");
    expect(page.data.map((s) => [s.speaker.name, s.heading, s.text])).toEqual([
      ["M. Jean Essai", "Déclarations de députés", "Lac-Essai est magnifique en hiver."],
      ["M. Sam Prairie", "Questions orales", "Qu'en est-il des prairies?"],
      ["Mme Jane Testmember", "Questions orales", "Les prairies sont bien testées."],
    ]);
  });

  it("pages through the transcript in order", async () => {
    const { rows, pages } = await walkPages<Statement>("/api/v1/debates/2099-01-15/statements", 3);
    expect(pages).toBe(2);
    expect(rows.map((s) => s.id)).toEqual([990001, 990002, 990003, 990004]);
  });

  it("is a 404 without a sitting and a 400 for a bad language", async () => {
    await expectNotFound("/api/v1/debates/2099-01-17/statements", "No House sitting on 2099-01-17.");
    await expectBadRequest("/api/v1/debates/2099-01-15/statements?lang=es", ["query.lang"]);
  });
});
