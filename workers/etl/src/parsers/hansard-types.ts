import type { BILL_STAGES } from "#shared/db/civic";

/** One House of Commons publication (a sitting's Debates or a committee meeting's Evidence) in one language. */
export interface HansardDocument {
  kind: "debates" | "evidence";
  language: "en" | "fr";
  /** `<Hansard id=…>`: shared by the English and French publications of the same sitting. */
  sourceId: string;
  parliament: number;
  session: number;
  /** e.g. "44-1" */
  sessionCode: string;
  /** YYYY-MM-DD, from the MetaDateNum* items */
  date: string;
  /** Sitting number ("No. 303") or committee meeting number ("NUMBER 053"). */
  number: number;
  /** Evidence only; null for House debates. */
  committee: Committee | null;
  /**
   * Who presides, as the header names them (`SpeakerName`): the Speaker of the House for debates
   * (`Speaker: The Honourable Andrew Scheer` → `Andrew Scheer`), the chair for committee evidence.
   */
  presiding: string | null;
  statements: HansardStatement[];
  divisions: HansardDivision[];
  /** The bills the sitting took up (a reading, report stage, Senate amendments…), one per bill and stage, in order. */
  bills: HansardBillItem[];
  /** The titles the publication's links to bills print, one entry per bill linked. */
  billTitles: BillTitles[];
}

/** What the links to a bill print after its number, in the publication's language. */
export interface BillTitles {
  number: string;
  /** "Combating Contraband Products Act": a mention naming the bill by its short title. */
  shortTitle: string | null;
  /** "An Act to amend the Controlled Drugs and Substances Act": the bill's own motion. */
  longTitle: string | null;
}

export interface Committee {
  acronym: string | null;
  /** In the publication's language. */
  name: string | null;
  nameEn: string | null;
  nameFr: string | null;
}

export interface BillMention {
  /** Normalised number, e.g. "C-29" (the publisher sometimes prints a non-breaking hyphen). */
  number: string;
  /** LEGISinfo bill id from a `<Document DbId=…>` link to this bill anywhere in the same publication. */
  legisinfoId: number | null;
}

export interface HansardStatement {
  /** 0-based order in the document. */
  sequence: number;
  /**
   * Stable across the English and French publications and unique in the document: the
   * Intervention id for the statement that opens an intervention; for a statement that starts
   * elsewhere (an inline speaker, procedural text, a written question) the id of its first
   * paragraph, prefixed "p" (ParaText) or "t" (ProceduralText). Null when the source has no id.
   */
  sourceId: string | null;
  /** The `<Intervention id>` the statement sits in, if any (several statements can share one). */
  interventionId: string | null;
  /**
   * Affiliation DbId: the House's id for a person *in a role* during a Parliament, not for the
   * person. A member speaking as MP (type 2) has the DbId their ballots carry; the same member
   * speaking as minister (4), parliamentary secretary (18), Speaker or chair (15, 22, 35, 92–96…)
   * has another, and a new Parliament brings new ids.
   */
  speakerDbId: number | null;
  speakerAffiliationType: number | null;
  /**
   * "affiliation" when the source tags the speaker with a DbId; "printed-name" when an inline
   * label ("Mr. Kevin Lamoureux: …") prints exactly the name of someone who spoke with a DbId in
   * the same publication; null when unknown ("Some hon. members", "An hon. member").
   */
  speakerDbIdFrom: "affiliation" | "printed-name" | null;
  /** As printed, e.g. "Mr. Mark Gerretsen", "The Speaker", "Some hon. members". */
  speakerName: string | null;
  /** The printed parenthesis, e.g. "Kingston and the Islands, Lib.". */
  speakerContext: string | null;
  /** OrderOfBusinessTitle, e.g. "Government Orders". */
  heading: string | null;
  /** SubjectOfBusinessTitle, with its qualifier after an em dash when there is one. */
  subheading: string | null;
  /** "HH:MM" of the last Timestamp before the statement (or the "House met at" time before any). */
  time: string | null;
  /** The Intervention's Type ("Debate", "Question", "Interjection"…); "WrittenQuestion"/"WrittenResponse" for order-paper questions. */
  interventionType: string | null;
  /** Language spoken on the floor, from the last FloorLanguage marker; null before any (or for "[Text]"). */
  floorLanguage: "en" | "fr" | null;
  /** Plain text; paragraphs separated by "\n\n", verse lines by "\n". */
  text: string;
  /** Text recorded by the Hansard editors rather than spoken: "(Motion agreed to)", "The House met at…". */
  procedural: boolean;
  wordCount: number;
  billMentions: BillMention[];
}

export type Ballot = "yea" | "nay" | "paired";

export interface HansardDivision {
  number: number;
  sourceId: string | null;
  /** "HH:MM" of the last Timestamp before the division. */
  time: string | null;
  /**
   * Best effort: the motion the House was deciding (the text after "moved:", or the "The House
   * resumed consideration of the motion that…" paragraph) in the current subject of business;
   * failing that the procedural label ("Bill C-21. Third reading") or the subject title.
   */
  description: string | null;
  /** What the House divided on, as printed: "the motion", "the amendment", "Motion No. 1"… */
  dividedOn: string | null;
  /** From the prose ("which was agreed to"/"negatived", "adoptée"/"rejetée"), else the totals. */
  result: "passed" | "failed" | "tie";
  printedTotals: { yea: number; nay: number; paired: number };
  /** dbId is the member's MP affiliation (as on their type-2 speeches); namePrinted is the surname, with the riding when ambiguous. */
  ballots: { dbId: number | null; namePrinted: string; ballot: Ballot }[];
  billNumber: string | null;
}

/** The stages a publication can show a bill at; "defeated" and "withdrawn" are outcomes LEGISinfo reports, not printed labels. */
export type HansardBillStage = Extract<
  (typeof BILL_STAGES)[number],
  "first_reading" | "second_reading" | "committee" | "report" | "third_reading" | "senate_amendments" | "royal_assent" | "other"
>;

/**
 * A bill as the sitting treats it: the House publications label each bill they take up in the
 * table of contents ("Bill C-29. Second reading and concurrence in Senate amendments", "Projet de
 * loi C-359. Présentation et première lecture") or in the subject qualifier ("Bill C-36—Time
 * Allocation Motion"), under a subject titled with the bill's short title. A committee meeting
 * shows the bill its chair opens the study of ("étude article par article du projet de loi C-43").
 */
export interface HansardBillItem {
  /** Normalised like BillMention.number: "C-29". */
  number: string;
  /** From a `<Document DbId Type="3|4">` link to the bill in the subject, else anywhere in the publication. */
  legisinfoId: number | null;
  /**
   * The SubjectOfBusinessTitle, in the publication's language. Usually the bill's short title
   * ("National Council for Reconciliation Act"); for a bill that amends an Act the House often
   * titles the subject with that Act's name instead ("Criminal Code"). An untitled subject
   * continues the titled one before it when that one labelled the same bill. Null in committee
   * evidence, and for an untitled subject that continues nothing about this bill.
   */
  title: string | null;
  /**
   * The long title as the bill's own motion prints it ("An Act to amend the Criminal Code
   * (controlling or coercive conduct)", "Loi visant à…"), from a Document link to the bill or the
   * words printed right after one ("Bill C-1, an act respecting…"). Null when no link prints it.
   */
  longTitle: string | null;
  /**
   * As printed after the number: "Second reading and concurrence in Senate amendments",
   * "Présentation et première lecture"; in committee evidence the chair's words ("étude article par article").
   */
  stageLabel: string | null;
  stage: HansardBillStage;
  /** Document Type 3 (government bill) or 4 (private member's bill); null without a link. */
  governmentBill: boolean | null;
}
