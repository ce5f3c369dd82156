/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { type HansardDocument, HansardParseError, parseHansard } from "./hansard";
import { shortTitleIn, stageOf } from "./hansard-bills";
import { ownShortTitles } from "./hansard-bill-titles";
import { mergePublications } from "./hansard-merge";

// Vite's ?raw keeps the files byte for byte (BOM and CRLF included): checked below against their sizes.
const raws = import.meta.glob<string>("../../../../data/sources/hansard/*.xml", { query: "?raw", import: "default", eager: true });
const raw = (file: string) => raws[`../../../../data/sources/hansard/${file}`]!;
const bytes = (text: string) => new TextEncoder().encode(text);

const parsed = new Map<string, HansardDocument>();
const doc = (file: string) => {
  if (!parsed.has(file)) parsed.set(file, parseHansard(bytes(raw(file))));
  return parsed.get(file)!;
};

/**
 * Counted independently of the parser with a Python/ElementTree script over the same files:
 * `interventions` = <Intervention> elements, `ballots` = Affiliation elements under DivisionType,
 * `totals` = the printed <Total> per division ([number, yea, nay, paired]; Nil counts 0).
 * Statements exceed interventions because an intervention splits where the Hansard names another
 * speaker inline (<B>Some hon. members:</B>) or records procedure ("(Motion agreed to)"), and
 * because text outside interventions ("The House met at 10 a.m.", the division prose, the
 * Speech from the Throne) and written questions/answers are statements too. The script applied
 * those rules on its own and found the same statement totals.
 */
const EXPECTED = [
  {
    file: "11796678-fr.xml",
    bytes: 204030,
    kind: "evidence",
    language: "fr",
    sourceId: "11796678",
    session: "44-1",
    date: "2022-08-09",
    number: 33,
    interventions: 226,
    statements: 229,
    procedural: 1,
    totals: [],
  },
  {
    file: "12324877-en.xml",
    bytes: 167417,
    kind: "evidence",
    language: "en",
    sourceId: "12324877",
    session: "44-1",
    date: "2023-09-20",
    number: 53,
    interventions: 160,
    statements: 162,
    procedural: 0,
    totals: [],
  },
  {
    file: "41-1-260-en.xml",
    bytes: 944093,
    kind: "debates",
    language: "en",
    sourceId: "8049843",
    session: "41-1",
    date: "2013-05-31",
    number: 260,
    interventions: 195,
    statements: 232,
    procedural: 15,
    totals: [],
  },
  {
    file: "41-1-54-fr.xml",
    bytes: 928449,
    kind: "debates",
    language: "fr",
    sourceId: "4957864",
    session: "41-1",
    date: "2011-11-25",
    number: 54,
    interventions: 181,
    statements: 207,
    procedural: 8,
    totals: [],
  },
  {
    file: "41-2-38-en.xml",
    bytes: 637964,
    kind: "debates",
    language: "en",
    sourceId: "8207332",
    session: "41-2",
    date: "2014-01-30",
    number: 38,
    interventions: 299,
    statements: 355,
    procedural: 16,
    totals: [],
  },
  {
    file: "42-1-2-en.xml",
    bytes: 93305,
    kind: "debates",
    language: "en",
    sourceId: "8759785",
    session: "42-1",
    date: "2015-12-04",
    number: 2,
    interventions: 42,
    statements: 65,
    procedural: 16,
    totals: [],
  },
  {
    file: "42-1-2-fr.xml",
    bytes: 105141,
    kind: "debates",
    language: "fr",
    sourceId: "8759785",
    session: "42-1",
    date: "2015-12-04",
    number: 2,
    interventions: 42,
    statements: 65,
    procedural: 16,
    totals: [],
  },
  {
    file: "43-1-44-en.xml",
    bytes: 387719,
    kind: "debates",
    language: "en",
    sourceId: "10911851",
    session: "43-1",
    date: "2020-07-22",
    number: 44,
    interventions: 368,
    statements: 377,
    procedural: 6,
    totals: [],
  },
  {
    file: "44-1-196-en.xml",
    bytes: 351938,
    kind: "debates",
    language: "en",
    sourceId: "12211095",
    session: "44-1",
    date: "2023-05-12",
    number: 196,
    interventions: 183,
    statements: 206,
    procedural: 8,
    totals: [],
  },
  {
    file: "44-1-200-en.xml",
    bytes: 658535,
    kind: "debates",
    language: "en",
    sourceId: "12226682",
    session: "44-1",
    date: "2023-05-18",
    number: 200,
    interventions: 321,
    statements: 352,
    procedural: 14,
    totals: [
      [332, 110, 209, 4],
      [333, 207, 113, 4],
    ],
  },
  {
    file: "44-1-303-en.xml",
    bytes: 298509,
    kind: "debates",
    language: "en",
    sourceId: "12693081",
    session: "44-1",
    date: "2024-04-19",
    number: 303,
    interventions: 194,
    statements: 211,
    procedural: 5,
    totals: [],
  },
  {
    file: "44-1-5-en.xml",
    bytes: 353153,
    kind: "debates",
    language: "en",
    sourceId: "11434182",
    session: "44-1",
    date: "2021-11-26",
    number: 5,
    interventions: 216,
    statements: 230,
    procedural: 7,
    totals: [],
  },
  {
    file: "5895073-fr.xml",
    bytes: 232496,
    kind: "evidence",
    language: "fr",
    sourceId: "7820335",
    session: "41-1",
    date: "2012-11-28",
    number: 64,
    interventions: 277,
    statements: 380,
    procedural: 37,
    totals: [],
  },
  {
    file: "6265357-en.xml",
    bytes: 17854,
    kind: "evidence",
    language: "en",
    sourceId: "8106385",
    session: "41-2",
    date: "2013-10-24",
    number: 1,
    interventions: 20,
    statements: 33,
    procedural: 3,
    totals: [],
  },
  {
    file: "HAN086-E.xml",
    bytes: 683463,
    kind: "debates",
    language: "en",
    sourceId: "8361029",
    session: "41-2",
    date: "2014-05-14",
    number: 86,
    interventions: 479,
    statements: 578,
    procedural: 38,
    totals: [
      [140, 122, 147, 0],
      [141, 123, 146, 0],
      [142, 102, 155, 0],
    ],
  },
  {
    file: "HAN102-E.xml",
    bytes: 857934,
    kind: "debates",
    language: "en",
    sourceId: "8418213",
    session: "41-2",
    date: "2014-06-12",
    number: 102,
    interventions: 413,
    statements: 533,
    procedural: 29,
    totals: [
      [204, 217, 1, 0],
      [205, 147, 90, 0],
      [206, 94, 147, 0],
      [207, 148, 94, 0],
      [208, 20, 63, 0],
    ],
  },
] as const;

describe("the real Hansard publications", () => {
  it("run inside workerd, and all 16 shipped files are covered", () => {
    expect(navigator.userAgent).toBe("Cloudflare-Workers");
    expect(
      Object.keys(raws)
        .map((p) => p.split("/").pop())
        .sort(),
    ).toEqual(EXPECTED.map((e) => e.file).sort());
  });

  it.each(EXPECTED)("$file: $statements statements, $totals.length divisions", (expected) => {
    const text = raw(expected.file);
    expect(bytes(text).length).toBe(expected.bytes);
    const document = doc(expected.file);
    expect(document).toMatchObject({
      kind: expected.kind,
      language: expected.language,
      sourceId: expected.sourceId,
      sessionCode: expected.session,
      parliament: Number(expected.session.split("-")[0]),
      session: Number(expected.session.split("-")[1]),
      date: expected.date,
      number: expected.number,
    });
    expect(document.statements).toHaveLength(expected.statements);
    expect(document.statements.filter((s) => s.procedural)).toHaveLength(expected.procedural);
    expect(new Set(document.statements.map((s) => s.interventionId).filter((id) => id !== null)).size).toBe(expected.interventions);
    expect(document.statements.map((s) => s.sequence)).toEqual(document.statements.map((_, i) => i));

    const ids = document.statements.map((s) => s.sourceId).filter((id) => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.statements.every((s) => s.text.trim() === s.text && s.text !== "" && !s.text.includes("\r"))).toBe(true);
    expect(document.statements.every((s) => s.wordCount > 0)).toBe(true);
    expect(document.statements.every((s) => s.time === null || /^\d{2}:\d{2}$/.test(s.time))).toBe(true);

    const totals = document.divisions.map((d) => [d.number, d.printedTotals.yea, d.printedTotals.nay, d.printedTotals.paired]);
    expect(totals).toEqual(expected.totals);
    expect(document.divisions.reduce((n, d) => n + d.ballots.length, 0)).toBe(expected.totals.reduce((n, [, yea, nay, paired]) => n + yea + nay + paired, 0));
  });

  it.each(EXPECTED.filter((e) => e.totals.length > 0))("$file: every division's counted ballots equal its printed totals", ({ file }) => {
    for (const division of doc(file).divisions) {
      const count = (ballot: string) => division.ballots.filter((b) => b.ballot === ballot).length;
      expect({ yea: count("yea"), nay: count("nay"), paired: count("paired") }).toEqual(division.printedTotals);
      expect(division.ballots.every((b) => b.dbId !== null && b.namePrinted !== "")).toBe(true);
      expect(new Set(division.ballots.map((b) => b.dbId)).size).toBe(division.ballots.length);
    }
  });

  it("reads the same from bytes as from a string with its BOM, and from a string without it", () => {
    for (const file of ["44-1-303-en.xml", "41-1-260-en.xml", "42-1-2-fr.xml"]) {
      const text = raw(file);
      const fromString = parseHansard(text);
      expect(fromString).toEqual(doc(file));
      expect(parseHansard(text.replace(/^\uFEFF/, ""))).toEqual(fromString);
      expect(parseHansard(bytes(text).buffer as ArrayBuffer)).toEqual(fromString);
    }
    expect(raw("44-1-303-en.xml").charCodeAt(0)).toBe(0xfeff);
    expect(raw("44-1-303-en.xml")).toContain("\r\n");
    expect(raw("41-1-260-en.xml")).toMatch(/^<\?xml version='1.0' encoding='utf8'\?>/);
  });

  it("prints the time it takes to parse all 16 files", () => {
    const inputs = Object.values(raws).map(bytes);
    const started = performance.now();
    const statements = inputs.map((input) => parseHansard(input).statements.length).reduce((a, b) => a + b, 0);
    const elapsed = performance.now() - started;
    console.log(
      `hansard: parsed ${inputs.length} files (${(inputs.reduce((n, b) => n + b.length, 0) / 1e6).toFixed(1)} MB, ${statements} statements) in ${elapsed.toFixed(0)} ms`,
    );
    expect(statements).toBe(EXPECTED.reduce((n, e) => n + e.statements, 0));
  });
});

describe("statements", () => {
  const sitting303 = () => doc("44-1-303-en.xml").statements;

  it("keep the words of mixed-content paragraphs in order around inline Affiliation and Document links", () => {
    const pointOfOrder = sitting303().find((s) => s.text.includes("during question period, the member for"))!;
    expect(pointOfOrder.text).toContain(
      "My point is that, today, during question period, the member for Regina—Wascana referred to the Prime Minister as “corrupt” and to the government as “corrupt”.",
    );
    const question = sitting303().find((s) => s.sourceId === "12693143")!;
    expect(question.text.startsWith("Madam Speaker, Bill C-29 is fully in line with what the Bloc Québécois has been advocating for a long time,")).toBe(true);
    expect(question.billMentions).toEqual([{ number: "C-29", legisinfoId: 11893577 }]);
  });

  it("carry the speaker, heading, subject, time and floor language in effect", () => {
    expect(sitting303().find((s) => s.sourceId === "12693094")).toMatchObject({
      interventionId: "12693094",
      speakerDbId: 278514,
      speakerAffiliationType: 2,
      speakerDbIdFrom: "affiliation",
      speakerName: "Mr. Mark Gerretsen",
      speakerContext: "Kingston and the Islands, Lib.",
      heading: "Government Orders",
      subheading: "National Council for Reconciliation Act",
      time: "10:00",
      interventionType: "Debate",
      floorLanguage: "en",
      procedural: false,
      billMentions: [{ number: "C-29", legisinfoId: 11893577 }],
    });
    expect(sitting303()[0]).toMatchObject({ text: "The House met at 10 a.m.", procedural: true, time: "10:00", speakerName: null });
  });

  it("mention each bill once, from Document links and from 'Bill C-…' prose", () => {
    const mentions = sitting303().flatMap((s) => s.billMentions.map((b) => b.number));
    // Nine linked as <Document> (each with its LEGISinfo id); "Bill C-26" only in prose.
    expect([...new Set(mentions)].sort()).toEqual(["C-234", "C-26", "C-277", "C-29", "C-291", "C-296", "C-308", "C-351", "C-83", "S-210"]);
    const unlinked = sitting303()
      .flatMap((s) => s.billMentions)
      .filter((b) => b.legisinfoId === null);
    expect(new Set(unlinked.map((b) => b.number))).toEqual(new Set(["C-26"]));
    for (const s of sitting303()) expect(new Set(s.billMentions.map((b) => b.number)).size).toBe(s.billMentions.length);
    // The publisher sometimes prints a non-breaking hyphen ("C‑13"); the number is normalised.
    expect(doc("44-1-196-en.xml").statements.some((s) => s.billMentions.some((b) => b.number === "C-13"))).toBe(true);
  });

  it("split an intervention where another speaker is named inline; generic voices have no DbId", () => {
    const statements = doc("HAN102-E.xml").statements;
    const members = statements.filter((s) => s.speakerName === "Some hon. members");
    expect(members.length).toBe(46);
    expect(members.every((s) => s.speakerDbId === null && s.speakerDbIdFrom === null && s.interventionId !== null)).toBe(true);
    // "Mr. Kevin Lamoureux:" resuming after "An hon. member: Louder." is the intervention's own speaker.
    const louder = statements.findIndex((s) => s.speakerName === "An hon. member" && s.text === "Louder.");
    expect(statements[louder + 1]).toMatchObject({
      speakerName: "Mr. Kevin Lamoureux",
      speakerDbId: statements[louder - 1]!.speakerDbId,
      speakerDbIdFrom: "printed-name",
      interventionId: statements[louder - 1]!.interventionId,
    });
    expect(statements[louder + 1]!.text.startsWith("Mr. Speaker, if the member does not like my volume")).toBe(true);
  });

  it("keep committee labels without an id as printed: 'The Clerk' inline, and speech text inside PersonSpeaking", () => {
    const clerk = doc("6265357-en.xml").statements.filter((s) => s.speakerName === "The Clerk");
    expect(clerk.length).toBeGreaterThan(0);
    // The Clerk also speaks with <Affiliation DbId="194936"> in this meeting, so the printed name matches it.
    expect(clerk.every((s) => s.speakerDbId === 194936)).toBe(true);
    expect(clerk.filter((s) => s.speakerDbIdFrom === "printed-name").length).toBeGreaterThan(0);
    const voices = doc("5895073-fr.xml").statements.filter((s) => s.speakerName === "Une voix" || s.speakerName === "Des voix");
    expect(voices.length).toBe(14);
    expect(voices.every((s) => s.speakerDbId === null)).toBe(true);
    expect(
      doc("5895073-fr.xml").statements.some(
        (s) => s.speakerName === "Le président" && s.text.startsWith("Passons maintenant au Budget supplémentaire des dépenses."),
      ),
    ).toBe(true);
  });

  it("make printed procedure its own statement and hand the floor back afterwards", () => {
    const statements = doc("42-1-2-en.xml").statements;
    const agreed = statements.find((s) => s.text === "(Motions deemed adopted and bill read the first time)")!;
    expect(agreed).toMatchObject({ procedural: true, speakerDbId: null, speakerName: null, interventionId: "8759831" });
    const cullen = doc("41-2-38-en.xml").statements.filter((s) => s.interventionId === "8208512");
    expect(cullen.map((s) => [s.speakerName, s.procedural])).toEqual([
      ["Mr. Nathan Cullen", false],
      [null, true],
      ["Mr. Nathan Cullen", false],
    ]);
    expect(cullen[1]!.text).toBe("[The member spoke in Chinese]");
  });

  it("keep quotations as paragraphs and verse as lines", () => {
    const poem = doc("41-2-38-en.xml").statements.find((s) => s.text.includes("They shall grow not old,"))!;
    expect(poem.text).toContain("They shall grow not old,\nas we that are left grow old:\nAge shall not weary them,\nnor the years condemn.");
  });

  it("read written questions and answers with the questioner and the responder", () => {
    const statements = doc("HAN086-E.xml").statements.filter((s) => s.interventionType === "WrittenQuestion" || s.interventionType === "WrittenResponse");
    const question = statements.find((s) => s.subheading?.includes("Question No. 410"))!;
    expect(question).toMatchObject({ interventionType: "WrittenQuestion", speakerName: "Mr. David McGuinty", speakerDbId: 170511 });
    const answer = statements[statements.indexOf(question) + 1]!;
    expect(answer).toMatchObject({ interventionType: "WrittenResponse", speakerName: "Hon. Lisa Raitt", speakerContext: "Minister of Transport, CPC" });
  });

  it("name who presides as the header does: the Speaker of the House, or the committee's chair", () => {
    expect(doc("44-1-200-en.xml").presiding).toBe("Anthony Rota");
    expect(doc("44-1-303-en.xml").presiding).toBe("Greg Fergus");
    expect(doc("41-1-54-fr.xml").presiding).toBe("Andrew Scheer");
    expect(doc("11796678-fr.xml").presiding).toBe("Pat Kelly");
    expect(doc("12324877-en.xml").presiding).toBe("Lloyd Longfield");
    expect(doc("6265357-en.xml").presiding).toBeNull();
  });

  it("identify committee evidence by ExtractedInformation", () => {
    expect(doc("11796678-fr.xml").committee).toEqual({
      acronym: "ETHI",
      name: "Comité permanent de l'accès à l'information, de la protection des renseignements personnels et de l'éthique",
      nameEn: "Standing Committee on Access to Information, Privacy and Ethics",
      nameFr: "Comité permanent de l'accès à l'information, de la protection des renseignements personnels et de l'éthique",
    });
    expect(doc("12324877-en.xml").committee).toMatchObject({ acronym: "SRSR", name: "Standing Committee on Science and Research" });
    expect(doc("5895073-fr.xml").committee).toMatchObject({ acronym: "CIMM", nameEn: "Standing Committee on Citizenship and Immigration" });
    expect(doc("6265357-en.xml").committee).toMatchObject({ acronym: "ACVA", nameFr: "Comité permanent des anciens combattants" });
    expect(doc("44-1-303-en.xml").committee).toBeNull();
  });

  it("normalise capitalised order-of-business titles", () => {
    const headings = new Set(doc("41-1-260-en.xml").statements.map((s) => s.heading));
    expect(headings).toContain("Routine Proceedings");
    expect(headings).toContain("Private Members' Business");
    expect(new Set(doc("41-1-54-fr.xml").statements.map((s) => s.heading))).toContain("Questions orales");
  });
});

/**
 * Read off the XML by hand: every table-of-contents label (ProceduralText TocType="TPC") and
 * subject qualifier of the form "Bill C-…. <stage>" / "Projet de loi C-…. <stage>", with the
 * SubjectOfBusinessTitle it sits under; a label printed twice for the same bill and stage (the
 * debate resumes after Question Period) is one item. Committee evidence has no such labels; the
 * CIMM meeting opens on "l'étude article par article du projet de loi C-43".
 */
const BILLS: Record<string, [number: string, stage: string, title: string | null][]> = {
  "11796678-fr.xml": [],
  "12324877-en.xml": [],
  "41-1-260-en.xml": [
    ["C-60", "report", "Economic Action Plan 2013 Act, No. 1"],
    ["C-62", "first_reading", "Yale First Nation Final Agreement Act"],
    ["C-60", "other", "Economic Action Plan 2013 Act, No. 1"],
    ["S-2", "other", "Family Homes on Reserves and Matrimonial Interests or Rights Act"],
    ["S-15", "second_reading", "Expansion and Conservation of Canada's National Parks Act"],
    ["C-444", "report", "Criminal Code"],
    ["C-444", "third_reading", "Criminal Code"],
  ],
  "41-1-54-fr.xml": [
    ["C-359", "first_reading", "Loi sur la protection des Canadiens à l'étranger"],
    ["C-360", "first_reading", "Loi sur le football canadien"],
    ["C-315", "second_reading", "Le Code canadien du travail"],
  ],
  "41-2-38-en.xml": [
    ["C-22", "first_reading", "Energy Safety and Security Act"],
    ["C-572", "first_reading", "Canadian Forces Superannuation Act"],
    ["C-2", "second_reading", "Respect for Communities Act"],
    ["C-201", "second_reading", "Income Tax Act"],
  ],
  "42-1-2-en.xml": [["C-1", "first_reading", "Oaths of Office"]],
  "42-1-2-fr.xml": [["C-1", "first_reading", "Les serments d'office"]],
  "43-1-44-en.xml": [],
  "44-1-196-en.xml": [["C-13", "third_reading", "An Act for the Substantive Equality of Canada's Official Languages"]],
  "44-1-200-en.xml": [
    ["C-332", "first_reading", "Criminal Code"],
    ["C-333", "first_reading", "Peacetime Service and Sacrifice Memorial Day Act"],
    ["C-21", "third_reading", "Criminal Code"],
    ["C-281", "report", "International Human Rights Act"],
  ],
  "44-1-303-en.xml": [
    ["C-29", "senate_amendments", "National Council for Reconciliation Act"],
    ["C-351", "second_reading", "Corrections and Conditional Release Act"],
  ],
  "44-1-5-en.xml": [
    ["C-2", "second_reading", "An Act to Provide Further Support in Response to COVID-19"],
    ["C-3", "first_reading", "Criminal Code and Canada Labour Code"],
  ],
  "5895073-fr.xml": [["C-43", "committee", null]],
  "6265357-en.xml": [],
  "HAN086-E.xml": [
    ["C-597", "first_reading", "Holidays Act"],
    ["C-539", "second_reading", "Promotion of Local Foods Act"],
    ["C-571", "second_reading", "Meat Inspection Act"],
  ],
  "HAN102-E.xml": [
    ["C-614", "first_reading", "VIA Rail Canada Act"],
    ["C-615", "first_reading", "Criminal Code"],
    ["C-616", "first_reading", "Criminal Code"],
    ["C-617", "first_reading", "Interprovincial Waste Movement Act"],
    ["C-31", "third_reading", "Economic Action Plan 2014 Act, No. 1"],
    ["C-36", "other", "Protection of Communities and Exploited Persons Act"],
    ["C-36", "second_reading", "Protection of Communities and Exploited Persons Act"],
    ["C-247", "second_reading", "Service Canada Mandate Expansion Act"],
    ["C-24", "third_reading", "Strengthening Canadian Citizenship Act"],
    ["C-18", "second_reading", "Agricultural Growth Act"],
  ],
};

/** A publication with 44-1-303's header and the given proceedings. */
const sittingWith = (body: string) => parseHansard(raw("44-1-303-en.xml").replace(/<HansardBody>[\s\S]*<\/HansardBody>/, `<HansardBody>${body}</HansardBody>`));

describe("bills the sitting takes up", () => {
  it("cover all 16 shipped files", () => {
    expect(Object.keys(BILLS).sort()).toEqual(EXPECTED.map((e) => e.file).sort());
  });

  it.each(Object.entries(BILLS).map(([file, items]) => ({ file, items, count: items.length })))("$file: $count bill items", ({ file, items }) => {
    const bills = doc(file).bills;
    expect(bills.map((b) => [b.number, b.stage, b.title])).toEqual(items);
    expect(new Set(bills.map((b) => `${b.number} ${b.stage}`)).size).toBe(bills.length);
    for (const bill of bills) {
      expect(bill.number).toMatch(/^[CS]-\d+$/);
      // Every shipped bill label comes with a LEGISinfo link to the bill somewhere in its publication.
      expect(bill.legisinfoId).not.toBeNull();
      expect(bill.governmentBill).not.toBeNull();
    }
  });

  it("44-1-303: C-29's Senate amendments, once although the debate resumes after Question Period", () => {
    const labels = raw("44-1-303-en.xml").match(/Bill C-29\. Second reading and concurrence in Senate amendments/g);
    expect(labels).toHaveLength(2);
    expect(doc("44-1-303-en.xml").bills[0]).toEqual({
      number: "C-29",
      legisinfoId: 11893577,
      title: "National Council for Reconciliation Act",
      longTitle: "An Act to provide for the establishment of a national council for reconciliation",
      stageLabel: "Second reading and concurrence in Senate amendments",
      stage: "senate_amendments",
      governmentBill: true,
    });
    expect(doc("44-1-303-en.xml").bills[1]).toMatchObject({
      number: "C-351",
      stage: "second_reading",
      stageLabel: "Second reading",
      legisinfoId: 12566649,
      governmentBill: false,
    });
  });

  it("44-1-200: C-21 at third reading, and private members' bills introduced under Routine Proceedings", () => {
    const bills = doc("44-1-200-en.xml").bills;
    expect(bills.find((b) => b.number === "C-21")).toEqual({
      number: "C-21",
      legisinfoId: 11814598,
      title: "Criminal Code",
      longTitle: "An Act to amend certain Acts and to make certain consequential amendments (firearms)",
      stageLabel: "Third reading",
      stage: "third_reading",
      governmentBill: true,
    });
    expect(bills.find((b) => b.number === "C-332")).toEqual({
      number: "C-332",
      legisinfoId: 12433708,
      title: "Criminal Code",
      longTitle: "An Act to amend the Criminal Code (controlling or coercive conduct)",
      stageLabel: "Introduction and first reading",
      stage: "first_reading",
      governmentBill: false,
    });
    expect(bills.find((b) => b.number === "C-281")).toMatchObject({
      stage: "report",
      stageLabel: "Report stage",
      legisinfoId: 11849768,
      governmentBill: false,
    });
  });

  it("HAN files: labels with a non-standard case, a qualifier naming the bill, and an untitled subject continuing a titled one", () => {
    expect(doc("HAN086-E.xml").bills.map((b) => [b.number, b.legisinfoId, b.longTitle])).toEqual([
      ["C-597", 6396144, "An Act to amend the Holidays Act (Remembrance Day)"],
      ["C-539", 6254136, "An Act to promote local foods"],
      ["C-571", 6391363, "An Act to amend the Meat Inspection Act and the Safe Food for Canadians Act (slaughter of equines for human consumption)"],
    ]);
    const han102 = doc("HAN102-E.xml").bills;
    // "Bill C-36—Time Allocation Motion" is a qualifier under the bill's own title, not a stage.
    expect(han102.filter((b) => b.number === "C-36").map((b) => [b.stage, b.stageLabel])).toEqual([
      ["other", "Time Allocation Motion"],
      ["second_reading", "Second reading"],
    ]);
    expect(han102.find((b) => b.number === "C-36")!.longTitle).toBe(
      "An Act to amend the Criminal Code in response to the Supreme Court of Canada decision in Attorney General of Canada v. Bedford and to make consequential amendments to other Acts",
    );
    expect(doc("41-1-260-en.xml").bills.find((b) => b.number === "C-444" && b.stage === "report")!.stageLabel).toBe("Report Stage");
    expect(doc("41-1-260-en.xml").bills.find((b) => b.number === "S-15")).toMatchObject({
      stage: "second_reading",
      legisinfoId: 5979323,
      governmentBill: true,
    });
    // The non-breaking hyphen of "Bill C‑13. Third reading" is normalised.
    expect(raw("44-1-196-en.xml")).toContain("Bill C\u201113. Third reading");
    expect(doc("44-1-196-en.xml").bills[0]).toMatchObject({ number: "C-13", stage: "third_reading", legisinfoId: 11603137 });
  });

  it("French publications: 'Projet de loi' labels, and a long title printed after a link that holds only the number", () => {
    expect(doc("41-1-54-fr.xml").bills.map((b) => [b.number, b.stageLabel, b.longTitle, b.governmentBill])).toEqual([
      ["C-359", "Présentation et première lecture", "Loi visant à protéger les citoyens canadiens à l’étranger", false],
      ["C-360", "Présentation et première lecture", "Loi visant à appuyer le football professionnel canadien", false],
      ["C-315", "Deuxième lecture", "Loi modifiant le Code canadien du travail (langue française)", false],
    ]);
    expect(doc("42-1-2-fr.xml").bills[0]).toMatchObject({ longTitle: "Loi concernant la prestation de serments d'office", legisinfoId: 8060929 });
    expect(doc("42-1-2-en.xml").bills[0]).toMatchObject({ longTitle: "An Act respecting the administration of oaths of office", legisinfoId: 8060929 });
  });

  it("committee evidence: the bill the chair opens the clause-by-clause study of", () => {
    expect(doc("5895073-fr.xml").bills).toEqual([
      { number: "C-43", legisinfoId: 5683267, title: null, longTitle: null, stageLabel: "étude article par article", stage: "committee", governmentBill: true },
    ]);
  });

  it("map stage labels in English and French to the schema's stages", () => {
    const cases: [string | null, string][] = [
      ["Introduction and first reading", "first_reading"],
      ["Présentation et première lecture", "first_reading"],
      ["Second reading", "second_reading"],
      ["Deuxième lecture", "second_reading"],
      ["Consideration in committee of the whole", "committee"],
      ["Étude en comité", "committee"],
      ["Report Stage", "report"],
      ["Étape du rapport", "report"],
      ["Third reading", "third_reading"],
      ["Troisième lecture", "third_reading"],
      ["Second reading and concurrence in Senate amendments", "senate_amendments"],
      ["Deuxième lecture et adoption des amendements du Sénat", "senate_amendments"],
      ["Royal Assent", "royal_assent"],
      ["Sanction royale", "royal_assent"],
      ["Time Allocation Motion", "other"],
      ["Notice of time allocation motion", "other"],
      [null, "other"],
      ["Motion d'attribution de temps", "other"],
      // Accented words are matched whole after an elision too.
      ["Reprise de l'étape du rapport", "report"],
    ];
    expect(cases.map(([label]) => [label, stageOf(label)])).toEqual(cases);
  });

  it("keep an untitled subject's bill under the title before it only when that title was the same bill's", () => {
    const document = sittingWith(`
      <OrderOfBusiness><OrderOfBusinessTitle>Government Orders</OrderOfBusinessTitle>
        <SubjectOfBusiness><SubjectOfBusinessTitle>Fair Play Act</SubjectOfBusinessTitle><SubjectOfBusinessContent>
          <ProceduralText TocType="TPC">Bill S-5. Third reading</ProceduralText>
          <ParaText>moved that Bill <Document DbId="42" Type="3">S-5, An Act respecting fair play</Document>, be read the third time and passed.</ParaText>
        </SubjectOfBusinessContent></SubjectOfBusiness>
        <SubjectOfBusiness><SubjectOfBusinessQualifier>Report Stage</SubjectOfBusinessQualifier><SubjectOfBusinessContent>
          <ProceduralText TocType="TPC">Bill S‑5. Report stage</ProceduralText>
        </SubjectOfBusinessContent></SubjectOfBusiness>
        <SubjectOfBusiness><SubjectOfBusinessContent>
          <ProceduralText TocType="TPC">Bill C-7. Second reading</ProceduralText>
          <ParaText>Debate on Bills C-7 and C-8 resumed.</ParaText>
        </SubjectOfBusinessContent></SubjectOfBusiness>
      </OrderOfBusiness>
      <OrderOfBusiness><OrderOfBusinessTitle>Private Members' Business</OrderOfBusinessTitle>
        <SubjectOfBusiness><SubjectOfBusinessContent>
          <ProceduralText TocType="TPC">Bill S-5. Royal Assent</ProceduralText>
        </SubjectOfBusinessContent></SubjectOfBusiness>
        <SubjectOfBusiness><SubjectOfBusinessTitle>Petitions</SubjectOfBusinessTitle><SubjectOfBusinessContent>
          <ParaText>I table a petition on Bill <Document DbId="43" Type="4">C-8</Document>. It asks the House to pass it.</ParaText>
        </SubjectOfBusinessContent></SubjectOfBusiness>
      </OrderOfBusiness>`);
    expect(document.bills).toEqual([
      {
        number: "S-5",
        legisinfoId: 42,
        title: "Fair Play Act",
        longTitle: "An Act respecting fair play",
        stageLabel: "Third reading",
        stage: "third_reading",
        governmentBill: true,
      },
      {
        number: "S-5",
        legisinfoId: 42,
        title: "Fair Play Act",
        longTitle: "An Act respecting fair play",
        stageLabel: "Report stage",
        stage: "report",
        governmentBill: true,
      },
      { number: "C-7", legisinfoId: null, title: null, longTitle: null, stageLabel: "Second reading", stage: "second_reading", governmentBill: null },
      // A new order of business starts without a title in effect.
      {
        number: "S-5",
        legisinfoId: 42,
        title: null,
        longTitle: "An Act respecting fair play",
        stageLabel: "Royal Assent",
        stage: "royal_assent",
        governmentBill: true,
      },
    ]);
  });

  it("merge English and French by number and stage, with the printed words in each language", () => {
    expect(mergePublications(doc("42-1-2-en.xml"), doc("42-1-2-fr.xml")).bills).toEqual([
      {
        number: "C-1",
        stage: "first_reading",
        legisinfoId: 8060929,
        governmentBill: true,
        titleEn: "Oaths of Office",
        titleFr: "Les serments d'office",
        longTitleEn: "An Act respecting the administration of oaths of office",
        longTitleFr: "Loi concernant la prestation de serments d'office",
        stageLabelEn: "Introduction and first reading",
        stageLabelFr: "Présentation et première lecture",
      },
    ]);
    const english = doc("44-1-303-en.xml");
    const french: HansardDocument = {
      ...english,
      language: "fr",
      statements: [],
      divisions: [],
      bills: [
        {
          ...english.bills[1]!,
          title: "Loi sur le système correctionnel et la mise en liberté sous condition",
          stageLabel: "Deuxième lecture",
          legisinfoId: null,
        },
        { ...english.bills[0]!, title: "Loi sur le Conseil national de réconciliation", stageLabel: "Deuxième lecture et adoption des amendements du Sénat" },
        {
          number: "C-64",
          legisinfoId: 7,
          title: "Loi concernant l'assurance médicaments",
          longTitle: null,
          stageLabel: "Présentation et première lecture",
          stage: "first_reading",
          governmentBill: true,
        },
      ],
    };
    const merged = mergePublications(english, french).bills;
    expect(merged.map((b) => [b.number, b.stage, b.titleEn, b.titleFr, b.stageLabelFr, b.legisinfoId])).toEqual([
      [
        "C-29",
        "senate_amendments",
        "National Council for Reconciliation Act",
        "Loi sur le Conseil national de réconciliation",
        "Deuxième lecture et adoption des amendements du Sénat",
        11893577,
      ],
      [
        "C-351",
        "second_reading",
        "Corrections and Conditional Release Act",
        "Loi sur le système correctionnel et la mise en liberté sous condition",
        "Deuxième lecture",
        12566649,
      ],
      ["C-64", "first_reading", null, "Loi concernant l'assurance médicaments", "Présentation et première lecture", 7],
    ]);
    expect(mergePublications(english, null).bills.every((b) => b.titleFr === null && b.stageLabelFr === null && b.titleEn !== null)).toBe(true);
  });
});

describe("bill titles: what the sitting states, never another Act's name", () => {
  /** The short titles a sitting gives each bill it takes up or links, as the loader takes them. */
  const shortTitles = (file: string) => {
    const merged = mergePublications(doc(file).language === "en" ? doc(file) : null, doc(file).language === "fr" ? doc(file) : null);
    const titles = new Map<string, string | null>();
    for (const t of merged.billTitles) if (t.shortTitleEn ?? t.shortTitleFr) titles.set(t.number, t.shortTitleEn ?? t.shortTitleFr);
    for (const b of merged.bills) if (!titles.get(b.number)) titles.set(b.number, ownShortTitles(b).en ?? ownShortTitles(b).fr);
    return titles;
  };

  it("never takes the name of the Act a bill amends, printed as its debate's heading, for its short title", () => {
    // Headed "Criminal Code", "Income Tax Act", "Meat Inspection Act"…: each bill amends that Act.
    const han41 = shortTitles("41-2-38-en.xml");
    for (const number of ["C-201", "C-571", "C-572", "C-597", "C-615", "C-616"]) expect(han41.get(number) ?? null, number).toBeNull();
    const han44 = shortTitles("44-1-200-en.xml");
    for (const number of ["C-21", "C-332"]) expect(han44.get(number) ?? null, number).toBeNull();
    // A heading that says what the bill is about is not its title either ("Oaths of Office").
    expect(shortTitles("42-1-2-en.xml").get("C-1") ?? null).toBeNull();
  });

  it("keeps a heading that is the bill's own short title", () => {
    expect(shortTitles("41-2-38-en.xml").get("C-2")).toBe("Respect for Communities Act");
    expect(shortTitles("44-1-303-en.xml").get("C-29")).toBe("National Council for Reconciliation Act");
  });

  it("takes the short title a link to the bill prints (“Bill C-8, the Combating Contraband Products Act”)", () => {
    const titles = doc("41-2-38-en.xml").billTitles;
    expect(titles.find((t) => t.number === "C-8")).toEqual({ number: "C-8", shortTitle: "Combating Contraband Products Act", longTitle: null });
    expect(titles.find((t) => t.number === "C-2")).toMatchObject({ longTitle: "An Act to amend the Controlled Drugs and Substances Act" });
  });

  it("reads a short title only as printed, with its capitals", () => {
    expect(shortTitleIn("the Fair Elections Act")).toBe("Fair Elections Act");
    expect(shortTitleIn("Budget Implementation Act, 2023, No. 1")).toBe("Budget Implementation Act, 2023, No. 1");
    expect(shortTitleIn("la Loi sur le football canadien")).toBe("Loi sur le football canadien");
    expect(shortTitleIn("Economic Action Plan 2013 Act, No. 1, at second reading")).toBe("Economic Action Plan 2013 Act, No. 1");
    // 41-1-54-fr: the title, then why the member speaks of it.
    expect(
      shortTitleIn("la Loi sur le soutien de la croissance de l'économie et de l'emploi au Canada, puisque j'ai participé activement à son élaboration"),
    ).toBe("Loi sur le soutien de la croissance de l'économie et de l'emploi au Canada");
    expect(shortTitleIn("the strengthening Canadian citizenship act")).toBeNull();
    expect(shortTitleIn("An Act to amend the Criminal Code")).toBeNull();
    expect(shortTitleIn("Loi modifiant le Code criminel")).toBeNull();
    expect(shortTitleIn("which the minister tabled yesterday")).toBeNull();
  });

  it("judges the two languages' headings together", () => {
    const bill = {
      titleEn: "Income Tax Act",
      titleFr: "Loi de l'impôt sur le revenu",
      longTitleEn: "An Act to amend the Income Tax Act (tradespersons)",
      longTitleFr: null,
    };
    expect(ownShortTitles(bill)).toEqual({ en: null, fr: null });
    expect(ownShortTitles({ ...bill, titleEn: "Fair Play Act", titleFr: "Loi sur le franc-jeu", longTitleEn: "An Act respecting fair play" })).toEqual({
      en: "Fair Play Act",
      fr: "Loi sur le franc-jeu",
    });
    expect(ownShortTitles({ titleEn: null, titleFr: "Code criminel", longTitleEn: null, longTitleFr: null })).toEqual({ en: null, fr: null });
  });
});

describe("divisions", () => {
  it("say what was decided, how, and on which bill", () => {
    const [amendment, motion] = doc("44-1-200-en.xml").divisions;
    expect(amendment).toMatchObject({ number: 332, sourceId: "12226875", time: "15:25", dividedOn: "the amendment", result: "failed", billNumber: "C-21" });
    expect(amendment!.description).toMatch(/^The House resumed from May 17 consideration of the motion that Bill C-21, .* and of the amendment\.$/);
    expect(motion).toMatchObject({ number: 333, dividedOn: "the motion", result: "passed", billNumber: "C-21" });
    expect(amendment!.ballots.find((b) => b.namePrinted === "Aboultaif")).toEqual({ dbId: 278569, namePrinted: "Aboultaif", ballot: "yea" });
    expect(amendment!.ballots.filter((b) => b.ballot === "paired")).toHaveLength(4);

    const han102 = doc("HAN102-E.xml").divisions;
    expect(han102.map((d) => [d.number, d.result, d.billNumber])).toEqual([
      [204, "passed", null],
      [205, "passed", "C-36"],
      [206, "failed", "C-31"],
      [207, "passed", "C-31"],
      [208, "failed", null],
    ]);
    expect(han102[4]!.description).toBe("That the House do now adjourn.");
    expect(han102[0]!.description).toMatch(/^That, in accordance with section 81 of the Parliament of Canada Act/);
    expect(doc("HAN086-E.xml").divisions.map((d) => [d.number, d.result, d.billNumber, d.printedTotals.paired])).toEqual([
      [140, "failed", null, 0],
      [141, "failed", "C-539", 0],
      [142, "failed", "C-571", 0],
    ]);
  });
});

describe("the bilingual merge", () => {
  const en = () => doc("42-1-2-en.xml");
  const fr = () => doc("42-1-2-fr.xml");

  it("pairs every statement of 42-1-2 by source id, with both languages filled", () => {
    const merged = mergePublications(en(), fr());
    expect(merged).toMatchObject({
      kind: "debates",
      sourceIdEn: "8759785",
      sourceIdFr: "8759785",
      sessionCode: "42-1",
      date: "2015-12-04",
      number: 2,
      committee: null,
    });
    expect(merged.statements).toHaveLength(en().statements.length);
    expect(merged.statements).toHaveLength(fr().statements.length);
    merged.statements.forEach((s, i) => {
      expect(s.sourceId).toBe(en().statements[i]!.sourceId);
      expect(s.sourceId).toBe(fr().statements[i]!.sourceId);
      expect(s.textEn).toBe(en().statements[i]!.text);
      expect(s.textFr).toBe(fr().statements[i]!.text);
      expect(s.textEn).not.toBe(s.textFr);
    });
    expect(merged.statements.find((s) => s.sourceId === "8759804")).toMatchObject({
      speakerDbId: 214706,
      speakerNameEn: "The Speaker",
      speakerNameFr: "Le Président",
      subheadingEn: "Opening of Parliament",
      subheadingFr: "Ouverture de la législature",
    });
    const trudeau = merged.statements.find((s) => s.sourceId === "8759831")!;
    expect(trudeau).toMatchObject({
      speakerNameFr: "Le très hon. Justin Trudeau",
      speakerContextFr: "premier ministre, Lib.",
      speakerContextEn: "Prime Minister, Lib.",
    });
    expect(trudeau.textFr).toBe("demande à présenter le projet de loi C-1, Loi concernant la prestation de serments d'office.");
    expect(merged.statements[0]).toMatchObject({ textEn: "The House met at 2:30 p.m.", textFr: "La séance est ouverte à 14 h 30.", time: "14:30" });
    expect(merged.statements.some((s) => s.textFr?.includes("À l'ordre, s'il vous plaît."))).toBe(true);
  });

  it("falls back to position when statements carry no ids", () => {
    const strip = (d: HansardDocument): HansardDocument => ({ ...d, statements: d.statements.map((s) => ({ ...s, sourceId: null })) });
    const merged = mergePublications(strip(en()), strip(fr()));
    expect(merged.statements).toHaveLength(65);
    expect(merged.statements.every((s) => s.textEn !== null && s.textFr !== null)).toBe(true);
    expect(merged.statements[0]!.textFr).toBe("La séance est ouverte à 14 h 30.");
  });

  it("merges divisions by number and keeps a single publication as a one-language document", () => {
    const english = doc("44-1-200-en.xml");
    const french: HansardDocument = {
      ...english,
      language: "fr",
      statements: [],
      divisions: [...english.divisions].reverse().map((d) => ({ ...d, description: `Vote ${d.number}`, dividedOn: "la motion" })),
    };
    const merged = mergePublications(english, french);
    expect(merged.divisions.map((d) => [d.number, d.descriptionFr, d.dividedOnEn])).toEqual([
      [332, "Vote 332", "the amendment"],
      [333, "Vote 333", "the motion"],
    ]);
    expect(merged.statements.every((s) => s.textFr === null && s.textEn !== null)).toBe(true);
    expect(mergePublications(null, fr()).statements.every((s) => s.textEn === null && s.textFr !== null)).toBe(true);
  });

  it("refuses two publications that are not the same sitting", () => {
    expect(() => mergePublications(en(), doc("41-1-54-fr.xml"))).toThrowError(
      /not the same sitting: session 42-1 \(en\) vs 41-1 \(fr\); date 2015-12-04 \(en\) vs 2011-11-25 \(fr\); number 2 \(en\) vs 54 \(fr\)/,
    );
    expect(() => mergePublications(en(), en())).toThrowError(HansardParseError);
    expect(() => mergePublications(null, null)).toThrowError(/nothing to merge/);
  });
});

describe("malformed input is refused with a reason", () => {
  const reasonFor = (input: ArrayBuffer | Uint8Array | string): string => {
    try {
      parseHansard(input);
    } catch (err) {
      expect(err).toBeInstanceOf(HansardParseError);
      return (err as HansardParseError).reason;
    }
    throw new Error("the input was accepted");
  };
  const sitting = () => raw("44-1-303-en.xml");

  it("empty files", () => {
    expect(reasonFor(new Uint8Array(0))).toBe("the file is empty (0 bytes)");
    expect(reasonFor(new ArrayBuffer(0))).toBe("the file is empty (0 bytes)");
    expect(reasonFor("")).toMatch(/empty/);
    expect(reasonFor(bytes("\uFEFF \r\n"))).toMatch(/empty/);
  });

  it("truncated XML", () => {
    const text = sitting();
    expect(reasonFor(text.slice(0, Math.floor(text.length / 2)))).toMatch(/^truncated XML: the input ends while <Hansard> > <HansardBody> > .* still open$/);
    expect(reasonFor(bytes(text.slice(0, text.indexOf("<Affiliation", 5000) + 5)))).toMatch(/^truncated XML/);
    expect(reasonFor(text.slice(0, text.lastIndexOf("</Hansard>")))).toBe("truncated XML: the input ends while <Hansard> is still open");
  });

  it("bytes that are not UTF-8, such as a Latin-1 copy of a French sitting", () => {
    const text = raw("42-1-2-fr.xml").replace(/^\uFEFF/, "");
    const latin1 = Uint8Array.from(text, (c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f));
    const firstAccent = [...text].findIndex((c) => c.charCodeAt(0) > 0x7f);
    expect(reasonFor(latin1)).toBe(
      `the bytes are not valid UTF-8 (byte 0x${latin1[firstAccent]!.toString(16).toUpperCase()} at offset ${firstAccent}); ` +
        "Hansard XML is published in UTF-8, so this file is probably Latin-1/Windows-1252 or damaged",
    );
  });

  it("an encoding declaration other than UTF-8", () => {
    const declared = sitting().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    expect(reasonFor(bytes(declared))).toMatch(/encoding="ISO-8859-1", but Hansard XML must be UTF-8/);
    expect(reasonFor(declared)).toMatch(/ISO-8859-1/);
  });

  it("text that is not XML, or XML that is not a Hansard publication", () => {
    expect(reasonFor("Friday, April 19, 2024 — House of Commons Debates")).toMatch(/^not XML/);
    expect(reasonFor('<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>')).toBe(
      "the root element is <rss>, not <Hansard>: this is not a House of Commons publication",
    );
    expect(reasonFor("<Hansard><ExtractedInformation/></Hansard><Hansard/>")).toMatch(/found 2 root elements/);
    expect(reasonFor("<Hansard><a></b></Hansard>")).toMatch(/^malformed XML at line 1/);
  });

  it("a publication that does not say which sitting it is", () => {
    const without = (name: string) => sitting().replace(new RegExp(`<ExtractedItem Name="${name}">[^<]*</ExtractedItem>`), "");
    expect(reasonFor(without("MetaDateNumDay"))).toMatch(/^missing date/);
    expect(reasonFor(without("SessionNumber"))).toBe("missing session: no SessionNumber item in <ExtractedInformation>");
    expect(reasonFor(without("ParliamentNumber"))).toMatch(/^missing session/);
    expect(reasonFor(without("MetaNumberNumber").replace(/<ExtractedItem Name="Number">[^<]*<\/ExtractedItem>/, ""))).toMatch(/^missing number/);
    expect(reasonFor(sitting().replace('<ExtractedItem Name="MetaDateNumMonth">04<', '<ExtractedItem Name="MetaDateNumMonth">13<'))).toMatch(
      /not a calendar date/,
    );
    expect(reasonFor(sitting().replace(/<ExtractedInformation>[\s\S]*<\/ExtractedInformation>/, ""))).toMatch(/ExtractedInformation> is missing/);
  });
});
