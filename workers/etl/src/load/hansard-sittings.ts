import { documents } from "#shared/db/civic";
import type { MergedDocument } from "../parsers/hansard-merge";
import { INSERTED_ONE, UNCHANGED_ONE, UPDATED_ONE, type DocumentBatch } from "./batch";
import { idByKey, type Cell } from "./upsert";

/** The sitting itself: the session it belongs to, and the document row its statements, divisions and meeting hang from. */

/** Sessions after 2010 are known only from the Hansard; the openparliament fixtures own the rest. */
export function queueSession(db: D1Database, batch: DocumentBatch, doc: MergedDocument): void {
  batch.write(
    db
      .prepare(
        "INSERT INTO sessions (code, parliament_number, session_number, name_en, name_fr, source) VALUES (?, ?, ?, ?, ?, 'hansard') ON CONFLICT (code) DO NOTHING",
      )
      .bind(
        doc.sessionCode,
        doc.parliament,
        doc.session,
        `${ordinal(doc.parliament)} Parliament, ${ordinal(doc.session)} Session`,
        `${doc.parliament}e législature, ${doc.session}${doc.session === 1 ? "re" : "e"} session`,
      ),
  );
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * The sitting's row: found by either publication's id and completed with the other language, or
 * created. Answers its id, or for a new one the expression that finds it by publication id.
 */
export async function queueDocument(db: D1Database, batch: DocumentBatch, doc: MergedDocument): Promise<Cell> {
  const existing = await db
    .prepare("SELECT id, source_id_en, source_id_fr, date, number FROM documents WHERE kind = ? AND (source_id_en = ? OR source_id_fr = ?)")
    .bind(doc.kind, doc.sourceIdEn, doc.sourceIdFr)
    .first<{ id: number; source_id_en: string | null; source_id_fr: string | null; date: string; number: number }>();
  if (!existing) {
    batch.write(
      db
        .prepare("INSERT INTO documents (kind, session_code, date, number, source_id_en, source_id_fr, source) VALUES (?, ?, ?, ?, ?, ?, 'hansard')")
        .bind(doc.kind, doc.sessionCode, doc.date, doc.number, doc.sourceIdEn, doc.sourceIdFr),
      INSERTED_ONE,
    );
    return doc.sourceIdEn !== null ? idByKey(documents, { source_id_en: doc.sourceIdEn }) : idByKey(documents, { source_id_fr: doc.sourceIdFr });
  }
  const sourceIdEn = doc.sourceIdEn ?? existing.source_id_en;
  const sourceIdFr = doc.sourceIdFr ?? existing.source_id_fr;
  const changed = sourceIdEn !== existing.source_id_en || sourceIdFr !== existing.source_id_fr || existing.date !== doc.date || existing.number !== doc.number;
  if (changed) {
    batch.write(
      db
        .prepare(
          "UPDATE documents SET source_id_en = ?, source_id_fr = ?, date = ?, number = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
        )
        .bind(sourceIdEn, sourceIdFr, doc.date, doc.number, existing.id),
      UPDATED_ONE,
    );
  } else batch.write([], UNCHANGED_ONE);
  return existing.id;
}
