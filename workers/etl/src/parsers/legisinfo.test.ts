import { describe, expect, it } from "vitest";
import { SourceParseError } from "./common";
import { parseLegisinfoBills } from "./legisinfo";

/**
 * No LEGISinfo export ships with the data, so these documents are written from the fields its
 * bill list documents (data/sources/README.md), with values in its formats.
 */
const stageFields = {
  PassedHouseFirstReadingDateTime: null,
  PassedHouseSecondReadingDateTime: null,
  PassedHouseThirdReadingDateTime: null,
  PassedSenateFirstReadingDateTime: null,
  PassedSenateSecondReadingDateTime: null,
  PassedSenateThirdReadingDateTime: null,
  ReceivedRoyalAssentDateTime: null,
};

const budgetBill = {
  BillId: 12385327,
  BillNumberFormatted: "C-47",
  ParlSessionCode: "44-1",
  ParliamentNumber: 44,
  SessionNumber: 1,
  LongTitleEn: "An Act to implement certain provisions of the budget tabled in Parliament on March 28, 2023",
  LongTitleFr: "Loi portant exécution de certaines dispositions du budget déposé au Parlement le 28 mars 2023",
  ShortTitleEn: "Budget Implementation Act, 2023, No. 1",
  ShortTitleFr: "Loi no 1 d’exécution du budget de 2023",
  BillTypeEn: "House Government Bill",
  SponsorEn: "Hon. Chrystia Freeland",
  OriginatingChamberId: 1,
  CurrentStatusEn: "Royal assent received",
  CurrentStatusFr: "Sanction royale reçue",
  LatestCompletedMajorStageEn: "Royal Assent",
  LatestActivityDateTime: "2023-06-22T16:40:00",
  PassedHouseFirstReadingDateTime: "2023-04-20T10:05:12.337",
  PassedHouseSecondReadingDateTime: "2023-05-03T15:30:00",
  PassedHouseThirdReadingDateTime: "2023-06-01T17:12:00",
  PassedSenateFirstReadingDateTime: "2023-06-01T19:00:00",
  PassedSenateSecondReadingDateTime: "2023-06-08T14:00:00",
  PassedSenateThirdReadingDateTime: "2023-06-21T15:00:00",
  ReceivedRoyalAssentDateTime: "2023-06-22T16:40:00",
};

const privateMembersBill = {
  ...stageFields,
  BillId: 12347110,
  BillNumberFormatted: "C-332",
  ParlSessionCode: "44-1",
  ParliamentNumber: 44,
  SessionNumber: 1,
  LongTitleEn: "An Act to amend the Criminal Code (controlling or coercive conduct)",
  LongTitleFr: "Loi modifiant le Code criminel (conduite contrôlante ou coercitive)",
  ShortTitleEn: null,
  ShortTitleFr: null,
  BillTypeEn: "Private Member’s Bill",
  SponsorEn: "Laurel Collins",
  OriginatingChamberId: 1,
  CurrentStatusEn: "At consideration in committee in the House of Commons",
  LatestCompletedMajorStageEn: "Second reading",
  LatestActivityDateTime: "2023-06-14T18:00:00",
  PassedHouseFirstReadingDateTime: "2023-02-10T10:00:00",
  PassedHouseSecondReadingDateTime: "2023-06-14T17:45:00",
};

const senateBill = {
  ...stageFields,
  BillId: 11776000,
  BillNumberFormatted: "S-5",
  ParlSessionCode: "44-1",
  ParliamentNumber: 44,
  SessionNumber: 1,
  LongTitleEn: "An Act to amend the Canadian Environmental Protection Act, 1999",
  LongTitleFr: null,
  ShortTitleEn: "Strengthening Environmental Protection for a Healthier Canada Act",
  ShortTitleFr: null,
  BillTypeEn: "Senate Government Bill",
  SponsorEn: "Hon. Marc Gold",
  OriginatingChamberId: 2,
  CurrentStatusEn: "At second reading in the House of Commons",
  LatestCompletedMajorStageEn: "First reading",
  LatestActivityDateTime: "0001-01-01T00:00:00",
  PassedSenateFirstReadingDateTime: "2022-02-09T14:00:00",
  PassedSenateSecondReadingDateTime: "2022-03-29T14:00:00",
  PassedSenateThirdReadingDateTime: "2022-06-22T14:00:00",
  PassedHouseFirstReadingDateTime: "2022-06-22T14:00:00",
};

const defeatedBill = {
  ...stageFields,
  BillId: 12000001,
  BillNumberFormatted: "C-261",
  ParliamentNumber: 44,
  SessionNumber: 1,
  BillTypeEn: "Private Member's Bill",
  OriginatingChamberId: 1,
  CurrentStatusEn: "Defeated at second reading in the House of Commons",
  LatestActivityDateTime: "2023-03-29T18:30:00-04:00",
  PassedHouseFirstReadingDateTime: "2022-05-05T10:00:00",
};

const parse = (...bills: unknown[]) => parseLegisinfoBills(JSON.stringify(bills));

describe("LEGISinfo bills", () => {
  const { records, rejects } = parse(budgetBill, privateMembersBill, senateBill, defeatedBill);
  const bill = (number: string) => records.bills.find((b) => b.number === number)!;
  const stagesOf = (number: string) => records.stages.filter((s) => s.billNumber === number);

  it("maps a government bill through royal assent", () => {
    expect(rejects).toEqual([]);
    expect(records.bills).toHaveLength(4);
    expect(bill("C-47")).toEqual({
      legisinfoId: 12385327,
      sessionCode: "44-1",
      number: "C-47",
      numberOnly: 47,
      originatingChamber: "house",
      longTitleEn: "An Act to implement certain provisions of the budget tabled in Parliament on March 28, 2023",
      longTitleFr: "Loi portant exécution de certaines dispositions du budget déposé au Parlement le 28 mars 2023",
      shortTitleEn: "Budget Implementation Act, 2023, No. 1",
      shortTitleFr: "Loi no 1 d’exécution du budget de 2023",
      billType: "House Government Bill",
      privateMember: false,
      sponsorName: "Hon. Chrystia Freeland",
      status: "royal_assent",
      statusChamber: "senate",
      statusDate: "2023-06-22",
      statusTextEn: "Royal assent received",
      statusTextFr: "Sanction royale reçue",
      introducedDate: "2023-04-20",
    });
  });

  it("records one stage event per reached stage date, in the order passed", () => {
    expect(stagesOf("C-47").map((s) => [s.chamber, s.stage, s.date])).toEqual([
      ["house", "first_reading", "2023-04-20"],
      ["house", "second_reading", "2023-05-03"],
      ["house", "third_reading", "2023-06-01"],
      ["senate", "first_reading", "2023-06-01"],
      ["senate", "second_reading", "2023-06-08"],
      ["senate", "third_reading", "2023-06-21"],
      ["senate", "royal_assent", "2023-06-22"],
    ]);
    expect(stagesOf("C-47")[0]).toEqual({
      billLegisinfoId: 12385327,
      sessionCode: "44-1",
      billNumber: "C-47",
      stage: "first_reading",
      chamber: "house",
      date: "2023-04-20",
      descriptionEn: "First reading in the House of Commons",
      descriptionFr: "Première lecture à la Chambre des communes",
    });
    expect(records.stages).toHaveLength(7 + 2 + 4 + 1);
  });

  it("flags private members' bills and keeps nulls for what LEGISinfo has not given", () => {
    expect(bill("C-332")).toMatchObject({
      privateMember: true,
      shortTitleEn: null,
      statusTextFr: null,
      status: "second_reading",
      statusChamber: "house",
      statusDate: "2023-06-14",
      introducedDate: "2023-02-10",
    });
  });

  it("starts a Senate bill in the Senate, whatever the House did the same day", () => {
    expect(bill("S-5")).toMatchObject({
      originatingChamber: "senate",
      privateMember: false,
      longTitleFr: null,
      introducedDate: "2022-02-09",
      status: "first_reading",
      statusChamber: "house",
      statusDate: "2022-06-22",
    });
    expect(stagesOf("S-5").map((s) => `${s.chamber} ${s.stage}`)).toEqual([
      "senate first_reading",
      "senate second_reading",
      "senate third_reading",
      "house first_reading",
    ]);
  });

  it("takes defeat from the status text, dated by the latest activity", () => {
    expect(bill("C-261")).toMatchObject({ sessionCode: "44-1", status: "defeated", statusChamber: "house", statusDate: "2023-03-29" });
  });

  it("reads committee and report stage dates when a record carries them", () => {
    const [withCommittee] = parse({
      ...privateMembersBill,
      PassedHouseCommitteeStageDateTime: "2023-10-18T17:00:00",
      PassedHouseReportStageDateTime: "2023-11-22T17:00:00",
    }).records.bills;
    expect(withCommittee).toMatchObject({ status: "report", statusDate: "2023-11-22" });
  });

  it("rejects bad bills with a precise reason and loads the others", () => {
    const { records, rejects } = parse(
      budgetBill,
      { ...privateMembersBill, BillId: undefined },
      { ...privateMembersBill, BillId: 1, BillNumberFormatted: "M-103" },
      { ...privateMembersBill, BillId: 2, SessionNumber: 2 },
      { ...privateMembersBill, BillId: 3, OriginatingChamberId: 2 },
      { ...privateMembersBill, BillId: 4, PassedHouseSecondReadingDateTime: "2023-02-30T10:00:00" },
      { ...senateBill, BillId: 12385327 },
      { ...budgetBill, BillId: 5 },
      { ...privateMembersBill, BillId: 6, ParlSessionCode: null, ParliamentNumber: null },
      "C-1",
      privateMembersBill,
    );
    expect(records.bills.map((b) => b.number)).toEqual(["C-47", "C-332"]);
    expect(rejects).toEqual([
      { index: 1, sourceId: "C-332", reason: expect.stringMatching(/^BillId: /) },
      { index: 2, sourceId: "1", reason: "BillNumberFormatted: bill number must look like C-332 or S-5" },
      { index: 3, sourceId: "2", reason: "ParlSessionCode 44-1 contradicts ParliamentNumber 44 and SessionNumber 2" },
      { index: 4, sourceId: "3", reason: "OriginatingChamberId 2 contradicts bill number C-332" },
      { index: 5, sourceId: "4", reason: 'PassedHouseSecondReadingDateTime: not a LEGISinfo date: "2023-02-30T10:00:00"' },
      { index: 6, sourceId: "12385327", reason: "duplicate BillId 12385327 (first at index 0)" },
      { index: 7, sourceId: "5", reason: "duplicate bill 44-1 C-47 (first at index 0)" },
      { index: 8, sourceId: "6", reason: "no ParlSessionCode, ParliamentNumber or SessionNumber" },
      { index: 9, sourceId: null, reason: expect.stringMatching(/expected object/) },
    ]);
  });
});

describe("LEGISinfo files that cannot load", () => {
  const failure = (raw: string | Uint8Array) => {
    try {
      parseLegisinfoBills(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(SourceParseError);
      return (error as SourceParseError).reason;
    }
    throw new Error("expected a SourceParseError");
  };
  const document = JSON.stringify([budgetBill, senateBill]);

  it("fails an empty file, truncated JSON, bytes that are not UTF-8 and the wrong shape", () => {
    expect(failure("")).toBe("empty file: expected a LEGISinfo bill list");
    expect(failure(document.slice(0, 300))).toMatch(/^not valid JSON/);
    expect(failure(Uint8Array.from([0x5b, 0x7b, 0x22, 0xe9, 0x22, 0x7d, 0x5d]))).toBe("not valid UTF-8 (first bad byte at offset 3)");
    expect(failure(JSON.stringify({ bills: [budgetBill] }))).toBe("expected a LEGISinfo bill list as a JSON array, found object");
  });

  it("reads a UTF-8 file with a byte-order mark", () => {
    const bytes = new TextEncoder().encode(`\uFEFF${document}`);
    expect(parseLegisinfoBills(bytes).records.bills.map((b) => b.number)).toEqual(["C-47", "S-5"]);
  });
});
