import { HansardParseError } from "./hansard-error";
import { billNumberIn, billsInText, toId } from "./hansard-text";
import type { Ballot, HansardDivision } from "./hansard-types";
import { type XmlElement, childElements, descendants, firstChild, textOf } from "./hansard-xml";

/**
 * Remembers, within the current subject of business, what the House is being asked to decide,
 * because a `<Division>` element only lists names: the question comes from the prose before it.
 */
export class QuestionTracker {
  private subject: string | null = null;
  private motion: string[] = [];
  private awaitingMotion = false;
  private label: string | null = null;
  private billLabel: string | null = null;
  private prose: string | null = null;

  /** A new subject of business: earlier motions no longer apply. */
  startSubject(subject: string | null): void {
    this.subject = subject;
    this.motion = [];
    this.awaitingMotion = false;
    this.label = null;
    this.billLabel = null;
    this.prose = null;
  }

  /** A table-of-contents label such as "Bill C-21. Third reading" or "Motion negatived". */
  noteLabel(label: string): void {
    this.label = label;
    if (billNumberIn(label)) this.billLabel = label;
  }

  noteParagraph(text: string): void {
    if (this.awaitingMotion) {
      // "moved:" is followed by the motion, which may run on ("…; and", "That:") for a few paragraphs.
      this.motion.push(text);
      this.awaitingMotion = /(?:[:;]|\b(?:and|et))$/.test(text) && this.motion.length < 4;
      return;
    }
    if (/(?:^moved|^propose|\bI move|\bfollowing motion|\bje propose)\s*:$/i.test(text)) {
      this.motion = [];
      this.awaitingMotion = true;
    } else if (/^moved that\s/i.test(text)) {
      this.motion = [`That ${text.slice("moved that ".length)}`];
    } else if (/^propose que\s/i.test(text)) {
      this.motion = [`Que ${text.slice("propose que ".length)}`];
    } else if (
      /consideration of the motion (?:that|in relation)|proceeded to the consideration of|l[’']étude de la motion (?:portant|que|voulant)/i.test(text)
    ) {
      this.motion = [text];
    }
    if (/divided on|mise?s? aux voix/i.test(text)) this.prose = text;
  }

  read(division: XmlElement, time: string | null): HansardDivision {
    const number = toId(division.attrs.DivisionNumber) ?? toId(textOf(firstChild(division, "DivisionNumber") ?? "").match(/\d+/)?.[0]);
    if (number === null) throw new HansardParseError("a <Division> has no DivisionNumber");

    const ballots: HansardDivision["ballots"] = [];
    const printedTotals = { yea: 0, nay: 0, paired: 0 };
    for (const group of childElements(division, "DivisionType")) {
      const ballot = ballotOf(group);
      if (!ballot) {
        throw new HansardParseError(`division ${number}: unknown vote-type "${group.attrs["vote-type"] ?? textOf(firstChild(group, "Type") ?? "")}"`);
      }
      for (const member of descendants(group, "Affiliation")) {
        ballots.push({ dbId: toId(member.attrs.DbId), namePrinted: textOf(member), ballot });
      }
      // "-- 209" is printed under each list; "Nil" replaces both the names and the total.
      const total = firstChild(group, "Total");
      printedTotals[ballot] += total ? Number(textOf(total).match(/\d+/)?.[0] ?? 0) : 0;
    }

    const outcome = this.prose ? readProse(this.prose) : null;
    const motion = this.motion.join(" ") || null;
    this.prose = null;
    return {
      number,
      sourceId: division.attrs.id?.trim() || null,
      time,
      description: motion ?? this.billLabel ?? this.label ?? this.subject,
      dividedOn: outcome?.dividedOn ?? null,
      result: outcome?.result ?? resultFromTotals(printedTotals),
      printedTotals,
      ballots,
      billNumber: (this.billLabel && billNumberIn(this.billLabel)) ?? firstBill(motion),
    };
  }
}

function ballotOf(group: XmlElement): Ballot | null {
  const type = (group.attrs["vote-type"] ?? textOf(firstChild(group, "Type") ?? "")).toLowerCase();
  if (type === "yeas" || type === "pour") return "yea";
  if (type === "nays" || type === "contre") return "nay";
  if (type === "paired" || type === "pairés") return "paired";
  return null;
}

/**
 * "(The House divided on the amendment, which was negatived on the following division:)" and
 * "(La motion, mise aux voix, est adoptée par le vote suivant:)". The prose is authoritative:
 * on a tie the Speaker's casting vote decides, and only the prose says which way.
 */
function readProse(prose: string): { dividedOn: string; result: "passed" | "failed" } | null {
  const en = /divided on (.+?), which was (agreed to|carried|adopted|negatived|defeated)/i.exec(prose);
  if (en) return { dividedOn: en[1]!, result: /negatived|defeated/i.test(en[2]!) ? "failed" : "passed" };
  const fr = /\(?([^(),]+?),\s*mise?s? aux voix,\s*(?:est|sont)\s+(adopté|rejeté)/i.exec(prose);
  if (fr) return { dividedOn: fr[1]!.trim(), result: /rejet/i.test(fr[2]!) ? "failed" : "passed" };
  return null;
}

function resultFromTotals(totals: { yea: number; nay: number }): HansardDivision["result"] {
  return totals.yea > totals.nay ? "passed" : totals.yea < totals.nay ? "failed" : "tie";
}

const firstBill = (text: string | null) => (text ? (billsInText(text)[0]?.number ?? null) : null);
