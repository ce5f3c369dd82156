/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import search44 from "../../../../data/sources/rosters/ourcommons-members-44-search.html?raw";
import export43 from "../../../../data/sources/rosters/ourcommons-members-43.xml?raw";
import export44 from "../../../../data/sources/rosters/ourcommons-members-44.xml?raw";
import { SourceParseError } from "./common";
import { parseLipadMember, parseMemberSearch, parseMembersExport } from "./rosters";

const LIPAD = import.meta.glob("../../../../data/sources/lipad-members-41/*.xml", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const lipad = (file: string) => LIPAD[`../../../../data/sources/lipad-members-41/${file}`]!;
const lipadOf = (family: string) => Object.values(LIPAD).find((xml) => xml.includes(`<pm:last>${family}</pm:last>`))!;

describe("the House of Commons members export", () => {
  it("reads all 337 members of the 44th Parliament's export and all 338 of the 43rd's", () => {
    const p44 = parseMembersExport(export44);
    const p43 = parseMembersExport(export43);
    expect(p44.rejects).toEqual([]);
    expect(p44.records).toHaveLength(337);
    expect(p43.rejects).toEqual([]);
    expect(p43.records).toHaveLength(338);
  });

  it("states name, riding (em dashes kept), province, caucus and the seat's dates as the file does", () => {
    const { records } = parseMembersExport(export44);
    expect(records.find((r) => r.familyName === "Collins" && r.givenName === "Laurel")).toMatchObject({
      personId: null,
      riding: "Victoria",
      province: "British Columbia",
      party: "NDP",
      startDate: "2021-09-20",
      endDate: null,
    });
    expect(records.find((r) => r.familyName === "Aitchison")?.riding).toBe("Parry Sound—Muskoka");
    // Members elected at by-elections start on their own day.
    expect(
      records
        .filter((r) => r.startDate !== "2021-09-20")
        .map((r) => r.startDate)
        .sort(),
    ).toEqual(["2022-12-12", "2023-06-19", "2023-06-19", "2023-06-19", "2023-06-19", "2023-07-24"]);
  });

  it("rejects a member without a caucus, naming the field, and keeps the others", () => {
    const broken = export44.replace("<CaucusShortName>Conservative</CaucusShortName>", "");
    const { records, rejects } = parseMembersExport(broken);
    expect(records).toHaveLength(336);
    expect(rejects).toEqual([{ index: 0, sourceId: null, reason: expect.stringContaining("CaucusShortName") }]);
  });

  it("fails a file that is not the export", () => {
    expect(() => parseMembersExport("")).toThrow(SourceParseError);
    expect(() => parseMembersExport("<html><body>Service unavailable</body></html>")).toThrow(/ArrayOfMemberOfParliament/);
    expect(() => parseMembersExport("<ArrayOfMemberOfParliament><MemberOfParliament>")).toThrow(/not well-formed XML/);
  });
});

describe("the House's member search page", () => {
  const { records, rejects } = parseMemberSearch(search44);

  it("reads 337 members, each with the person id of their ourcommons.ca page", () => {
    expect(rejects).toEqual([]);
    expect(records).toHaveLength(337);
    expect(new Set(records.map((r) => r.personId)).size).toBe(337);
    expect(records.find((r) => r.personId === 105908)).toMatchObject({
      givenName: "Laurel",
      familyName: "Collins",
      riding: "Victoria",
      party: "NDP",
      startDate: null,
    });
  });

  it("drops the title from ministers' names (`LeBlanc, Hon. Dominic`, `Trudeau, Right Hon. Justin`)", () => {
    expect(records.find((r) => r.familyName === "LeBlanc")?.givenName).toBe("Dominic");
    expect(records.find((r) => r.familyName === "Trudeau" && r.riding === "Papineau")?.givenName).toBe("Justin");
    expect(records.filter((r) => /hon\./i.test(r.givenName))).toEqual([]);
  });

  it("names the same members, in the same ridings, as the export of the same day", () => {
    const exported = new Set(parseMembersExport(export44).records.map((r) => `${r.familyName}|${r.riding}`));
    expect(records.filter((r) => !exported.has(`${r.familyName}|${r.riding}`))).toEqual([]);
  });

  it("fails a page without the member list", () => {
    expect(() => parseMemberSearch("<html><body><p>Maintenance</p></body></html>")).toThrow(/no member rows/);
  });
});

describe("Parlinfo member files (LiPaD)", () => {
  it("reads all 322 files of the 41st Parliament without a reject", () => {
    const files = Object.values(LIPAD);
    expect(files).toHaveLength(322);
    const rejects = files.flatMap((xml) => parseLipadMember(xml).rejects);
    expect(rejects).toEqual([]);
  });

  it("takes the person id from the House profile link, and Parlinfo's id", () => {
    const { records } = parseLipadMember(lipad("ca.m.100.xml"));
    expect(records.every((r) => r.personId === 1806 && r.parlinfoId === "550141c4-bdc7-48ea-9e5e-6b40f5ad1bed")).toBe(true);
    expect(records.map((r) => [r.startDate, r.endDate, r.riding, r.party]).at(-1)).toEqual(["2011-05-02", null, "Sydney—Victoria", "Liberal"]);
  });

  it("cuts a seat where the party changes: Dean Del Mastro sat as an Independent Conservative from 2013-09-30 to 2014-11-05", () => {
    const seats = parseLipadMember(lipadOf("Del Mastro")).records.filter((r) => r.startDate! >= "2011-05-02");
    expect(seats.map((s) => [s.startDate, s.endDate, s.party])).toEqual([
      ["2011-05-02", "2013-09-29", "Conservative"],
      ["2013-09-30", "2014-11-05", "Independent Conservative"],
      // The file keeps the seat open after the party membership ends: that part has no party, as the file says.
      ["2014-11-06", null, null],
    ]);
  });

  it("counts a House office (Official Opposition House Leader) as no seat", () => {
    const seats = parseLipadMember(lipadOf("Mulcair")).records;
    expect(seats.map((s) => [s.startDate, s.riding])).toEqual([
      ["2007-09-17", "Outremont"],
      ["2008-10-14", "Outremont"],
      ["2011-05-02", "Outremont"],
    ]);
    expect(seats.every((s) => s.party === "New Democratic Party" && s.personId === 26684)).toBe(true);
  });

  it("gives every seat the party membership the file states on its first day (re-read independently)", () => {
    for (const xml of Object.values(LIPAD)) {
      const parties = [...xml.matchAll(/pm:party-name="([^"]+)"[^>]*>\s*<pm:period pm:from="([\d-]+)"[^>]*pm:till="([\d-]+|present)"/g)].map((m) => ({
        party: m[1]!,
        from: m[2]!,
        till: m[3]!,
      }));
      for (const seat of parseLipadMember(xml).records) {
        const covering = parties.find((p) => p.from <= seat.startDate! && (p.till === "present" || p.till >= seat.startDate!));
        expect([seat.familyName, seat.startDate, seat.party]).toEqual([seat.familyName, seat.startDate, covering?.party ?? null]);
      }
    }
  });

  it("fails a file that is not a member file", () => {
    expect(() => parseLipadMember("<root><meta/></root>")).toThrow(/no pm:member/);
    expect(() => parseLipadMember("")).toThrow(SourceParseError);
  });
});
