/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import partiesJson from "../../../../data/sources/openparliament/parties.json?raw";
import politiciansJson from "../../../../data/sources/openparliament/politicians.json?raw";
import ridingsJson from "../../../../data/sources/openparliament/ridings.json?raw";
import sessionsJson from "../../../../data/sources/openparliament/sessions.json?raw";
import { SourceParseError } from "./common";
import { parseParties, parsePoliticians, parseRidings, parseSessions } from "./openparliament";

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (...rows: unknown[]) => JSON.stringify(rows);

describe("openparliament sessions.json", () => {
  const { records, rejects } = parseSessions(bytes(sessionsJson));

  it("reads all 13 sessions, 35-1 to 40-3", () => {
    expect(rejects).toEqual([]);
    expect(records).toHaveLength(13);
    expect(records.map((s) => s.code)).toContain("35-1");
    expect(records.find((s) => s.code === "40-2")).toEqual({
      code: "40-2",
      parliamentNumber: 40,
      sessionNumber: 2,
      nameEn: "40th Parliament, 2nd Session",
      startDate: "2009-01-26",
      endDate: "2009-12-30",
    });
  });

  it("keeps the open session's end null", () => {
    expect(records.find((s) => s.code === "40-3")).toMatchObject({ startDate: "2010-03-03", endDate: null });
  });

  it("rejects a session whose code and numbers disagree, or with an impossible date, and keeps the rest", () => {
    const good = { model: "core.session", pk: "41-1", fields: { start: "2011-06-02", end: null, name: "41st", parliamentnum: 41, sessnum: 1 } };
    const result = parseSessions(
      fixture(good, { ...good, pk: "41-2" }, { ...good, pk: "41-3", fields: { ...good.fields, sessnum: 3, start: "2011-02-30" } }, good, {
        model: "core.party",
        pk: 1,
        fields: {},
      }),
    );
    expect(result.records.map((s) => s.code)).toEqual(["41-1"]);
    expect(result.rejects).toEqual([
      { index: 1, sourceId: "core.session:41-2", reason: "code does not match parliamentnum-sessnum" },
      { index: 2, sourceId: "core.session:41-3", reason: expect.stringMatching(/^fields\.start: /) },
      { index: 3, sourceId: "core.session:41-1", reason: "duplicate session 41-1 (first at index 0)" },
      { index: 4, sourceId: "core.party:1", reason: "unexpected model core.party in the openparliament sessions fixture" },
    ]);
  });
});

describe("openparliament parties.json", () => {
  const { records, rejects } = parseParties(partiesJson);

  it("reads all 40 parties with unique lower-case slugs", () => {
    expect(rejects).toEqual([]);
    expect(records).toHaveLength(40);
    expect(new Set(records.map((p) => p.slug)).size).toBe(40);
    expect(records.every((p) => /^[a-z0-9-]+$/.test(p.slug))).toBe(true);
  });

  it("lower-cases source slugs and generates the 29 missing ones from the short name", () => {
    const byId = new Map(records.map((p) => [p.openparliamentId, p]));
    expect(byId.get(2)?.slug).toBe("ndp");
    expect(byId.get(1)?.slug).toBe("cpc");
    expect(byId.get(10)?.slug).toBe("christian-heritage-party-of-canada");
    expect(byId.get(14)?.slug).toBe("neorhino-ca");
    expect(byId.get(33)).toMatchObject({ slug: "parti-rhinoceros", nameEn: "Parti Rhinocéros" });
  });

  it("keeps French names that merely copy the English ones, and flags them", () => {
    expect(records.every((p) => p.frSameAsEn)).toBe(true);
    expect(records.find((p) => p.openparliamentId === 4)).toMatchObject({ nameFr: "Liberal Party of Canada", frSameAsEn: true });
    const [translated] = parseParties(
      fixture({
        model: "core.party",
        pk: 4,
        fields: { name_en: "Liberal Party of Canada", name_fr: "Parti libéral du Canada", short_name_en: "Liberal", short_name_fr: "Libéral", slug: "liberal" },
      }),
    ).records;
    expect(translated?.frSameAsEn).toBe(false);
  });

  it("never lets a generated slug take a source slug", () => {
    const party = (pk: number, name: string, slug: string) => ({
      model: "core.party",
      pk,
      fields: { name_en: name, name_fr: name, short_name_en: name, short_name_fr: name, slug },
    });
    const { records } = parseParties(fixture(party(1, "Green", ""), party(2, "Green Party", "green"), party(3, "Green", "")));
    expect(records.map((p) => p.slug)).toEqual(["green-2", "green", "green-3"]);
  });
});

describe("openparliament ridings.json", () => {
  const { records, rejects } = parseRidings(ridingsJson);

  it("reads all 701 ridings, 338 of them current", () => {
    expect(rejects).toEqual([]);
    expect(records).toHaveLength(701);
    expect(records.filter((r) => r.current)).toHaveLength(338);
  });

  it("prints the em dash openparliament writes as --", () => {
    expect(records.some((r) => r.nameEn.includes("--") || r.nameFr?.includes("--"))).toBe(false);
    expect(records.find((r) => r.openparliamentId === 70391)).toEqual({
      openparliamentId: 70391,
      edid: 35073,
      representationOrder: 2013,
      ocdId: "ocd-division/country:ca/ed:35073-2013",
      slug: "oakville-north-burlington",
      nameEn: "Oakville North—Burlington",
      nameFr: "Oakville-Nord—Burlington",
      province: "ON",
      current: true,
    });
  });

  it("keeps French accents and turns the empty French names of former ridings into null", () => {
    const quebec = records.filter((r) => r.province === "QC" && r.current);
    expect(quebec.map((r) => r.nameFr)).toContain("Mégantic—L'Érable");
    // Two names arrived as cp1252 bytes read as Latin-1 (U+0092 for ’, U+009C for œ).
    expect(records.find((r) => r.edid === 24020 && r.current)?.nameEn).toBe("Beauport—Côte-de-Beaupré—Île d'Orléans—Charlevoix");
    expect(records.find((r) => r.edid === 24077 && r.current)?.nameFr).toBe("Ville-Marie—Le Sud-Ouest—Île-des-Sœurs");
    expect(records.filter((r) => r.nameFr === null)).toHaveLength(363);
    expect(records.filter((r) => !r.current).every((r) => r.nameFr === null)).toBe(true);
  });

  it("places numbered ridings in their representation order; older ones have no number", () => {
    expect(records.filter((r) => r.representationOrder === 2013)).toHaveLength(338);
    expect(records.filter((r) => r.representationOrder === 2003)).toHaveLength(118);
    expect(records.filter((r) => r.edid === null && r.representationOrder === null && r.ocdId === null)).toHaveLength(245);
    expect(records.find((r) => r.openparliamentId === 10002)).toMatchObject({
      nameEn: "Bonavista—Gander—Grand Falls—Windsor",
      representationOrder: 2003,
      ocdId: "ocd-division/country:ca/ed:10002",
    });
    expect(new Set(records.flatMap((r) => (r.ocdId ? [r.ocdId] : []))).size).toBe(456);
  });

  it("rejects a riding whose edid belongs to another province, or an unknown province", () => {
    const riding = (pk: number, province: string, edid: number | null) => ({
      model: "core.riding",
      pk,
      fields: { name_en: "Somewhere", name_fr: "", province, slug: "", edid, current: false },
    });
    const result = parseRidings(fixture(riding(1, "ON", 35001), riding(2, "QC", 35002), riding(3, "XX", null)));
    expect(result.records.map((r) => r.slug)).toEqual(["somewhere"]);
    expect(result.rejects.map((r) => r.reason)).toEqual(["edid 35002 is not a district of QC", expect.stringMatching(/^fields\.province: /)]);
  });
});

describe("openparliament politicians.json", () => {
  const { records, rejects, skipped } = parsePoliticians(politiciansJson);
  const { members, identifiers, terms } = records;

  it("reads 179 members, 227 terms and 927 identifiers; the 71 info rows without a column are skipped", () => {
    expect(rejects).toEqual([]);
    expect(members).toHaveLength(179);
    expect(terms).toHaveLength(227);
    expect(identifiers).toHaveLength(927);
    expect(skipped).toHaveLength(10);
    expect(members.filter((m) => m.twitter !== null)).toHaveLength(60);
    expect(members.filter((m) => m.webSite !== null)).toHaveLength(1);
    expect(new Set(skipped.map((s) => s.reason))).toContain('no column for politicianinfo schema "anagram"');
  });

  it("maps identifier schemes onto the schema's", () => {
    const count = (scheme: string) => identifiers.filter((i) => i.scheme === scheme).length;
    expect(count("hansard_affiliation")).toBe(411);
    expect(count("parlinfo_id")).toBe(164);
    expect(count("freebase_id")).toBe(152);
    expect(count("alternate_name")).toBe(200);
  });

  it("gives every member a unique slug, generating the 22 that are empty", () => {
    expect(new Set(members.map((m) => m.slug)).size).toBe(179);
    expect(members.find((m) => m.openparliamentId === 3709)).toMatchObject({ name: "Christian Jobin", slug: "christian-jobin", headshotUrl: null });
  });

  it("normalises names, empty genders and headshot paths", () => {
    expect(members.find((m) => m.name.startsWith("Tracey"))?.name).toBe("Tracey Jastinder Mann");
    expect(members.filter((m) => m.gender === null)).toHaveLength(14);
    expect(members.find((m) => m.openparliamentId === 127)).toEqual({
      openparliamentId: 127,
      slug: "albina-guarnieri",
      name: "Albina Guarnieri",
      nameGiven: "Albina",
      nameFamily: "Guarnieri",
      gender: "F",
      headshotUrl: "https://openparliament.ca/media/polpics/127.jpg",
      twitter: null,
      webSite: null,
    });
    expect(members.map((m) => m.name)).toContain("Bernard Généreux");
  });

  it("refers from terms to member, party and riding by openparliament id", () => {
    expect(terms.find((t) => t.openparliamentId === 311)).toEqual({
      openparliamentId: 311,
      memberOpenparliamentId: 396,
      partyOpenparliamentId: 1,
      ridingOpenparliamentId: 35038,
      startDate: "2006-04-03",
      endDate: null,
    });
    expect(terms.filter((t) => t.endDate === null)).toHaveLength(157);
  });

  it("rejects bad rows with reasons and cascades a rejected politician to its rows", () => {
    const result = parsePoliticians(
      fixture(
        { model: "core.politician", pk: 1, fields: { name: "Ann Smith", name_given: "Ann", name_family: "Smith", gender: "", headshot: "", slug: "" } },
        { model: "core.politician", pk: 2, fields: { name: "", gender: "X" } },
        { model: "core.politicianinfo", pk: 1, fields: { politician: 1, schema: "parl_id", value: "12345" } },
        { model: "core.politicianinfo", pk: 2, fields: { politician: 2, schema: "parl_id", value: "999" } },
        { model: "core.politicianinfo", pk: 3, fields: { politician: 1, schema: "parl_id", value: "12345" } },
        {
          model: "core.electedmember",
          pk: 9,
          fields: { politician: 1, party: 4, riding: null, start_date: "2008-10-14", end_date: "2006-01-01", sessions: [] },
        },
        { model: "core.electedmember", pk: 10, fields: { politician: 1, party: null, riding: 35001, start_date: "2008-10-14", end_date: null, sessions: [] } },
        "not a row",
      ),
    );
    expect(result.records.members.map((m) => m.slug)).toEqual(["ann-smith"]);
    expect(result.records.identifiers).toEqual([{ memberOpenparliamentId: 1, scheme: "hansard_affiliation", value: "12345" }]);
    expect(result.records.terms).toEqual([
      { openparliamentId: 10, memberOpenparliamentId: 1, partyOpenparliamentId: null, ridingOpenparliamentId: 35001, startDate: "2008-10-14", endDate: null },
    ]);
    expect(result.rejects).toEqual([
      { index: 1, sourceId: "core.politician:2", reason: expect.stringMatching(/fields\.name: .*; fields\.gender: /) },
      { index: 3, sourceId: "core.politicianinfo:2", reason: "politician 2 is not a valid politician in this file" },
      { index: 4, sourceId: "core.politicianinfo:3", reason: "duplicate identifier hansard_affiliation:12345 (first at index 2)" },
      { index: 5, sourceId: "core.electedmember:9", reason: "fields: term ends before it starts" },
      { index: 7, sourceId: null, reason: expect.stringMatching(/^not a fixture row: /) },
    ]);
  });
});

describe("malformed openparliament files", () => {
  const failure = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(SourceParseError);
      return (error as SourceParseError).reason;
    }
    throw new Error("expected a SourceParseError");
  };

  it("fails an empty file", () => {
    expect(failure(() => parseSessions(""))).toMatch(/^empty file/);
    expect(failure(() => parseSessions(new Uint8Array()))).toMatch(/^empty file/);
  });

  it("fails truncated JSON", () => {
    expect(failure(() => parseRidings(ridingsJson.slice(0, 5000)))).toMatch(/^not valid JSON/);
  });

  it("fails bytes that are not UTF-8 and says where", () => {
    // `é` written in Latin-1 (0xE9) by an exporter that ignored the encoding.
    const before = bytes('[{"model": "core.party", "pk": 1, "fields": {"name_en": "Bloc Qu');
    const latin1 = Uint8Array.from([...before, 0xe9, ...bytes("b")]);
    expect(failure(() => parseParties(latin1))).toBe(`not valid UTF-8 (first bad byte at offset ${before.length})`);
  });

  it("fails the wrong top-level shape, and a fixture of the wrong models", () => {
    expect(failure(() => parsePoliticians('{"model": "core.politician"}'))).toMatch(/as a JSON array, found object/);
    expect(failure(() => parseSessions(partiesJson))).toBe("no core.session rows: this is not the openparliament sessions fixture");
    expect(failure(() => parseSessions("[]"))).toMatch(/^no core\.session rows/);
  });

  it("reads a file that starts with a byte-order mark", () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(sessionsJson)]);
    expect(parseSessions(withBom).records).toHaveLength(13);
    expect(parseSessions(`\uFEFF${sessionsJson}`).records).toHaveLength(13);
  });
});
