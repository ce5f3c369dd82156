import { beforeAll, describe, expect, it } from "vitest";
import { expectBadRequest, expectNotFound, getJson, walkPages, type Page } from "./fixtures/civic-api";
import { seedParliament } from "./fixtures/civic-parliament";
import type { Schema } from "../web/src/api/operations";

type Riding = Schema<"Riding">;

beforeAll(() => seedParliament());

describe("GET /api/v1/ridings", () => {
  it("lists ridings by name, filtered by name", async () => {
    const page = await getJson<Page<Riding>>("/api/v1/ridings?q=Testville");
    expect(page).toEqual({
      data: [
        {
          edid: 99001,
          representation_order: 2023,
          slug: "t99-testville-centre",
          name_en: "Testville Centre",
          name_fr: "Testville-Centre",
          province: "ON",
          current: true,
          ocd_id: "ocd-division/country:ca/ed:99001-2023",
          valid_from: "2024-04-23",
          valid_through: null,
        },
      ],
      pagination: { next_cursor: null, limit: 50, total: 1 },
    });
  });

  it("matches French names too", async () => {
    const page = await getJson<Page<Riding>>("/api/v1/ridings?q=Montréal-Nord");
    expect(page.data.map((r) => r.slug)).toEqual(["t99-lac-essai-montreal-nord"]);
  });

  it("filters by province and by current representation order", async () => {
    const past = await getJson<Page<Riding>>("/api/v1/ridings?province=ON&current=false&q=Harbour");
    expect(past.data.filter((r) => r.slug.startsWith("t99-")).map((r) => r.slug)).toEqual(["t99-old-harbour-bayside"]);
    expect(past.data.every((r) => !r.current)).toBe(true);
    const current = await getJson<Page<Riding>>("/api/v1/ridings?province=ON&current=true&q=Harbour");
    expect(current.data.filter((r) => r.slug.startsWith("t99-")).map((r) => r.slug)).toEqual(["t99-harbourview"]);
    expect(current.data.every((r) => r.current)).toBe(true);
    const quebec = await getJson<Page<Riding>>("/api/v1/ridings?province=QC&q=Essai");
    expect(quebec.data.map((r) => r.slug)).toEqual(["t99-lac-essai-montreal-nord"]);
  });

  it("pages stably with a total", async () => {
    const { rows, pages, total } = await walkPages<Riding>("/api/v1/ridings?q=Test", 1);
    expect(total).toBe(2);
    expect(pages).toBe(2);
    expect(rows.map((r) => r.slug)).toEqual(["t99-prairie-test", "t99-testville-centre"]);
  });

  it("adds `name` in the language asked for", async () => {
    const page = await getJson<Page<Riding>>("/api/v1/ridings?q=Testville&lang=fr");
    expect(page.data[0]?.name).toBe("Testville-Centre");
  });

  it("refuses an unknown province, a non-boolean current and an empty q", async () => {
    await expectBadRequest("/api/v1/ridings?province=ZZ&current=yes&q=", ["query.province", "query.current", "query.q"]);
  });
});

describe("GET /api/v1/ridings/{edid}", () => {
  it("prefers the current riding when an edid was reused across representation orders", async () => {
    const riding = await getJson<Schema<"RidingDetail">>("/api/v1/ridings/99002");
    expect(riding).toMatchObject({ slug: "t99-harbourview", representation_order: 2023, current: true });
    expect(riding.member).toEqual({
      member: { id: 9990201, slug: "pat-switcher-t99", name: "Pat Switcher" },
      party: {
        slug: "t99-conservative",
        name_en: "Conservative Party of Canada",
        name_fr: "Parti conservateur du Canada",
        short_name_en: "Conservative",
        short_name_fr: "Conservateur",
      },
      start_date: "2099-03-02",
      end_date: null,
    });
  });

  it("answers an older order's riding when asked, with who held it", async () => {
    const riding = await getJson<Schema<"RidingDetail">>("/api/v1/ridings/99002?representation_order=2013&lang=en");
    expect(riding).toMatchObject({ slug: "t99-old-harbour-bayside", current: false, name: "Old Harbour—Bayside", member: null });
    expect(riding.members.map((m) => [m!.member.slug, m!.end_date])).toEqual([["pat-switcher-t99", "2099-03-01"]]);
  });

  it("is a 404 for an unknown edid and a 400 for a malformed one", async () => {
    await expectNotFound("/api/v1/ridings/99099", "No riding with edid 99099.");
    await expectNotFound("/api/v1/ridings/99001?representation_order=2013", "No riding with edid 99001 in the 2013 representation order.");
    await expectBadRequest("/api/v1/ridings/abc", ["param.edid"]);
  });
});
