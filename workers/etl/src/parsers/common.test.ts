import { describe, expect, it } from "vitest";
import { SourceParseError, decodeText, readCsv } from "./common";
import { SlugSet, cleanLines, cleanText, repairMojibake, ridingName, slugify } from "./common-text";

describe("decodeText", () => {
  const bytes = new TextEncoder().encode("Québec");

  it("decodes UTF-8 from bytes, an ArrayBuffer or a string, without the byte-order mark", () => {
    expect(decodeText(bytes)).toBe("Québec");
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]).buffer)).toBe("Québec");
    expect(decodeText("\uFEFFQuébec")).toBe("Québec");
  });

  it("refuses Latin-1 and truncated sequences, naming the byte", () => {
    expect(() => decodeText(Uint8Array.from([0x51, 0x75, 0xe9]))).toThrow(SourceParseError);
    expect(() => decodeText(Uint8Array.from([0x51, 0x75, 0xe9]))).toThrow("not valid UTF-8 (first bad byte at offset 2)");
    expect(() => decodeText(bytes.subarray(0, 3))).toThrow("not valid UTF-8 (first bad byte at offset 2)");
  });

  it("refuses a UTF-16 export", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x5b, 0x00, 0x5d, 0x00]);
    expect(() => decodeText(utf16)).toThrow("not valid UTF-8 (first bad byte at offset 0)");
  });
});

describe("text normalisation", () => {
  it("repairs UTF-8 that was decoded as Latin-1, once or twice, and leaves real accents alone", () => {
    expect(repairMojibake("Paulette ThÃ©riault")).toBe("Paulette Thériault");
    expect(repairMojibake("Bernard NoÃ\u0083Â«l")).toBe("Bernard Noël");
    expect(repairMojibake("Ã\u0089ric")).toBe("Éric");
    expect(repairMojibake("Gaétan Côté")).toBe("Gaétan Côté");
    expect(repairMojibake("226-388-0005Â")).toBe("226-388-0005");
  });

  it("cleans one-line values: no-break and zero-width spaces, cp1252 punctuation, blanks", () => {
    expect(cleanText("\u200B 519\u00A0759-7840 \r")).toBe("519 759-7840");
    expect(cleanText("Île d\u0092Orléans")).toBe("Île d’Orléans");
    expect(cleanText("Île-des-S\u009Curs")).toBe("Île-des-Sœurs");
    expect(cleanText(" \n ")).toBeNull();
    expect(cleanText(undefined)).toBeNull();
  });

  it("keeps the lines of an address and drops the blank ones", () => {
    expect(cleanLines("City of Burlington, \r\n426 Brant Street\r\n\r\nBurlington  ON ")).toBe("City of Burlington,\n426 Brant Street\nBurlington ON");
  });

  it("writes riding names with the unspaced em dash and ASCII apostrophes", () => {
    expect(ridingName("Mégantic--L\u0092Érable")).toBe("Mégantic—L'Érable");
    expect(ridingName("Rivière-du-Loup— Kataskomiq")).toBe("Rivière-du-Loup—Kataskomiq");
    expect(ridingName("")).toBeNull();
  });

  it("slugs accents, ligatures and dashes away", () => {
    expect(slugify("Ville-Marie—Le Sud-Ouest—Île-des-Sœurs")).toBe("ville-marie-le-sud-ouest-ile-des-soeurs");
    expect(slugify("  Reynold Bourdeaud`hui ")).toBe("reynold-bourdeaud-hui");
  });

  it("hands out each slug once", () => {
    const slugs = new SlugSet();
    expect(slugs.reserve("jane-doe")).toBe(true);
    expect(slugs.reserve("jane-doe")).toBe(false);
    expect([slugs.claim("jane-doe"), slugs.claim("jane-doe"), slugs.claim("")]).toEqual(["jane-doe-2", "jane-doe-3", "unnamed"]);
  });
});

describe("readCsv", () => {
  it("reads quoted fields with commas and line breaks, CRLF or LF", () => {
    const { records, rejects } = readCsv('id,name\r\n1,"Division No. 1, Subd. V"\r\n2,"two\nlines"\r\n', ["id", "name"], "a list");
    expect(rejects).toEqual([]);
    expect(records.map((r) => r.values.name)).toEqual(["Division No. 1, Subd. V", "two\nlines"]);
  });

  it("rejects a row with the wrong number of fields, and fails a missing column", () => {
    expect(readCsv("id,name\n1,a,b\n2,b\n", ["id", "name"], "a list").rejects).toEqual([
      { index: 0, sourceId: "1", reason: "malformed CSV row: Too many fields: expected 2 fields but parsed 3" },
    ]);
    expect(() => readCsv("id,nom\n1,a\n", ["id", "name"], "a list")).toThrow("expected a list with column(s) name; found id, nom");
  });
});
