import type { Lang } from "#shared/http/lang";
import { matchFor, type Hit } from "./hits";
import type { ResultType } from "./indexes";
import type { ParsedQuery } from "#shared/search/query";
import { HYDRATIONS, viewOf, type HydratedRow, type SearchResult } from "./results";
import type { D1Reader } from "#shared/db/index";

/** A hit in its place on a page. */
export interface Placed {
  hit: Hit;
  /** Found by the keyword match (so FTS5 can mark it), rather than by semantic search alone. */
  keyword: boolean;
  matched?: ("keyword" | "semantic")[];
}

const ids = "(SELECT value FROM json_each(?))";

/**
 * The SQL reading back one type's hits, bound to a JSON array of their index rowids after the
 * match expression they were found with, or of their keys without one.
 */
export function readBackSql(type: ResultType, withMatch: boolean): string {
  const h = HYDRATIONS[type];
  const columns = Object.entries(h.columns(withMatch)).map(([alias, expr]) => `${expr} AS ${alias}`);
  return `SELECT ${columns.join(", ")}
    FROM ${h.from(withMatch)}
    WHERE ${withMatch ? `${h.table} MATCH ? AND ${h.table}.rowid IN ${ids}` : `${h.key} IN ${ids}`}`;
}

/** A hit and its row read back (by `readBackSql` of the hit's type), as the API serves it. */
export const resultOf = (hit: Hit, row: HydratedRow, display: Lang | undefined): SearchResult =>
  viewOf(hit.type, row, { pk: hit.pk, score: hit.score, party: hit.party }, display);

/**
 * Reads placed hits back as results, in their order, with one query per type in one batch:
 * the blended page's read-back, where the hits come from two rankings (the keyword page is read
 * back inside its own statement, page.ts). Keyword hits are read under the same MATCH expression
 * they were found with, so FTS5 marks their matches in the snippets.
 */
export async function hydrate(db: D1Reader, query: ParsedQuery, lang: Lang | undefined, display: Lang | undefined, placed: Placed[]): Promise<SearchResult[]> {
  const groups = new Map<string, { type: ResultType; keyword: boolean; pks: number[] }>();
  for (const { hit, keyword } of placed) {
    const key = `${hit.type}:${keyword}`;
    const group = groups.get(key) ?? { type: hit.type, keyword, pks: [] };
    // Keyword hits are read back through their index row, so FTS5 can mark them.
    group.pks.push(keyword ? hit.rowid : hit.pk);
    groups.set(key, group);
  }
  const list = [...groups.values()];
  if (list.length === 0) return [];
  const answers = await db.batch<HydratedRow>(
    list.map((g) => {
      const ids = JSON.stringify(g.pks);
      const sql = db.prepare(readBackSql(g.type, g.keyword));
      return g.keyword ? sql.bind(matchFor(g.type, query, lang), ids) : sql.bind(ids);
    }),
  );
  const rows = new Map<string, HydratedRow>();
  list.forEach((g, i) => {
    for (const row of answers[i]?.results ?? []) rows.set(`${g.type}:${g.keyword}:${row.id}`, row);
  });
  // A row deleted between the two queries (an ETL run) is left out rather than served half-read.
  return placed.flatMap(({ hit, keyword, matched }) => {
    const row = rows.get(`${hit.type}:${keyword}:${hit.pk}`);
    if (!row) return [];
    const result = resultOf(hit, row, display);
    return [matched ? { ...result, matched } : result];
  });
}
