import type { Lang } from "#shared/http/lang";
import {
  FACET_ROWS,
  facetRowsOf,
  foundTable,
  hitOf,
  matchFor,
  ORDER,
  pageOfFound,
  type FacetRow,
  type Filters,
  type Hit,
  type Keyset,
  type PageRow,
  type Sort,
  type Statement,
} from "./hits";
import { resultOf } from "./hydrate";
import type { ParsedQuery } from "#shared/search/query";
import { HYDRATIONS, type HydratedRow, type SearchResult } from "./results";
import type { D1Reader } from "#shared/db/index";

/**
 * A keyword search's page in one statement, so one round trip to D1 answers it (a second one
 * per search would cost a network hop in production, and the two could see different data
 * when the ETL writes between them): the hits (hits.ts), the `limit + 1` after the keyset (one
 * more than served, to tell whether another page follows), the first `limit` read back with
 * their snippets as JSON, and the facet counts of all the hits.
 *
 * Each hit is read back by a correlated subquery of its type's index, under the MATCH the hits
 * came from (so FTS5 marks the matches) and at the hit's rowid (so FTS5 seeks to that row
 * rather than reading the match again); `CASE` runs only the subquery of the hit's own type.
 */
export function pageStatement(query: ParsedQuery, filters: Filters, sort: Sort, keyset: Keyset | undefined, limit: number): Statement {
  const found = foundTable(query, filters);
  const page = pageOfFound(sort, keyset);
  const reads = filters.types.map((type) => {
    const h = HYDRATIONS[type];
    const row = Object.entries(h.columns(true)).map(([alias, expr]) => `'${alias}', ${expr}`);
    return {
      sql: `WHEN '${type}' THEN (SELECT json_object(${row.join(", ")})
      FROM ${h.from(true)} WHERE ${h.table}.rowid = page.rowid AND ${h.table} MATCH ?)`,
      binds: [matchFor(type, query, filters.lang)],
    };
  });
  const sql = `WITH ${found.sql},
page AS MATERIALIZED (SELECT *, row_number() OVER (ORDER BY ${ORDER[sort]}) AS n FROM (${page.sql}))
SELECT 'hit' AS kind, type AS value, pk, rowid, score, date, type_order, session, party, NULL AS label_en, NULL AS label_fr, n,
    CASE WHEN n > ? THEN NULL ELSE CASE type ${reads.map((r) => r.sql).join("\n    ")} END END AS row
  FROM page
UNION ALL ${FACET_ROWS}`;
  return { sql, binds: [...found.binds, ...page.binds, limit + 1, limit, ...reads.flatMap((r) => r.binds)] };
}

export interface KeywordPage {
  results: SearchResult[];
  /** The last hit served, where the next page starts. */
  last: Hit | undefined;
  more: boolean;
  facets: FacetRow[];
}

export async function readPage(
  db: D1Reader,
  query: ParsedQuery,
  filters: Filters,
  sort: Sort,
  keyset: Keyset | undefined,
  limit: number,
  display: Lang | undefined,
): Promise<KeywordPage> {
  const statement = pageStatement(query, filters, sort, keyset, limit);
  const { results: rows } = await db
    .prepare(statement.sql)
    .bind(...statement.binds)
    .all<PageRow>();
  const served = rows.filter((r) => r.kind === "hit").sort((a, b) => a.n! - b.n!);
  const more = served.length > limit;
  served.length = Math.min(served.length, limit);
  const hits = served.map(hitOf);
  return {
    // A row is always read back, the statement seeing one state of the data; none is served
    // half-read if that ever changed.
    results: served.flatMap((r, i) => {
      if (r.row === null) return [];
      // The JSON object the hit's type's read-back built from that type's columns.
      const row: HydratedRow = JSON.parse(r.row);
      return [resultOf(hits[i]!, row, display)];
    }),
    last: hits[hits.length - 1],
    more,
    facets: facetRowsOf(rows),
  };
}
