import { sql } from "drizzle-orm";
import { members } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import { slugify } from "../parsers/common-text";
import type { MergedDocument } from "../parsers/hansard-merge";
import { splitPrinted } from "../parsers/hansard-speaker";
import { personName, readContext, rosterMember, type Seated } from "./hansard-members";

/**
 * Who speaks from the chair. The Hansard labels the Speaker, the chairs and their deputies by
 * office (`The Speaker`, `The Acting Speaker (Mr. Bruce Stanton)`, `Le président (M. Pat Kelly
 * (Calgary Rocky Ridge, PCC))`), under DbIds that belong to the office and pass from one person to
 * the next, so they are never a member's identifiers. The person is stated all the same: in the
 * label's parenthesis, in an earlier statement of the same office in the same document, or, for
 * the Speaker of the House and a committee's chair, in the document's header.
 */
const PRESIDING =
  /^(?:the\s+)?(?:(?:acting|deputy|assistant|assistant\s+deputy)\s+)?(?:speaker|chair(?:man|person)?)$|^(?:le|la)\s+(?:vice-)?présidente?(?:\s+suppléante?)?$/i;

/** The offices the header names the holder of: the Speaker (Type 15) in debates, the chair (35) in evidence. */
const HEADED: Record<MergedDocument["kind"], number> = { debates: 15, evidence: 35 };

interface PresidingPerson {
  name: string;
  riding: string | null;
}

/** For each statement from the chair whose holder the document states: the holder, by statement sequence. */
function presidingPeople(doc: MergedDocument): Map<number, PresidingPerson> {
  const named = new Map<number, PresidingPerson>();
  const holders = new Map<number, PresidingPerson>();
  for (const s of doc.statements) {
    const office = s.speakerNameEn ?? s.speakerNameFr;
    if (!office || !PRESIDING.test(office.trim())) continue;
    const context = s.speakerContextEn ?? s.speakerContextFr;
    // `M. Pat Kelly (Calgary Rocky Ridge, PCC)`: the holder's name, then their riding and party.
    const printed = context ? splitPrinted(context) : null;
    const name = personName(printed?.name ?? null);
    let holder: PresidingPerson | undefined;
    if (name) {
      holder = { name, riding: readContext(printed?.context ?? null).riding };
      if (s.speakerDbId !== null) holders.set(s.speakerDbId, holder);
    } else if (s.speakerDbId !== null && holders.has(s.speakerDbId)) {
      holder = holders.get(s.speakerDbId);
    } else if (s.speakerAffiliationType === HEADED[doc.kind] && doc.presiding) {
      holder = { name: doc.presiding, riding: null };
    }
    if (holder) named.set(s.sequence, holder);
  }
  return named;
}

/**
 * The member each statement from the chair is, by statement sequence: the one the rosters seat
 * that day under the holder's name (or surname in their riding), else the one member of that full
 * name. A holder no member fits leaves the statement without one.
 */
export async function presidingMembers(db: D1Database, doc: MergedDocument, seated: Seated[]): Promise<Map<number, number>> {
  const people = presidingPeople(doc);
  const members = new Map<number, number>();
  let byName: Map<string, number | null> | undefined;
  for (const [sequence, holder] of people) {
    let id = rosterMember(seated, { name: holder.name, fullName: true, riding: holder.riding });
    if (id === undefined) {
      byName ??= await membersByFullName(db);
      id = byName.get(slugify(holder.name)) ?? undefined;
    }
    if (id !== undefined) members.set(sequence, id);
  }
  return members;
}

/** `{ full name → member }`, null for a name two members share. */
async function membersByFullName(db: D1Database): Promise<Map<string, number | null>> {
  const results = await civicDb(db).select({ id: members.id, name: members.name }).from(members).where(sql`instr(${members.name}, ' ') > 0`);
  const byName = new Map<string, number | null>();
  for (const m of results) byName.set(slugify(m.name), byName.has(slugify(m.name)) ? null : m.id);
  return byName;
}
