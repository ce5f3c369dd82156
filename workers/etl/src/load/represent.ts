import { parseRepresentFile } from "../parsers/represent";
import { idMap, parserRejects, result, toRow } from "./rows";
import type { Loader } from "./types";
import { upsert, type TableSpec, type Row } from "./upsert";

const SOURCE = "represent";

const JURISDICTIONS: TableSpec = {
  table: "jurisdictions",
  columns: ["slug", "name_en", "name_fr", "level", "province", "ocd_id", "source_url", "source"],
  key: ["slug"],
  touchesUpdatedAt: true,
};

const REPRESENTATIVES: TableSpec = {
  table: "representatives",
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
};

const OFFICES: TableSpec = {
  table: "representative_offices",
  columns: ["representative_id", "position", "type", "tel", "fax", "postal"],
  key: ["representative_id", "position"],
};

/**
 * One Represent file is one jurisdiction's whole roster, so the load makes the table match it:
 * people and offices are upserted, and those the roster no longer lists are removed.
 */
export const loadRepresent: Loader = async (env, [bytes], { document }) => {
  const file = document.slice(document.lastIndexOf("/") + 1);
  const { records, rejects } = parseRepresentFile(bytes!, file);
  const jurisdictionCounts = await upsert(env.CIVIC, JURISDICTIONS, [toRow(records.jurisdiction, JURISDICTIONS.columns, { source: SOURCE })]);
  const jurisdictionId = (await env.CIVIC.prepare("SELECT id FROM jurisdictions WHERE slug = ?").bind(records.jurisdiction.slug).first<{ id: number }>())!.id;

  const people = records.representatives.map((r) => toRow(r, REPRESENTATIVES.columns, { jurisdiction_id: jurisdictionId, source: SOURCE }));
  const peopleCounts = await upsert(env.CIVIC, REPRESENTATIVES, people);
  const ids = await idMap(
    env.CIVIC,
    "SELECT district_id || char(31) || slug AS k, id FROM representatives WHERE jurisdiction_id = ?",
    jurisdictionId,
  );
  const keyOf = (r: { districtId: string; slug: string }) => `${r.districtId}\u001f${r.slug}`;
  const offices: Row[] = records.representatives.flatMap((r) =>
    r.offices.map((o) => toRow(o, OFFICES.columns, { representative_id: ids.get(keyOf(r))! })),
  );
  const officeCounts = await upsert(env.CIVIC, OFFICES, offices);

  // What the roster no longer lists: offices past each person's last, and people who left.
  const keep = new Set(records.representatives.map((r) => ids.get(keyOf(r))!));
  const gone = [...ids.values()].filter((id) => !keep.has(id));
  const officeCount = new Map(records.representatives.map((r) => [ids.get(keyOf(r))!, r.offices.length]));
  const cleanups = [
    ...[...officeCount].map(([id, n]) =>
      env.CIVIC.prepare("DELETE FROM representative_offices WHERE representative_id = ? AND position >= ? RETURNING 1").bind(id, n),
    ),
    ...gone.map((id) => env.CIVIC.prepare("DELETE FROM representatives WHERE id = ? RETURNING 1").bind(id)),
  ];
  // Counted from RETURNING: `meta.changes` would include what the search index's triggers write.
  const removed = cleanups.length ? (await env.CIVIC.batch(cleanups)).reduce((n, r) => n + (r.results?.length ?? 0), 0) : 0;

  const read = 1 + records.representatives.length + offices.length + rejects.length;
  const counts = [jurisdictionCounts, peopleCounts, officeCounts, { inserted: 0, updated: removed, unchanged: 0 }];
  return result(read, counts, parserRejects(rejects));
};
