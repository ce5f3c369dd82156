/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { type Reject, SourceParseError } from "./common";
import { type RepresentSet, parseRepresentFile } from "./represent";

const files = import.meta.glob<string>("../../../../data/sources/represent/*.json", { query: "?raw", import: "default", eager: true });
const sets = new Map<string, RepresentSet>();
const rejects: Reject[] = [];
for (const [path, raw] of Object.entries(files)) {
  const result = parseRepresentFile(raw, path);
  sets.set(result.records.jurisdiction.slug, result.records);
  rejects.push(...result.rejects);
}
const set = (slug: string) => sets.get(slug)!;
const all = [...sets.values()].flatMap((s) => s.representatives);
const person = (slug: string, name: string) => set(slug).representatives.find((r) => r.name === name);

describe("Represent sets (86 files)", () => {
  it("reads every file: 3,749 representatives with 4,183 offices, none rejected", () => {
    expect(Object.keys(files)).toHaveLength(86);
    expect(sets.size).toBe(86);
    expect(rejects).toEqual([]);
    expect(all).toHaveLength(3749);
    expect(all.flatMap((r) => r.offices)).toHaveLength(4183);
    expect(set("ca_mb_municipalities").representatives).toHaveLength(1363);
    expect(set("ca_on_toronto").representatives).toHaveLength(44);
    expect(set("ca_bc").representatives).toHaveLength(85);
  });

  it("treats the zero-byte ca_sk.json as a legislature with nobody listed", () => {
    expect(set("ca_sk")).toEqual({
      jurisdiction: { slug: "ca_sk", nameEn: "Saskatchewan", nameFr: "Saskatchewan", level: "provincial", province: "SK", sourceUrl: null },
      representatives: [],
    });
  });

  it("names jurisdictions from the file name and the council's own district names", () => {
    const levels = [...sets.values()].map((s) => s.jurisdiction.level);
    expect(levels.filter((l) => l === "provincial")).toHaveLength(2);
    expect(set("ca_bc").jurisdiction).toMatchObject({ nameEn: "British Columbia", nameFr: "Colombie-Britannique", level: "provincial", province: "BC" });
    expect(set("ca_qc_montreal").jurisdiction).toMatchObject({ nameEn: "Montréal", level: "municipal", province: "QC" });
    expect(set("ca_qc_montreal_est").jurisdiction.nameEn).toBe("Montréal-Est");
    expect(set("ca_on_toronto").jurisdiction).toMatchObject({
      nameEn: "Toronto",
      nameFr: null,
      sourceUrl: "http://app.toronto.ca/im/council/councillors.jsp",
    });
    expect(set("ca_mb_municipalities").jurisdiction.nameEn).toBe("Manitoba municipalities");
  });

  it("keeps a representative's offices, with numbers as printed and addresses one line per line", () => {
    expect(person("ca_on_toronto", "Raymond Cho")).toEqual({
      jurisdictionSlug: "ca_on_toronto",
      slug: "raymond-cho",
      name: "Raymond Cho",
      electedOffice: "member",
      districtName: "Toronto Ward 42 Scarborough-Rouge River",
      districtId: "Ward 42 Scarborough-Rouge River",
      partyName: null,
      email: "councillor_cho@toronto.ca",
      url: "http://www.toronto.ca/councillors/cho1.htm",
      personalUrl: null,
      photoUrl: "http://www.toronto.ca/councillors/photos/rcho.jpg",
      sourceUrl: "http://app.toronto.ca/im/council/councillors.jsp",
      extra: { homepage: "http://www.raymondcho.com" },
      offices: [
        { position: 0, type: "Toronto City Hall", tel: "416-392-4076", fax: "416-696-4159", postal: "100 Queen Street West, Suite B23,\nToronto, ON M5H 2N2" },
      ],
    });
    expect(person("ca_on_burlington", "Blair Lancaster")?.offices).toEqual([
      {
        position: 0,
        type: "office",
        tel: "905-335-7600 x7592",
        fax: "905-335-7881",
        postal: "City of Burlington,\n426 Brant Street, P.O. Box 5013\nBurlington, Ontario, Canada L7R 3Z6",
      },
    ]);
  });

  it("drops the empty {type: null} office placeholders", () => {
    const offices = all.flatMap((r) => r.offices);
    expect(offices.some((o) => o.tel === null && o.fax === null && o.postal === null)).toBe(false);
    expect(offices.some((o) => o.postal?.includes("\r"))).toBe(false);
    expect(all.every((r) => r.offices.every((o, i) => o.position === i))).toBe(true);
  });

  it("strips labels scraped with phone numbers", () => {
    const numbers = all.flatMap((r) => r.offices.flatMap((o) => [o.tel, o.fax]));
    expect(numbers.filter((n) => n !== null && /[:\u00A0\u200B\r\n]|^\s|\s$/.test(n))).toEqual([]);
    expect(numbers).toContain("867-825-2000");
  });

  it("cleans names: spaces collapsed and trimmed, scraped labels removed", () => {
    expect(all.filter((r) => /\s{2}|^\s|\s$/.test(r.name))).toEqual([]);
    expect(person("ca_qc_montreal", "Bertrand A. Ward")).toBeDefined();
    expect(person("ca_ab_edmonton", "Tony Caterina")).toBeDefined();
    expect(all.find((r) => r.name.includes("Steven Hicks"))?.name).toBe("Steven Hicks");
  });

  it("repairs accents that were decoded as Latin-1, even twice", () => {
    expect(all.filter((r) => /[ÃÂ]/.test(JSON.stringify(r)))).toEqual([]);
    expect(person("ca_nb_moncton", "René Pepsi Landry")).toBeDefined();
    expect(person("ca_nb_municipalities", "Éric Gagnon")).toBeDefined();
    expect(person("ca_qc_saguenay", "Bernard Noël")).toBeDefined();
    expect(set("ca_qc_kirkland").representatives.map((r) => r.districtId)).toContain("District 7 - Saint-Charles");
  });

  it("keeps e-mail fields only when they hold an address, trimmed and without scraped spaces", () => {
    const emails = all.flatMap((r) => (r.email === null ? [] : [r.email]));
    expect(emails.filter((e) => !/^[^@\s;,]+@[^@\s;,]+$/.test(e))).toEqual([]);
    expect(emails).toContain("Christine.Burton@woodbuffalo.ab.ca");
    expect(person("ca_qc_montreal_saint_leonard", "Mario Battista")?.email).toBe("mbattista@ville.montreal.qc.ca");
    expect(emails).toContain("j_power@xplornet.ca");
    expect(person("ca_on_whitby", "Lorne Coe")?.email).toBe("coel@whitby.ca");
    // 293 have none; `E-mail`, `Courriel%20` and two bare domains are not addresses.
    expect(all.filter((r) => r.email === null)).toHaveLength(293 + 4 + 9);
    // Pointe-Claire publishes contact forms in the e-mail field; they are kept as links.
    const pointeClaire = set("ca_qc_pointe_claire").representatives;
    expect(pointeClaire.filter((r) => String(r.extra["contact form"]).startsWith("http://www.ville.pointe-claire.qc.ca/"))).toHaveLength(9);
  });

  it("trims district ids", () => {
    expect(set("ca_ab_edmonton").representatives.map((r) => r.districtId)).toContain("Ward 7");
  });

  it("gives each representative a slug unique within its jurisdiction and district", () => {
    const keys = all.map((r) => `${r.jurisdictionSlug}|${r.districtId}|${r.slug}`);
    expect(new Set(keys).size).toBe(all.length);
  });
});

describe("Represent records and files that cannot load", () => {
  const row = { name: "Jane Doe", elected_office: "Councillor", district_name: "Ward 1", district_id: "Ward 1", offices: [], extra: {} };

  it("rejects a bad representative with a reason and keeps the others", () => {
    const result = parseRepresentFile(
      JSON.stringify([row, { ...row, name: "  " }, { ...row, name: undefined }, { ...row, offices: "City Hall" }, { ...row, district_id: null }, row]),
      "ca_on_example.json",
    );
    expect(result.records.representatives.map((r) => [r.districtId, r.slug])).toEqual([
      ["Ward 1", "jane-doe"],
      ["", "jane-doe"],
      ["Ward 1", "jane-doe-2"],
    ]);
    expect(result.rejects).toEqual([
      { index: 1, sourceId: null, reason: "name is empty" },
      { index: 2, sourceId: null, reason: expect.stringMatching(/^name: /) },
      { index: 3, sourceId: "Jane Doe", reason: expect.stringMatching(/^offices: /) },
    ]);
  });

  const failure = (raw: string | Uint8Array, name = "ca_on_example.json") => {
    try {
      parseRepresentFile(raw, name);
    } catch (error) {
      expect(error).toBeInstanceOf(SourceParseError);
      return (error as SourceParseError).reason;
    }
    throw new Error("expected a SourceParseError");
  };

  it("fails truncated JSON, bytes that are not UTF-8, the wrong shape and a name that is not a set", () => {
    const toronto = files["../../../../data/sources/represent/ca_on_toronto.json"]!;
    expect(failure(toronto.slice(0, toronto.length / 2))).toMatch(/^not valid JSON/);
    expect(failure(Uint8Array.from([0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d]))).toMatch(/^not valid UTF-8 \(first bad byte at offset 2\)/);
    expect(failure('{"objects": []}')).toMatch(/as a JSON array, found object/);
    expect(failure("[]", "toronto.json")).toBe('"toronto.json" is not a Represent set name like ca_on_toronto.json');
    expect(failure("[]", "ca_xx_nowhere.json")).toMatch(/is not a Represent set name/);
  });

  it("reads an empty or whitespace-only file as an empty set", () => {
    expect(parseRepresentFile(new Uint8Array(), "ca_on_example.json").records.representatives).toEqual([]);
    expect(parseRepresentFile(" \n", "ca_on_example.json").records.jurisdiction.nameEn).toBe("Example");
  });
});
