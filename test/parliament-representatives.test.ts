import { beforeAll, describe, expect, it } from "vitest";
import { expectBadRequest, expectNotFound, getJson, walkPages, type Page } from "./fixtures/civic-api";
import { seedParliament } from "./fixtures/civic-parliament";
import type { Schema } from "../web/src/api/operations";

type Representative = Schema<"Representative">;

const TESTVILLE = {
  slug: "t99_on_testville",
  name_en: "Testville City Council",
  name_fr: "Conseil municipal de Testville",
  level: "municipal",
  province: "ON",
};

beforeAll(() => seedParliament());

describe("GET /api/v1/representatives", () => {
  it("lists a jurisdiction's representatives by name, with their offices in source order", async () => {
    const page = await getJson<Page<Representative>>("/api/v1/representatives?jurisdiction=t99_on_testville");
    expect(page.data.map((r) => r.slug)).toEqual(["casey-councillor", "drew-councillor", "robin-mayor"]);
    expect(page.pagination.total).toBe(3);
    expect(page.data[2]).toEqual({
      jurisdiction: TESTVILLE,
      slug: "robin-mayor",
      name: "Robin Mayor",
      elected_office: "Mayor",
      district_name: "Testville",
      district_id: null,
      party_name: null,
      email: "mayor@example.org",
      url: "https://example.org/mayor",
      photo_url: null,
      offices: [{ type: "City Hall", tel: "613-555-0104", fax: null, postal: null }],
      href: "/api/v1/representatives/t99_on_testville/robin-mayor",
    });
  });

  it.each([
    ["office, ignoring case", "jurisdiction=t99_on_testville&office=councillor", ["casey-councillor", "drew-councillor"]],
    ["district name", "district=ward%202%20uptown", ["drew-councillor"]],
    ["district id", "jurisdiction=t99_on_testville&district=1", ["casey-councillor"]],
    ["name", "q=mpp", ["alex-mpp"]],
    ["level and province", "level=provincial&province=ON&q=Alex", ["alex-mpp"]],
  ])("filters by %s", async (_, query, expected) => {
    const page = await getJson<Page<Representative>>(`/api/v1/representatives?${query}`);
    expect(page.data.map((r) => r.slug)).toEqual(expected);
  });

  it("pages one at a time with a total, jurisdiction by jurisdiction", async () => {
    const { rows, pages } = await walkPages<Representative>("/api/v1/representatives?jurisdiction=t99_on_testville", 1);
    expect(pages).toBe(3);
    expect(rows.map((r) => r.slug)).toEqual(["casey-councillor", "drew-councillor", "robin-mayor"]);
    const across = await walkPages<Representative>("/api/v1/representatives?province=ON&q=l", 50);
    const ours = across.rows.filter((r) => r.jurisdiction.slug.startsWith("t99_")).map((r) => r.slug);
    expect(ours).toEqual(["alex-mpp", "casey-councillor", "drew-councillor"]);
  });

  it("names the jurisdiction in French with ?lang=fr", async () => {
    const page = await getJson<Page<Representative>>("/api/v1/representatives?jurisdiction=t99_on&lang=fr");
    expect(page.data[0]?.jurisdiction.name).toBe("Assemblée législative du Testario");
  });

  it("refuses a malformed jurisdiction, an unknown level and an empty office", async () => {
    await expectBadRequest("/api/v1/representatives?jurisdiction=Toronto%20Council&level=federal&office=", [
      "query.jurisdiction",
      "query.level",
      "query.office",
    ]);
  });
});

describe("GET /api/v1/representatives/{jurisdiction}/{slug}", () => {
  it("answers one representative with links and every office", async () => {
    expect(await getJson("/api/v1/representatives/t99_on/alex-mpp")).toEqual({
      jurisdiction: {
        slug: "t99_on",
        name_en: "Legislative Assembly of Testario",
        name_fr: "Assemblée législative du Testario",
        level: "provincial",
        province: "ON",
      },
      slug: "alex-mpp",
      name: "Alex Mpp",
      elected_office: "MPP",
      district_name: "Testville Centre",
      district_id: null,
      party_name: "Ontario Liberal Party",
      email: "alex.mpp@example.org",
      url: "https://example.org/alex",
      photo_url: null,
      offices: [
        { type: "constituency", tel: "416-555-0101", fax: null, postal: "1 Main Street\nTestville ON  K1A 0A6" },
        { type: "legislature", tel: "416-555-0102", fax: "416-555-0103", postal: "Queen's Park\nToronto ON  M7A 1A1" },
      ],
      href: "/api/v1/representatives/t99_on/alex-mpp",
      personal_url: null,
      source_url: "https://example.org/testario/members",
      extra: { twitter: "https://twitter.com/alexmpp" },
    });
  });

  it("is a 404 naming who was not found", async () => {
    await expectNotFound("/api/v1/representatives/t99_on/robin-mayor", "No representative robin-mayor in jurisdiction t99_on.");
  });
});
