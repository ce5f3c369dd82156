import { BILL_NUMBER, toId } from "./hansard-text";
import type { BillTitles, HansardBillItem, HansardBillStage, HansardDocument } from "./hansard-types";
import { type XmlElement, childElements, collapse, descendants, firstChild, isElement, rawText, textOf } from "./hansard-xml";

/** What a `<Document DbId Type="3|4">` link says about a bill. */
interface BillLink {
  legisinfoId: number | null;
  governmentBill: boolean;
  longTitle: string | null;
  shortTitle: string | null;
}

/**
 * "Bill C-29. Second reading…", "Bill C‑13. Third reading" (non-breaking hyphen), "Projet de loi
 * C-1. Présentation et première lecture", and in qualifiers "Bill S-2—Notice of time allocation motion".
 */
const BILL_LABEL = /^(?:Bill|Projet de loi)\s+([CS])\s*[-\u2010\u2011\u2013]\s*(\d+)\b\s*[.:\u2014\u2013-]?\s*(.*)$/iu;

/** Whole words in either language; `\b` would not do, since it treats "é" as a non-letter. */
const words = (...phrases: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join("|")})(?![\\p{L}\\p{N}])`, "iu");

/**
 * Checked in this order because labels combine stages: "Second reading and concurrence in Senate
 * amendments" is the House's consideration of Senate amendments, not the bill's second reading.
 */
const STAGE_WORDS: [HansardBillStage, RegExp][] = [
  ["senate_amendments", words("Senate amendments?", "amendments? (?:made )?by the Senate", "amendements? (?:du|apportés? par le) Sénat")],
  ["royal_assent", words("royal assent", "sanction royale")],
  ["third_reading", words("third reading", "troisième lecture")],
  ["report", words("report stage", "étape du rapport")],
  ["committee", words("committee", "comité")],
  ["second_reading", words("second reading", "deuxième lecture")],
  ["first_reading", words("first reading", "première lecture")],
];

export function stageOf(label: string | null): HansardBillStage {
  if (!label) return "other";
  return STAGE_WORDS.find(([, pattern]) => pattern.test(label))?.[0] ?? "other";
}

/**
 * A chair opens a meeting on a bill with its order of reference: "we resume clause-by-clause
 * consideration of Bill C-43", "Nous poursuivons l'étude article par article du projet de loi C-43".
 */
const COMMITTEE_STUDY = [
  /(?<![\p{L}\p{N}])((?:clause-by-clause )?(?:study|consideration|examination|review)(?: clause by clause)?) of Bill ([CS])\s*[-\u2010\u2011\u2013]\s*(\d+)\b/iu,
  /(?<![\p{L}\p{N}])((?:étude|examen)(?: article par article)?) du projet de loi ([CS])\s*[-\u2010\u2011\u2013]\s*(\d+)\b/iu,
];

/**
 * The bills a publication takes up, read per SubjectOfBusiness: its bill labels (table-of-contents
 * ProceduralText TPC and the subject qualifier) give number and stage, its title the short title,
 * its Document links the LEGISinfo id, bill type and long title. The label often follows the
 * motion that carries the link, so a subject is read whole rather than in passing.
 */
export function readBills(body: XmlElement, kind: HansardDocument["kind"]): HansardBillItem[] {
  const everywhere = billLinks(body);
  const items: HansardBillItem[] = [];
  const add = (item: HansardBillItem) => {
    const known = items.find((i) => i.number === item.number && i.stage === item.stage);
    if (!known) {
      items.push(item);
      return;
    }
    known.legisinfoId ??= item.legisinfoId;
    known.title ??= item.title;
    known.longTitle ??= item.longTitle;
    known.stageLabel ??= item.stageLabel;
    known.governmentBill ??= item.governmentBill;
  };

  // A subject without a title continues the titled one before it in the same order of business
  // (HAN102: "Bill C-36—Time Allocation Motion", then an untitled "Second Reading" subject).
  let title: string | null = null;
  let titledBills = new Set<string>();
  const walk = (el: XmlElement) => {
    for (const child of childElements(el)) {
      if (child.name === "OrderOfBusiness") {
        title = null;
        titledBills = new Set();
        walk(child);
      } else if (child.name === "SubjectOfBusiness") {
        const ownTitle = textOf(firstChild(child, "SubjectOfBusinessTitle") ?? "") || null;
        if (ownTitle) {
          title = ownTitle;
          titledBills = new Set();
        }
        const links = billLinks(child);
        for (const { number, stageLabel } of labelsIn(child)) {
          if (ownTitle) titledBills.add(number);
          const link = links.get(number) ?? everywhere.get(number);
          add({
            number,
            legisinfoId: link?.legisinfoId ?? null,
            title: ownTitle ?? (titledBills.has(number) ? title : null),
            longTitle: links.get(number)?.longTitle ?? everywhere.get(number)?.longTitle ?? null,
            stageLabel,
            stage: stageOf(stageLabel),
            governmentBill: link?.governmentBill ?? null,
          });
        }
      } else {
        walk(child);
      }
    }
  };
  walk(body);

  if (kind === "evidence") {
    const study = committeeStudy(body);
    if (study) {
      const link = everywhere.get(study.number);
      add({
        number: study.number,
        legisinfoId: link?.legisinfoId ?? null,
        title: null,
        longTitle: link?.longTitle ?? null,
        stageLabel: study.stageLabel,
        stage: "committee",
        governmentBill: link?.governmentBill ?? null,
      });
    }
  }
  return items;
}

function labelsIn(subject: XmlElement): { number: string; stageLabel: string | null }[] {
  const printed: string[] = [];
  const qualifier = firstChild(subject, "SubjectOfBusinessQualifier");
  if (qualifier) printed.push(textOf(qualifier));
  for (const p of descendants(subject, "ProceduralText")) if (p.attrs.TocType === "TPC") printed.push(textOf(p));
  return printed.flatMap((text) => {
    const match = BILL_LABEL.exec(text);
    if (!match) return [];
    return [{ number: `${match[1]!.toUpperCase()}-${match[2]}`, stageLabel: match[3]!.trim() || null }];
  });
}

/** The first link to each bill under `el`, keeping the first long title any of its links prints. */
function billLinks(el: XmlElement): Map<string, BillLink> {
  const links = new Map<string, BillLink>();
  const visit = (parent: XmlElement) => {
    parent.children.forEach((doc, i) => {
      if (!isElement(doc)) return;
      if (doc.name !== "Document" || (doc.attrs.Type !== "3" && doc.attrs.Type !== "4")) {
        visit(doc);
        return;
      }
      const text = textOf(doc);
      const match = BILL_NUMBER.exec(text);
      if (!match) return;
      const number = `${match[1]!.toUpperCase()}-${match[2]}`;
      const inLink = text.slice(match[0].length).replace(/^[\s,]+/, "");
      // Some links hold only the number and the title follows them: "Bill <Document>C-1</Document>, an act respecting…".
      const after = () =>
        titleAfterLink(
          collapse(
            parent.children
              .slice(i + 1)
              .map(rawText)
              .join(""),
          ),
        );
      const printed = inLink || after();
      const longTitle = longTitleIn(printed);
      const shortTitle = longTitle ? null : shortTitleIn(printed);
      const known = links.get(number);
      if (!known) links.set(number, { legisinfoId: toId(doc.attrs.DbId), governmentBill: doc.attrs.Type === "3", longTitle, shortTitle });
      else {
        known.longTitle ??= longTitle;
        known.shortTitle ??= shortTitle;
      }
    });
  };
  visit(el);
  return links;
}

/**
 * What a link prints after the bill's number: ", An Act to amend the Criminal Code (…)" in the
 * bill's own motion, ", the strengthening Canadian citizenship act" or nothing in passing mentions.
 * French short titles also start with "Loi" ("Loi sur le football canadien"); long titles go on
 * with a participle ("Loi visant à…", "Loi modifiant…").
 */
function longTitleIn(text: string): string | null {
  const title = text.replace(/[\s,.;]+$/, "");
  if (/^an act\b/i.test(title)) return `An Act${title.slice("an act".length)}`;
  if (/^loi (?:\p{Ll}+ant|relatifs?|relatives?)(?![\p{L}\p{N}])/iu.test(title)) return `L${title.slice(1)}`;
  return null;
}

/**
 * What a passing mention prints after the bill's number when it names the bill by its short
 * title: "C-8, the Combating Contraband Products Act", "C-2, the Respect for Communities Act",
 * "C-13, la Loi sur …". Taken only as printed with its capitals (a title ending in "Act", or
 * "Loi …" that is not a long title); prose in lower case is not a title.
 */
export function shortTitleIn(text: string): string | null {
  // A title ends where prose goes on after a comma (", puisque j'ai participé…"); ", No. 1" and
  // ", 2023" belong to it.
  const title = text
    .replace(/,\s+(?!No\.?\s|no\s|\d).*$/su, "")
    .replace(/[\s,.;]+$/, "")
    .replace(/^(?:the|la|le|l['’])\s*/u, "");
  if (/^\p{Lu}[^()]*\sAct(?:,\s*\d{4})?(?:,\s*No\.\s*\d+)?$/u.test(title) && !/^An Act\s+to\b/.test(title)) return title;
  if (/^Loi\s(?:sur|de|du|des|d['’]|concernant|pour|visant|no)/u.test(title) && !/^loi (?:\p{Ll}+ant|relatifs?|relatives?)(?![\p{L}\p{N}])/iu.test(title))
    return title;
  return null;
}

/** The titles each bill's links print in the publication, by number. */
export function readBillTitles(body: XmlElement): BillTitles[] {
  return [...billLinks(body)].map(([number, link]) => ({ number, shortTitle: link.shortTitle, longTitle: link.longTitle }));
}

/**
 * The title printed after a link, up to where the motion goes on (", be read the first time",
 * ", soit lu…") or the paragraph ends; prose that runs on into another sentence is not a title.
 */
function titleAfterLink(after: string): string {
  const text = after.replace(/^[\s,]+/, "");
  const motion = /,\s+(?:be|soit)\s/u.exec(text);
  if (motion) return text.slice(0, motion.index);
  const sentence = text.replace(/[\s.]+$/, "");
  return /[.;:?!]\s/.test(sentence) ? "" : sentence;
}

/** Only the meeting's first intervention (the chair opening it): later speakers cite bills in passing. */
function committeeStudy(body: XmlElement): { number: string; stageLabel: string } | null {
  const opening = descendants(body, "Intervention")[0];
  if (!opening) return null;
  for (const paragraph of descendants(opening, "ParaText")) {
    const text = textOf(paragraph);
    for (const pattern of COMMITTEE_STUDY) {
      const match = pattern.exec(text);
      if (match) return { number: `${match[2]!.toUpperCase()}-${match[3]}`, stageLabel: match[1]! };
    }
  }
  return null;
}
