import type { BillMention } from "./hansard-types";
import { type XmlElement, type XmlNode, collapse, isElement, textOf } from "./hansard-xml";

/** A speaker named inside a paragraph (`<B>The Clerk:</B> …`) rather than in PersonSpeaking. */
export interface InlineLabel {
  printed: string;
  dbId: number | null;
  affiliationType: number | null;
}

export interface Paragraph {
  /** Paragraph blocks: a ParaText holding a quotation yields one block per quoted paragraph. */
  blocks: string[];
  label: InlineLabel | null;
  /** Editorial text such as "(Motion agreed to)" or an italic "And five or more members having risen:". */
  procedural: boolean;
  bills: BillMention[];
}

// Elements that hold whole paragraphs or verses inside a ParaText.
const BLOCKS = new Set(["Quote", "QuotePara", "CommitteeQuote", "LegislationQuote", "Poetry", "Verse"]);
// A private-use character marks a verse line break, so whitespace collapsing cannot eat it.
const LINE_BREAK = "\uE000";

export function readParagraph(el: XmlElement): Paragraph {
  const { label, rest } = splitLabel(el.children);
  const bills: BillMention[] = [];
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const block = current.split(LINE_BREAK).map(collapse).filter(Boolean).join("\n");
    if (block) blocks.push(block);
    current = "";
  };
  const walk = (node: XmlNode) => {
    if (!isElement(node)) {
      current += node;
      return;
    }
    if (node.name === "Document") noteDocument(node, bills);
    if (BLOCKS.has(node.name)) flush();
    for (const child of node.children) walk(child);
    if (node.name === "Line") current += LINE_BREAK;
    if (BLOCKS.has(node.name)) flush();
  };
  rest.forEach(walk);
  flush();

  const text = blocks.join("\n\n");
  for (const bill of billsInText(text)) addBill(bills, bill);
  return { blocks, label, procedural: !label && (isWhollyBracketed(text) || isItalicOnly(rest)), bills };
}

/**
 * Recognises a leading speaker label. The Hansard prints it as bold (or as an Affiliation link)
 * with the colon inside, just after it, or in a bold of its own: `<B>Name:</B>`, `<B>Name</B>:`,
 * `<B>Name</B><B>:</B>`. A bold heading without a colon ("CONCLUSION") is not a speaker.
 */
function splitLabel(nodes: XmlNode[]): { label: InlineLabel | null; rest: XmlNode[] } {
  const start = nodes.findIndex((n) => isElement(n) || n.trim() !== "");
  const first = nodes[start];
  if (first === undefined || !isElement(first) || (first.name !== "B" && first.name !== "Affiliation")) {
    return { label: null, rest: nodes };
  }
  const printed = textOf(first);
  const after = nodes.slice(start + 1);
  const nextIndex = after.findIndex((n) => isElement(n) || n.trim() !== "");
  const next = after[nextIndex];
  let rest: XmlNode[] | null = null;
  if (printed.endsWith(":")) rest = after;
  else if (typeof next === "string" && next.trimStart().startsWith(":")) rest = [next.trimStart().slice(1), ...after.slice(nextIndex + 1)];
  else if (next !== undefined && isElement(next) && next.name === "B" && textOf(next) === ":") rest = after.slice(nextIndex + 1);

  const name = printed.replace(/:$/, "").trim();
  if (rest === null || !/^\p{Lu}/u.test(name) || name.length > 150) return { label: null, rest: nodes };
  return {
    label: {
      printed: name,
      dbId: first.name === "Affiliation" ? toId(first.attrs.DbId) : null,
      affiliationType: first.name === "Affiliation" ? toId(first.attrs.Type) : null,
    },
    rest,
  };
}

/** "(Motion agreed to)", "[Member spoke in Inuktitut]" — but not "(2) No member shall…". */
export function isWhollyBracketed(text: string): boolean {
  const open = text[0];
  const close = open === "(" ? ")" : open === "[" ? "]" : null;
  if (!close) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) return /^[.:]?$/.test(text.slice(i + 1).trim());
  }
  return false;
}

function isItalicOnly(nodes: XmlNode[]): boolean {
  const meaningful = nodes.filter((n) => isElement(n) || n.trim() !== "");
  return meaningful.length === 1 && isElement(meaningful[0]!) && meaningful[0].name === "I";
}

export const BILL_NUMBER = /^\s*([CS])\s*[-\u2010\u2011\u2013]\s*(\d+)\b/;
const BILL_IN_TEXT = /\b(?:Bills?|projets? de loi)\s+([CS])[-\u2010\u2011\u2013](\d+)\b/giu;

/** A `<Document DbId Type="3|4">` is a link to a bill in LEGISinfo (3 government, 4 private member's). */
function noteDocument(el: XmlElement, bills: BillMention[]): void {
  if (el.attrs.Type !== "3" && el.attrs.Type !== "4") return;
  const match = BILL_NUMBER.exec(textOf(el));
  if (match) addBill(bills, { number: `${match[1]!.toUpperCase()}-${match[2]}`, legisinfoId: toId(el.attrs.DbId) });
}

export function billsInText(text: string): BillMention[] {
  return [...text.matchAll(BILL_IN_TEXT)].map((m) => ({ number: `${m[1]!.toUpperCase()}-${m[2]}`, legisinfoId: null }));
}

export function billNumberIn(text: string): string | null {
  return billsInText(text)[0]?.number ?? null;
}

/** Keeps one mention per bill, preferring the one that carries the LEGISinfo id. */
export function addBill(bills: BillMention[], bill: BillMention): void {
  const known = bills.find((b) => b.number === bill.number);
  if (!known) bills.push({ ...bill });
  else if (known.legisinfoId === null) known.legisinfoId = bill.legisinfoId;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-\u2011.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function toId(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}

const SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"]);

/**
 * Older sittings print order-of-business titles in capitals ("GOVERNMENT ORDERS") where newer
 * ones use "Government Orders"; normalising lets both read (and merge) the same way.
 * French titles use sentence case ("Questions orales").
 */
export function headingCase(text: string, language: "en" | "fr"): string {
  if (!/\p{Lu}/u.test(text) || /\p{Ll}/u.test(text)) return text;
  const lower = text.toLocaleLowerCase(language === "fr" ? "fr-CA" : "en-CA");
  if (language === "fr") return lower.charAt(0).toLocaleUpperCase("fr-CA") + lower.slice(1);
  return lower.replace(/\p{L}[\p{L}'’]*/gu, (word, offset: number) =>
    offset > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
  );
}
