import { HansardParseError } from "./hansard-error";
import { addBill } from "./hansard-text";
import type { BillMention, HansardBillItem, HansardDivision, HansardDocument, HansardStatement } from "./hansard-types";

/** A sitting or committee meeting as one document: the English and French publications merged. */
export interface MergedDocument {
  kind: HansardDocument["kind"];
  sourceIdEn: string | null;
  sourceIdFr: string | null;
  parliament: number;
  session: number;
  sessionCode: string;
  date: string;
  number: number;
  committee: { acronym: string | null; nameEn: string | null; nameFr: string | null } | null;
  /** Who presides, as the header names them (see `HansardDocument.presiding`). */
  presiding: string | null;
  statements: MergedStatement[];
  divisions: MergedDivision[];
  bills: MergedBill[];
  /** The titles the links to each bill print, in each language. */
  billTitles: MergedBillTitles[];
}

type Bilingual<K extends string> = { [P in `${K}En` | `${K}Fr`]: string | null };

export type MergedStatement = Pick<
  HansardStatement,
  | "sourceId"
  | "interventionId"
  | "speakerDbId"
  | "speakerAffiliationType"
  | "speakerDbIdFrom"
  | "time"
  | "interventionType"
  | "floorLanguage"
  | "procedural"
  | "billMentions"
> &
  Bilingual<"text" | "speakerName" | "speakerContext" | "heading" | "subheading"> & {
    /** 0-based order in the merged document. */
    sequence: number;
    wordCountEn: number | null;
    wordCountFr: number | null;
  };

/** A bill and stage the sitting took up; the printed words in each language, the rest from either. */
export type MergedBill = Omit<HansardBillItem, "title" | "longTitle" | "stageLabel"> & Bilingual<"title" | "longTitle" | "stageLabel">;

export type MergedBillTitles = { number: string } & Bilingual<"shortTitle" | "longTitle">;

export type MergedDivision = Omit<HansardDivision, "description" | "dividedOn"> & Bilingual<"description" | "dividedOn">;

/**
 * Merges the English and French publications of the same sitting (either may be missing).
 * Statements are matched by source id, which the House keeps identical across languages, and by
 * position where a statement has no id; divisions by number; bills by number and stage.
 * Language-independent fields come from the English publication when both have them.
 */
export function mergePublications(en: HansardDocument | null, fr: HansardDocument | null): MergedDocument {
  const base = en ?? fr;
  if (!base) throw new HansardParseError("nothing to merge: neither an English nor a French publication was given");
  if (en && en.language !== "en") throw new HansardParseError(`the publication given as English is in "${en.language}"`);
  if (fr && fr.language !== "fr") throw new HansardParseError(`the publication given as French is in "${fr.language}"`);
  if (en && fr) assertSameSitting(en, fr);

  return {
    kind: base.kind,
    sourceIdEn: en?.sourceId ?? null,
    sourceIdFr: fr?.sourceId ?? null,
    parliament: base.parliament,
    session: base.session,
    sessionCode: base.sessionCode,
    date: base.date,
    number: base.number,
    presiding: en?.presiding ?? fr?.presiding ?? null,
    committee: base.committee && {
      acronym: base.committee.acronym,
      nameEn: en?.committee?.name ?? base.committee.nameEn,
      nameFr: fr?.committee?.name ?? base.committee.nameFr,
    },
    statements: pair(en?.statements ?? [], fr?.statements ?? [], (s) => s.sourceId).map(([e, f], sequence) => mergeStatement(sequence, e, f)),
    divisions: pair(en?.divisions ?? [], fr?.divisions ?? [], (d) => String(d.number)).map(([e, f]) => mergeDivision(e, f)),
    bills: pair(en?.bills ?? [], fr?.bills ?? [], (b) => `${b.number} ${b.stage}`).map(([e, f]) => mergeBill(e, f)),
    billTitles: pair(en?.billTitles ?? [], fr?.billTitles ?? [], (t) => t.number).map(([e, f]) => ({
      number: (e ?? f)!.number,
      shortTitleEn: e?.shortTitle ?? null,
      shortTitleFr: f?.shortTitle ?? null,
      longTitleEn: e?.longTitle ?? null,
      longTitleFr: f?.longTitle ?? null,
    })),
  };
}

function assertSameSitting(en: HansardDocument, fr: HansardDocument): void {
  const differences: string[] = [];
  const compare = (what: string, a: unknown, b: unknown) => {
    if (a !== b) differences.push(`${what} ${String(a)} (en) vs ${String(b)} (fr)`);
  };
  compare("kind", en.kind, fr.kind);
  compare("session", en.sessionCode, fr.sessionCode);
  compare("date", en.date, fr.date);
  compare("number", en.number, fr.number);
  compare("committee", en.committee?.acronym ?? null, fr.committee?.acronym ?? null);
  if (differences.length > 0) {
    throw new HansardParseError(`the English and French publications are not the same sitting: ${differences.join("; ")}`);
  }
}

/**
 * Pairs items by key, keeping the English order and slotting French-only items where they occur
 * in the French publication. Items without a key pair with the item at the same position on the
 * other side when that one is unpaired and keyless too.
 */
function pair<T>(en: T[], fr: T[], key: (item: T) => string | null): [T | null, T | null][] {
  const frByKey = new Map<string, number>();
  fr.forEach((item, i) => {
    const k = key(item);
    if (k !== null && !frByKey.has(k)) frByKey.set(k, i);
  });
  const claimed = new Set<number>();
  const partner = en.map((item, i) => {
    const k = key(item);
    let j = k === null ? undefined : frByKey.get(k);
    if (j === undefined && k === null && fr[i] !== undefined && key(fr[i]!) === null) j = i;
    if (j === undefined || claimed.has(j)) return undefined;
    claimed.add(j);
    return j;
  });

  const pairs: [T | null, T | null][] = [];
  let nextFr = 0;
  const frenchOnlyBefore = (limit: number) => {
    for (; nextFr < limit; nextFr++) if (!claimed.has(nextFr)) pairs.push([null, fr[nextFr]!]);
  };
  en.forEach((item, i) => {
    const j = partner[i];
    if (j === undefined) {
      pairs.push([item, null]);
      return;
    }
    frenchOnlyBefore(j);
    nextFr = Math.max(nextFr, j + 1);
    pairs.push([item, fr[j]!]);
  });
  frenchOnlyBefore(fr.length);
  return pairs;
}

function mergeStatement(sequence: number, en: HansardStatement | null, fr: HansardStatement | null): MergedStatement {
  const base = (en ?? fr)!;
  const billMentions: BillMention[] = [];
  for (const bill of [...(en?.billMentions ?? []), ...(fr?.billMentions ?? [])]) addBill(billMentions, bill);
  return {
    sequence,
    sourceId: base.sourceId,
    interventionId: base.interventionId,
    speakerDbId: en?.speakerDbId ?? fr?.speakerDbId ?? null,
    speakerAffiliationType: en?.speakerAffiliationType ?? fr?.speakerAffiliationType ?? null,
    speakerDbIdFrom: en?.speakerDbId != null ? en.speakerDbIdFrom : (fr?.speakerDbIdFrom ?? null),
    time: base.time,
    interventionType: base.interventionType,
    floorLanguage: en?.floorLanguage ?? fr?.floorLanguage ?? null,
    procedural: base.procedural,
    billMentions,
    textEn: en?.text ?? null,
    textFr: fr?.text ?? null,
    speakerNameEn: en?.speakerName ?? null,
    speakerNameFr: fr?.speakerName ?? null,
    speakerContextEn: en?.speakerContext ?? null,
    speakerContextFr: fr?.speakerContext ?? null,
    headingEn: en?.heading ?? null,
    headingFr: fr?.heading ?? null,
    subheadingEn: en?.subheading ?? null,
    subheadingFr: fr?.subheading ?? null,
    wordCountEn: en?.wordCount ?? null,
    wordCountFr: fr?.wordCount ?? null,
  };
}

function mergeDivision(en: HansardDivision | null, fr: HansardDivision | null): MergedDivision {
  const { description: _d, dividedOn: _o, ...shared } = (en ?? fr)!;
  return {
    ...shared,
    descriptionEn: en?.description ?? null,
    descriptionFr: fr?.description ?? null,
    dividedOnEn: en?.dividedOn ?? null,
    dividedOnFr: fr?.dividedOn ?? null,
  };
}

function mergeBill(en: HansardBillItem | null, fr: HansardBillItem | null): MergedBill {
  const base = (en ?? fr)!;
  return {
    number: base.number,
    stage: base.stage,
    // A link can be missing from one publication (a passing mention in one language only).
    legisinfoId: en?.legisinfoId ?? fr?.legisinfoId ?? null,
    governmentBill: en?.governmentBill ?? fr?.governmentBill ?? null,
    titleEn: en?.title ?? null,
    titleFr: fr?.title ?? null,
    longTitleEn: en?.longTitle ?? null,
    longTitleFr: fr?.longTitle ?? null,
    stageLabelEn: en?.stageLabel ?? null,
    stageLabelFr: fr?.stageLabel ?? null,
  };
}
