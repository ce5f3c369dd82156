/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import csdCsv from "../../../../data/sources/ocd/ca_census_subdivisions.csv?raw";
import ed2013Csv from "../../../../data/sources/ocd/ca_federal_electoral_districts-2013.csv?raw";
import ed2023Csv from "../../../../data/sources/ocd/ca_federal_electoral_districts-2023.csv?raw";
import edFrCsv from "../../../../data/sources/ocd/ca_federal_electoral_districts-name_fr.csv?raw";
import provincesFrCsv from "../../../../data/sources/ocd/ca_provinces_and_territories-name_fr.csv?raw";
import provincesCsv from "../../../../data/sources/ocd/ca_provinces_and_territories.csv?raw";
import ridingsJson from "../../../../data/sources/openparliament/ridings.json?raw";
import { SourceParseError } from "./common";
import { parseCensusSubdivisions, parseFederalDistrictNamesFr, parseFederalDistricts, parseProvinceNamesFr, parseProvinces } from "./ocd";
import { parseRidings } from "./openparliament";

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

describe("OCD federal electoral districts", () => {
  const ed2013 = parseFederalDistricts(ed2013Csv);
  const ed2023 = parseFederalDistricts(new TextEncoder().encode(ed2023Csv));
  const names2003 = parseFederalDistrictNamesFr(edFrCsv);

  it("reads 338 districts of the 2013 order, 343 of the 2023 order and 308 French names of the 2003 order", () => {
    expect([ed2013.rejects, ed2023.rejects, names2003.rejects]).toEqual([[], [], []]);
    expect(ed2013.records).toHaveLength(338);
    expect(ed2023.records).toHaveLength(343);
    expect(names2003.records).toHaveLength(308);
    expect(new Set(ed2013.records.map((d) => d.representationOrder))).toEqual(new Set([2013]));
    expect(new Set(ed2023.records.map((d) => d.representationOrder))).toEqual(new Set([2023]));
    expect(new Set(names2003.records.map((d) => d.representationOrder))).toEqual(new Set([2003]));
  });

  it("splits the id into edid and order, and finds the province from the edid", () => {
    expect(ed2013.records.find((d) => d.edid === 35075)).toEqual({
      ocdId: "ocd-division/country:ca/ed:35075-2013",
      edid: 35075,
      representationOrder: 2013,
      nameEn: "Ottawa Centre",
      nameFr: "Ottawa-Centre",
      province: "ON",
      validFrom: "2015-10-19",
      validThrough: "2024-04-23",
    });
    expect(ed2023.records.find((d) => d.edid === 35075)).toMatchObject({ nameEn: "Oakville East", validThrough: null });
    expect(countBy(ed2023.records, (d) => d.province)).toEqual({
      NL: 7,
      PE: 4,
      NS: 11,
      NB: 10,
      QC: 78,
      ON: 122,
      MB: 14,
      SK: 14,
      AB: 37,
      BC: 43,
      YT: 1,
      NT: 1,
      NU: 1,
    });
  });

  it("keeps em dashes and accents, and closes the stray space after a dash (CRLF file)", () => {
    expect(ed2013.records.find((d) => d.edid === 24020)?.nameEn).toBe("Beauport—Côte-de-Beaupré—Île d'Orléans—Charlevoix");
    expect(ed2023.records.find((d) => d.edid === 24020)?.nameEn).toBe("Côte-du-Sud—Rivière-du-Loup—Kataskomiq—Témiscouata");
    expect(ed2023.records.some((d) => /\r|\s—|—\s/.test(`${d.nameEn}${d.nameFr}${d.validFrom}`))).toBe(false);
    expect(names2003.records.find((d) => d.edid === 10002)).toEqual({
      ocdId: "ocd-division/country:ca/ed:10002",
      edid: 10002,
      representationOrder: 2003,
      province: "NL",
      nameFr: "Bonavista—Gander—Grand Falls—Windsor",
    });
  });

  it("shares ocdIds with openparliament's ridings of the 2013 and 2003 orders", () => {
    const ridings = parseRidings(ridingsJson).records;
    const ids2013 = new Set(ed2013.records.map((d) => d.ocdId));
    const ids2003 = new Set(names2003.records.map((d) => d.ocdId));
    const current = ridings.filter((r) => r.representationOrder === 2013);
    const former = ridings.filter((r) => r.representationOrder === 2003);
    expect(current.every((r) => ids2013.has(r.ocdId!))).toBe(true);
    expect(former.every((r) => ids2003.has(r.ocdId!))).toBe(true);
    // The same names on both sides, but for two spellings; openparliament's cp1252 `’` and `œ` are repaired.
    const byId = new Map(ed2013.records.map((d) => [d.ocdId, d]));
    const differ = (name: (r: { nameEn: string; nameFr: string | null }) => string | null) =>
      current.filter((r) => name(byId.get(r.ocdId!)!) !== name(r)).map((r) => name(r));
    expect(differ((r) => r.nameEn)).toEqual(["Gaspésie—Les-Îles-de-la-Madeleine"]);
    expect(differ((r) => r.nameFr)).toEqual(["Gaspésie—Les-Îles-de-la-Madeleine", "Longueuil—Charles-Lemoyne", "Ville-Marie—Le Sud-Ouest—Île-des-Sœurs"]);
  });

  it("rejects bad rows with reasons and keeps the rest", () => {
    const csv = [
      "id,name,name_fr,validFrom,validThrough",
      "ocd-division/country:ca/ed:35075-2013,Ottawa Centre,Ottawa-Centre,2015-10-19,2024-04-23",
      "ocd-division/country:ca/ed:99001-2013,Nowhere,Nulle part,2015-10-19,",
      "ocd-division/country:ca/csd:3520005,Toronto,Toronto,,",
      "ocd-division/country:ca/ed:35076-2013,,,,",
      "ocd-division/country:ca/ed:35077-2013,Ottawa South,Ottawa-Sud,2015-10-19",
      "ocd-division/country:ca/ed:35078-2013,Ottawa—Vanier,Ottawa—Vanier,2015-02-30,",
      "ocd-division/country:ca/ed:35075-2013,Ottawa Centre,Ottawa-Centre,2015-10-19,2024-04-23",
    ].join("\n");
    const { records, rejects } = parseFederalDistricts(csv);
    expect(records.map((d) => d.edid)).toEqual([35075]);
    expect(rejects).toEqual([
      { index: 1, sourceId: "ocd-division/country:ca/ed:99001-2013", reason: "edid 99001 starts with no province code" },
      { index: 2, sourceId: "ocd-division/country:ca/csd:3520005", reason: expect.stringMatching(/^id: not a federal electoral district id/) },
      { index: 3, sourceId: "ocd-division/country:ca/ed:35076-2013", reason: expect.stringMatching(/^name: /) },
      { index: 4, sourceId: "ocd-division/country:ca/ed:35077-2013", reason: expect.stringMatching(/^malformed CSV row: Too few fields/) },
      { index: 5, sourceId: "ocd-division/country:ca/ed:35078-2013", reason: expect.stringMatching(/^validFrom: /) },
      { index: 6, sourceId: "ocd-division/country:ca/ed:35075-2013", reason: "duplicate division ocd-division/country:ca/ed:35075-2013 (first at index 0)" },
    ]);
  });
});

describe("OCD provinces and territories", () => {
  const provinces = parseProvinces(provincesCsv);
  const namesFr = parseProvinceNamesFr(provincesFrCsv);

  it("reads the 10 provinces and 3 territories, in both languages", () => {
    expect([provinces.rejects, namesFr.rejects]).toEqual([[], []]);
    expect(provinces.records).toHaveLength(13);
    expect(
      provinces.records
        .filter((p) => p.kind === "territory")
        .map((p) => p.code)
        .sort(),
    ).toEqual(["NT", "NU", "YT"]);
    expect(provinces.records.find((p) => p.code === "PE")).toEqual({
      ocdId: "ocd-division/country:ca/province:pe",
      code: "PE",
      kind: "province",
      nameEn: "Prince Edward Island",
      abbreviationEn: "P.E.I.",
      abbreviationFr: "Î.-P.-É.",
      sgcCode: "11",
    });
    expect(namesFr.records).toHaveLength(13);
    expect(namesFr.records.find((p) => p.code === "PE")?.nameFr).toBe("Île-du-Prince-Édouard");
  });

  it("rejects a province whose code and SGC number disagree", () => {
    const { rejects } = parseProvinces("id,name,abbreviation,abbreviation_fr,sgc\nocd-division/country:ca/province:on,Ontario,Ont.,Ont.,24\n");
    expect(rejects).toEqual([{ index: 0, sourceId: "ocd-division/country:ca/province:on", reason: "sgc 24 is not the code of ON" }]);
  });
});

describe("OCD census subdivisions", () => {
  const { records, rejects } = parseCensusSubdivisions(csdCsv);

  it("reads all 5,162 municipalities with their province", () => {
    expect(rejects).toEqual([]);
    expect(records).toHaveLength(5162);
    expect(countBy(records, (c) => c.province)).toMatchObject({ QC: 1285, SK: 950, ON: 575, NU: 31 });
    expect(records.find((c) => c.csdCode === "2466023")).toEqual({
      ocdId: "ocd-division/country:ca/csd:2466023",
      csdCode: "2466023",
      nameEn: "Montréal",
      nameFr: "Montréal",
      province: "QC",
      classification: "V",
      organizationName: "Ville de Montréal",
      number: null,
    });
  });

  it("keeps quoted names with commas, French names and rural municipality numbers", () => {
    expect(records.find((c) => c.csdCode === "1001101")?.nameEn).toBe("Division No. 1, Subd. V");
    expect(records.find((c) => c.csdCode === "3552001")?.nameFr).toBe("Rivière des Français");
    expect(records.find((c) => c.csdCode === "4701001")).toMatchObject({ nameEn: "Argyle No. 1", classification: "RM", number: "1" });
  });
});

describe("OCD files that cannot load", () => {
  const failure = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(SourceParseError);
      return (error as SourceParseError).reason;
    }
    throw new Error("expected a SourceParseError");
  };

  it("fails an empty file, bytes that are not UTF-8, and a header-only file", () => {
    expect(failure(() => parseFederalDistricts(""))).toMatch(/^empty file/);
    expect(failure(() => parseCensusSubdivisions(Uint8Array.from([0x69, 0x64, 0x0a, 0xff])))).toBe("not valid UTF-8 (first bad byte at offset 3)");
    expect(failure(() => parseProvinces("id,name,abbreviation,abbreviation_fr,sgc\n"))).toMatch(/^no rows/);
  });

  it("fails a file that is not the expected list, or not CSV at all", () => {
    expect(failure(() => parseFederalDistricts(provincesFrCsv))).toBe("expected an OCD federal electoral district list with column(s) name; found id, name_fr");
    expect(failure(() => parseProvinces(ridingsJson))).toMatch(/^expected the OCD provinces and territories list with column\(s\) id, name, sgc/);
  });

  it("fails a file cut inside a quoted field rather than load the rows before it", () => {
    const cut = csdCsv.slice(0, csdCsv.indexOf('"Division No. 1, Subd. V"') + 10);
    expect(failure(() => parseCensusSubdivisions(cut))).toMatch(/^unreadable CSV: Quoted field unterminated/);
  });

  it("rejects only the last row of a file cut between fields", () => {
    const cut = ed2013Csv.slice(0, ed2013Csv.indexOf("Ottawa Centre") + 5);
    const { records, rejects } = parseFederalDistricts(cut);
    expect(records).toHaveLength(184);
    expect(rejects).toEqual([
      { index: 184, sourceId: "ocd-division/country:ca/ed:35075-2013", reason: expect.stringMatching(/^malformed CSV row: Too few fields/) },
    ]);
  });
});
