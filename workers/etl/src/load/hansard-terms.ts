import { asc, sql } from "drizzle-orm";
import { memberTerms, parties, ridings as ridingsTable } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import type { MergedDocument } from "../parsers/hansard-merge";
import { UNCHANGED_ONE, UPDATED_ONE, type DocumentBatch } from "./batch";
import type { Person } from "./hansard-members";
import { byOpenparliamentId, HANSARD_PARTY_ABBREVIATIONS } from "./openparliament";
import { idMap } from "./rows";
import { tableSpec, type Cell, type RowOf } from "./upsert";

const SOURCE = "hansard";

const TERMS = tableSpec(memberTerms, {
  columns: ["member_id", "party_id", "riding_id", "start_date", "end_date", "source"],
  key: ["member_id", "start_date"],
  updateColumns: [],
});

interface Term {
  id: number | null;
  party_id: number | null;
  riding_id: number | null;
  start_date: string;
  end_date: string | null;
  source: string;
}

/**
 * Party and riding from the speakers' printed context, as terms: a member's first appearance
 * with a party and riding opens a term on that sitting's date (the fixtures cover terms before
 * 2010). A context that matches the member's latest term adds nothing; one that matches the
 * member's next term moves its start back, as sittings load in any order. A day a roster term
 * covers is the roster's: the label adds nothing to it. Terms are read once and
 * the document's own changes are followed in memory, so two DbIds of one member see each other's.
 */
export async function queueTerms(
  db: D1Database,
  batch: DocumentBatch,
  doc: MergedDocument,
  people: Map<number, Person>,
  ids: Map<number, Cell>,
): Promise<void> {
  const withContext = [...people.values()].filter((p) => p.party && p.riding && ids.has(p.dbId));
  if (withContext.length === 0) return;
  const parties = await partyIdsByAbbreviation(db);
  // The riding of that name valid on the sitting's day; names recur across representation orders.
  const ridings = await idMap(
    civicDb(db)
      .select({ k: ridingsTable.nameEn, id: ridingsTable.id })
      .from(ridingsTable)
      .orderBy(
        asc(sql`(coalesce(${ridingsTable.validFrom}, '0000') <= ${doc.date} AND coalesce(${ridingsTable.validThrough}, '9999') >= ${doc.date})`),
        asc(ridingsTable.current),
        asc(ridingsTable.representationOrder),
      ),
  );
  const terms = await termsOf(
    db,
    withContext.map((p) => ids.get(p.dbId)!).filter((id): id is number => typeof id === "number"),
  );
  const inserts: RowOf<typeof TERMS>[] = [];
  for (const p of withContext) {
    const memberId = ids.get(p.dbId)!;
    const own = terms.get(memberKey(memberId)) ?? [];
    terms.set(memberKey(memberId), own);
    const partyId = parties.get(p.party!.replace(/\.$/, "").toLowerCase()) ?? null;
    const ridingId = ridings.get(p.riding!.replace(/--/g, "—")) ?? null;
    const same = (t: Term | undefined) => t !== undefined && t.party_id === partyId && (t.riding_id === ridingId || ridingId === null);
    const previous = own.filter((t) => t.start_date <= doc.date).at(-1);
    const next = own.find((t) => t.start_date > doc.date);
    const rostered = previous?.source === "roster" && (previous.end_date === null || previous.end_date >= doc.date);
    if (rostered || same(previous)) {
      batch.write([], UNCHANGED_ONE);
    } else if (next?.id != null && next.source !== "roster" && same(next)) {
      batch.write(
        db.prepare("UPDATE member_terms SET start_date = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").bind(doc.date, next.id),
        UPDATED_ONE,
      );
      next.start_date = doc.date;
    } else if (previous?.start_date === doc.date) {
      // A term starting that day exists already; the first context printed for it stands.
      batch.write([], UNCHANGED_ONE);
    } else {
      inserts.push({ member_id: memberId, party_id: partyId, riding_id: ridingId, start_date: doc.date, end_date: null, source: SOURCE });
      own.push({ id: null, party_id: partyId, riding_id: ridingId, start_date: doc.date, end_date: null, source: SOURCE });
      own.sort((a, b) => a.start_date.localeCompare(b.start_date));
    }
  }
  batch.upsert(TERMS, inserts);
}

const memberKey = (id: Cell) => JSON.stringify(id);

/** Each member's terms, oldest first, keyed by `memberKey`. */
async function termsOf(db: D1Database, memberIds: number[]): Promise<Map<string, Term[]>> {
  const terms = new Map<string, Term[]>();
  const unique = [...new Set(memberIds)];
  for (let i = 0; i < unique.length; i += 90) {
    const part = unique.slice(i, i + 90);
    const { results } = await db
      .prepare(
        `SELECT id, member_id, party_id, riding_id, start_date, end_date, source FROM member_terms WHERE member_id IN (${part.map(() => "?").join(", ")}) ORDER BY start_date`,
      )
      .bind(...part)
      .all<Term & { member_id: number }>();
    for (const { member_id, ...term } of results) {
      const own = terms.get(memberKey(member_id)) ?? [];
      own.push(term);
      terms.set(memberKey(member_id), own);
    }
  }
  return terms;
}

async function partyIdsByAbbreviation(db: D1Database): Promise<Map<string, number>> {
  const byOpenparliament = await idMap(byOpenparliamentId(db, parties));
  const map = new Map<string, number>();
  for (const [opId, [en, fr]] of Object.entries(HANSARD_PARTY_ABBREVIATIONS)) {
    const id = byOpenparliament.get(opId);
    if (id === undefined) continue;
    map.set(en.replace(/\.$/, "").toLowerCase(), id);
    map.set(fr.replace(/\.$/, "").toLowerCase(), id);
  }
  return map;
}
