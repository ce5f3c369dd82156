import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { REPRESENT_ANSWERS } from "./stand-ins/represent.mjs";
import { expectBadRequest, expectNotFound, getJson } from "./fixtures/civic-api";
import { seedParliament } from "./fixtures/civic-parliament";
import { gateway, readProblem } from "./helpers";
import type { Schema } from "../web/src/api/operations";

// Represent is reached through test/stand-ins/represent.mjs, the parliament Worker's outbound
// service in tests: it answers K1A0A6, H0H0H0, S4P3Y2 and A1A1A1, fails on X0X0X0/X1X1X1/X2X2X2.

type Postcode = Schema<"Postcode">;

beforeAll(() => seedParliament());

describe("GET /api/v1/postcodes/{code}", () => {
  it("links Represent's federal district (by number) and MP (by name) to our riding and member", async () => {
    const response = await gateway("/api/v1/postcodes/K1A0A6");
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Postcode;
    expect(answer).toMatchObject({
      code: "K1A0A6",
      city: "Testville",
      province: "ON",
      riding: {
        edid: 99001,
        slug: "t99-testville-centre",
        name_en: "Testville Centre",
        name_fr: "Testville-Centre",
        province: "ON",
        representation_order: 2023,
        current: true,
        href: "/api/v1/ridings/99001",
      },
      member: { id: 9990001, slug: "jane-testmember-t99", name: "Jane Testmember", href: "/api/v1/members/9990001", party: { slug: "t99-liberal" } },
      member_match: "riding_and_name",
      federal_representative: { level: "federal", elected_office: "MP", name: "Jane Testmember", party_name: "Liberal" },
    });
    // Provincial before municipal, Represent's order within each; the MP is not repeated.
    expect(answer.representatives.map((r) => [r!.level, r!.elected_office, r!.name])).toEqual([
      ["provincial", "MPP", "Alex Mpp"],
      ["municipal", "Mayor", "Robin Mayor"],
      ["municipal", "Councillor", "Casey Councillor"],
    ]);
    expect(answer.representatives[0]).toEqual({
      level: "provincial",
      elected_office: "MPP",
      name: "Alex Mpp",
      district_name: "Testville Centre",
      representative_set_name: "Legislative Assembly of Ontario",
      party_name: "Ontario Liberal Party",
      email: "alex.mpp@example.org",
      url: "https://example.org/representatives",
      photo_url: null,
      offices: [{ type: "constituency", tel: "1 555-555-0199", fax: null, postal: "1 Main Street\nTestville ON  K1A 0A6" }],
    });
    expect(answer.boundaries).toHaveLength(4);
  });

  it("caches Represent's answer in KV for a day under postcode:<CODE>", async () => {
    await getJson("/api/v1/postcodes/K1A0A6");
    const cached = await env.CONFIG.get("postcode:K1A0A6", "json");
    expect(cached).toMatchObject({ code: "K1A0A6", city: "Testville" });
    const again = await gateway("/api/v1/postcodes/K1A0A6");
    expect(again.headers.get("x-represent-cache")).toBe("hit");
  });

  it("answers from the cache without asking Represent", async () => {
    // The stand-in does not know B2B2B2: only the cache can answer it.
    const known = REPRESENT_ANSWERS.S4P3Y2;
    await env.CONFIG.put("postcode:B2B2B2", JSON.stringify({ ...known, code: "B2B2B2", city: "Cachetown" }), { expirationTtl: 600 });
    const answer = await getJson<Postcode>("/api/v1/postcodes/B2B2B2");
    expect(answer).toMatchObject({ code: "B2B2B2", city: "Cachetown", riding: { edid: 99004 } });
  });

  it("normalises the code: k1a 0a6, K1A-0A6 and K1A0A6 are one code", async () => {
    for (const given of ["k1a%200a6", "K1A-0A6", "k1a0a6"]) {
      expect((await getJson<Postcode>(`/api/v1/postcodes/${given}`)).code).toBe("K1A0A6");
    }
  });

  it("finds the riding by name when Represent's district number is not ours, accents and dashes aside", async () => {
    const answer = await getJson<Postcode>("/api/v1/postcodes/H0H0H0?lang=fr");
    expect(answer.riding).toMatchObject({ edid: 99003, slug: "t99-lac-essai-montreal-nord", name: "Lac-Essai—Montréal-Nord" });
    expect(answer.member).toMatchObject({ id: 9990300, slug: "jean-essai-t99" });
    expect(answer.member_match).toBe("riding_and_name");
    expect(answer.representatives.map((r) => [r!.level, r!.elected_office])).toEqual([["provincial", "MNA"]]);
  });

  it("links the riding's sitting member when Represent names the MP differently", async () => {
    const answer = await getJson<Postcode>("/api/v1/postcodes/S4P3Y2");
    expect(answer.riding?.slug).toBe("t99-prairie-test");
    expect(answer.member).toMatchObject({ slug: "sam-prairie-t99" });
    expect(answer.member_match).toBe("riding");
    expect(answer.federal_representative?.name).toBe("Samuel Prairie");
  });

  it("links the member by name alone when we do not hold the riding", async () => {
    const answer = await getJson<Postcode>("/api/v1/postcodes/A1A1A1");
    expect(answer.riding).toBeNull();
    expect(answer.member).toMatchObject({ id: 9990201, slug: "pat-switcher-t99", party: { slug: "t99-conservative" } });
    expect(answer.member_match).toBe("name");
  });

  it("is a 404 for a code Represent does not know", async () => {
    await expectNotFound("/api/v1/postcodes/M5V2T6", "No postal code M5V2T6 is known to Represent.");
  });

  it.each([
    ["answers 503", "X0X0X0", "Represent answered 503 for postal code X0X0X0; try again later."],
    ["answers HTML", "X1X1X1", "Represent's answer for postal code X1X1X1 could not be read."],
    ["answers JSON of another shape", "X2X2X2", "Represent's answer for postal code X2X2X2 could not be read."],
  ])("is a 502, never a 500, when Represent %s", async (_, code, detail) => {
    const response = await gateway(`/api/v1/postcodes/${code}`);
    expect(response.status).toBe(502);
    expect(await readProblem(response)).toMatchObject({ status: 502, detail });
    expect(await env.CONFIG.get(`postcode:${code}`)).toBeNull();
  });

  it.each([["D1A0A6"], ["W1A0A6"], ["K1A0A"], ["K1A%200A6X"], ["12345"], ["K1A__0A6"]])("refuses %s as a postal code", async (code) => {
    await expectBadRequest(`/api/v1/postcodes/${code}`, ["param.code"]);
  });
});
