import { eq, sql } from "drizzle-orm";
import { jurisdictions, representativeOffices, representatives } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import { parseRepresentFile } from "../parsers/represent";
import { idMap, parserRejects, result, toRow } from "./rows";
import type { Loader } from "./types";
import { DocumentBatch, returnedAsUpdated } from "./batch";
import { idByKey, tableSpec, type Cell } from "./upsert";

const SOURCE = "represent";

const JURISDICTIONS = tableSpec(jurisdictions, {
  columns: ["slug", "name_en", "name_fr", "level", "province", "ocd_id", "source_url", "source"],
  key: ["slug"],
  touchesUpdatedAt: true,
});

const REPRESENTATIVES = tableSpec(representatives, {
  columns: [
    "jurisdiction_id",
    "district_id",
    "slug",
    "name",
    "elected_office",
    "district_name",
    "party_name",
    "email",
    "url",
    "personal_url",
    "photo_url",
    "source_url",
    "extra",
    "source",
  ],
  key: ["jurisdiction_id", "district_id", "slug"],
  touchesUpdatedAt: true,
});

const OFFICES = tableSpec(representativeOffices, {
  columns: ["representative_id", "position", "type", "tel", "fax", "postal"],
  key: ["representative_id", "position"],
});

/**
 * One Represent file is one jurisdiction's whole roster, so the load makes the table match it:
 * people and offices are upserted, and those the roster no longer lists are removed, all in one
 * transaction (a roster is never half there). A jurisdiction or person new with this file is
 * referred to by its natural key, as its id is made by the same batch.
 */
export const loadRepresent: Loader = async (env, [bytes], { document }) => {
  const file = document.slice(document.lastIndexOf("/") + 1);
  const { records, rejects } = parseRepresentFile(bytes!, file);
  const batch = new DocumentBatch(env.CIVIC);
  const slug = records.jurisdiction.slug;
  batch.upsert(JURISDICTIONS, [toRow(records.jurisdiction, JURISDICTIONS.columns, { source: SOURCE })]);
  const db = civicDb(env.CIVIC);
  const [known] = await db.select({ id: jurisdictions.id }).from(jurisdictions).where(eq(jurisdictions.slug, slug));
  const jurisdictionId: Cell = known?.id ?? idByKey(jurisdictions, { slug });

  const people = records.representatives.map((r) => toRow(r, REPRESENTATIVES.columns, { jurisdiction_id: jurisdictionId, source: SOURCE }));
  batch.upsert(REPRESENTATIVES, people);
  const ids = known
    ? await idMap(
        db
          .select({ k: sql<string>`${representatives.districtId} || char(31) || ${representatives.slug}`, id: representatives.id })
          .from(representatives)
          .where(eq(representatives.jurisdictionId, known.id)),
      )
    : new Map<string, number>();
  const keyOf = (r: { districtId: string; slug: string }) => `${r.districtId}\u001f${r.slug}`;
  const idOf = (r: { districtId: string; slug: string }): Cell =>
    ids.get(keyOf(r)) ?? idByKey(representatives, { jurisdiction_id: jurisdictionId, district_id: r.districtId, slug: r.slug });
  const offices = records.representatives.flatMap((r) => r.offices.map((o) => toRow(o, OFFICES.columns, { representative_id: idOf(r) })));
  batch.upsert(OFFICES, offices);

  // What the roster no longer lists: offices past each person's last, and people who left. Each
  // is one statement over a JSON list, however many people the roster has. Raw SQL, as these
  // deletes commit in one D1 batch with the document's raw upserts (DocumentBatch).
  const listed = new Map(records.representatives.map((r) => [keyOf(r), r.offices.length]));
  const officesKept = [...ids].flatMap(([key, id]) => (listed.has(key) ? [[id, listed.get(key)]] : []));
  const gone = [...ids].filter(([key]) => !listed.has(key)).map(([, id]) => id);
  if (ids.size > 0) {
    // Counted from RETURNING: `meta.changes` would include what the search index's triggers write.
    batch.write(
      [
        env.CIVIC.prepare(
          `DELETE FROM representative_offices WHERE rowid IN (SELECT o.rowid FROM representative_offices o JOIN json_each(?) kept
             ON o.representative_id = kept.value ->> 0 AND o.position >= kept.value ->> 1) RETURNING 1`,
        ).bind(JSON.stringify(officesKept)),
        env.CIVIC.prepare("DELETE FROM representatives WHERE id IN (SELECT value FROM json_each(?)) RETURNING 1").bind(JSON.stringify(gone)),
      ],
      returnedAsUpdated,
    );
  }

  const counts = await batch.commit();
  const read = 1 + records.representatives.length + offices.length + rejects.length;
  return result(read, [counts], parserRejects(rejects));
};
