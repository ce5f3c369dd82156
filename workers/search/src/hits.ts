import type { Lang } from "#shared/http/lang";
import { bm25Of, INDEXES, languageColumns, SEARCH_WINDOW, searchKeyRange, type ResultType, type SearchIndex } from "./indexes";
import { MEMBER_PK, memberPkBinds } from "#shared/civic/members-sql";
import { ftsExpression, type ParsedQuery } from "#shared/search/query";
import type { D1Reader } from "#shared/db/index";

/**
 * One SQL statement answers a page of search results together with its total and facets: each
 * index's newest matches that pass the filters (at most SEARCH_WINDOW, see indexes.ts) as hits
 * (a UNION ALL) in a materialized set, then the page read from that set in keyset order and the
 * facet counts grouped from it. FTS5 therefore runs each index's match once per request, and
 * reads no further into a broad match than the window. The keyword search reads its page back
 * in the same statement (page.ts); blending reads hits here and reads them back afterwards.
 */

export type Sort = "relevance" | "date";

export interface Filters {
  types: readonly ResultType[];
  session?: string;
  party?: string;
  /** A member as the API names them (House id or slug); resolved inside the statement. */
  member?: string;
  dateFrom?: string;
  dateTo?: string;
  /** Restricts matching to this language's text. */
  lang?: Lang;
}

/** Where the previous page ended: `[score, date, type_order, pk]` or `[date, score, type_order, pk]`. */
export type Keyset = [number, string, number, number] | [string, number, number, number];

export interface Hit {
  type: ResultType;
  pk: number;
  /** The match's row in its index, what its snippet is read back by. */
  rowid: number;
  score: number;
  /** `''` when the type has no date. */
  date: string;
  type_order: number;
  session: string | null;
  party: string | null;
}

export interface FacetRow {
  facet: "type" | "party" | "session" | "year";
  value: string | null;
  label_en: string | null;
  label_fr: string | null;
  n: number;
}

export interface Statement {
  sql: string;
  binds: (string | number | null)[];
}

/** The MATCH expression for one index: the same for its hits and for reading them back with snippets. */
export const matchFor = (type: ResultType, query: ParsedQuery, lang: Lang | undefined): string => ftsExpression(query, languageColumns(INDEXES[type], lang));

/**
 * The union of every requested index's window of matches: each bound to its own MATCH
 * expression, filtered, newest first, at most SEARCH_WINDOW, with `boost` beside each hit's raw
 * score (`-bm25`, higher is better). SQLite flattens each window into its index's scan, so FTS5
 * yields matches in rowid order and stops at the limit.
 */
export function hitsUnion(query: ParsedQuery, filters: Filters): Statement {
  const parts = filters.types.map((type) => {
    const index = INDEXES[type];
    const where = filterClause(filters, index);
    return {
      sql: `SELECT *, ${index.boost.toFixed(2)} AS boost FROM (SELECT * FROM (${index.hits(bm25Of(index))})
    WHERE ${where.sql} ORDER BY rowid DESC LIMIT ${SEARCH_WINDOW})`,
      binds: [matchFor(type, query, filters.lang), ...where.binds],
    };
  });
  return { sql: parts.map((p) => p.sql).join("\n  UNION ALL\n  "), binds: parts.flatMap((p) => p.binds) };
}

/**
 * The filters that are not part of the match, over the hits' shared columns. An index whose
 * rowids are date-keyed takes a date range as a range of rowids, which FTS5 applies while it
 * reads the index instead of testing each match.
 */
export function filterClause(filters: Filters, index?: SearchIndex): Statement {
  const where: string[] = [];
  const binds: (string | number | null)[] = [];
  if (filters.session) {
    where.push("session = ?");
    binds.push(filters.session);
  }
  if (filters.party) {
    where.push("party = ?");
    binds.push(filters.party);
  }
  if (filters.member) {
    // An unknown member resolves to NULL and matches nothing: filters narrow, they do not 404.
    where.push(`member_pk = ${MEMBER_PK}`);
    binds.push(...memberPkBinds(filters.member));
  }
  if ((filters.dateFrom || filters.dateTo) && index?.dateKeyed) {
    where.push("rowid BETWEEN ? AND ?");
    binds.push(...searchKeyRange(filters.dateFrom, filters.dateTo));
  } else if (filters.dateFrom || filters.dateTo) {
    // Types without a date ('') fall outside every range.
    where.push("date >= ? AND date <= ?");
    binds.push(filters.dateFrom ?? "0001-01-01", filters.dateTo ?? "9999-12-31");
  }
  return { sql: where.length ? where.join(" AND ") : "1", binds };
}

export const ORDER: Record<Sort, string> = {
  relevance: "score DESC, date DESC, type_order, pk",
  date: "date DESC, score DESC, type_order, pk",
};

/** Rows strictly after the keyset in the sort's order. */
function after(sort: Sort, keyset: Keyset | undefined): Statement {
  if (!keyset) return { sql: "1", binds: [] };
  const [a, b] = sort === "relevance" ? ["score", "date"] : ["date", "score"];
  return {
    sql: `(${a} < ? OR (${a} = ? AND (${b} < ? OR (${b} = ? AND (type_order > ? OR (type_order = ? AND pk > ?))))))`,
    binds: [keyset[0], keyset[0], keyset[1], keyset[1], keyset[2], keyset[2], keyset[3]],
  };
}

export const keysetOf = (sort: Sort, hit: Hit): Keyset =>
  sort === "relevance" ? [hit.score, hit.date, hit.type_order, hit.pk] : [hit.date, hit.score, hit.type_order, hit.pk];

/**
 * `found`: every requested index's window of hits passing the filters, each scored relative to
 * the best hit of its own index among them. Materialized, so the page and every facet read it
 * and FTS5 runs each index's match once.
 */
export function foundTable(query: ParsedQuery, filters: Filters): Statement {
  const hits = hitsUnion(query, filters);
  return {
    sql: `found AS MATERIALIZED (
  SELECT type, type_order, pk, rowid, date, session, party,
    coalesce(raw / nullif(max(raw) OVER (PARTITION BY type), 0), 1) * boost AS score
  FROM (
  ${hits.sql}
  )
)`,
    binds: hits.binds,
  };
}

/** `limit` hits after the keyset, in the sort's order, from `found`. */
export function pageOfFound(sort: Sort, keyset: Keyset | undefined): Statement {
  const next = after(sort, keyset);
  return {
    sql: `SELECT type, type_order, pk, rowid, score, date, session, party FROM found WHERE ${next.sql} ORDER BY ${ORDER[sort]} LIMIT ?`,
    binds: next.binds,
  };
}

/**
 * The facet counts of `found`, as four terms of a compound SELECT: with the page's term, the
 * five that D1 allows in one.
 */
export const FACET_ROWS = `SELECT 'type' AS kind, type AS value, NULL AS pk, NULL AS rowid, NULL AS score, NULL AS date, NULL AS type_order,
    NULL AS session, NULL AS party, NULL AS label_en, NULL AS label_fr, count(*) AS n, NULL AS row
  FROM found GROUP BY type
UNION ALL SELECT 'party', found.party, NULL, NULL, NULL, NULL, NULL, NULL, NULL, p.short_name_en, p.short_name_fr, count(*), NULL
  FROM found LEFT JOIN parties p ON p.slug = found.party GROUP BY found.party
UNION ALL SELECT 'session', session, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*), NULL FROM found GROUP BY session
UNION ALL SELECT 'year', nullif(substr(date, 1, 4), ''), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*), NULL FROM found GROUP BY 2`;

/**
 * The page (`limit + 1` hits after the keyset, so the caller knows whether more follow) and the
 * facets of all the hits, as rows of one statement told apart by `kind`.
 */
export function pageAndFacets(query: ParsedQuery, filters: Filters, sort: Sort, keyset: Keyset | undefined, limit: number): Statement {
  const found = foundTable(query, filters);
  const page = pageOfFound(sort, keyset);
  const sql = `WITH ${found.sql}
SELECT 'hit' AS kind, type AS value, pk, rowid, score, date, type_order, session, party, NULL AS label_en, NULL AS label_fr, NULL AS n, NULL AS row
  FROM (${page.sql})
UNION ALL ${FACET_ROWS}`;
  return { sql, binds: [...found.binds, ...page.binds, limit + 1] };
}

/** A row of a page statement (here or page.ts): a hit, or a facet count; `row` is a hit read back, as JSON (page.ts). */
export interface PageRow {
  kind: "hit" | FacetRow["facet"];
  value: string | null;
  pk: number | null;
  rowid: number | null;
  score: number | null;
  date: string | null;
  type_order: number | null;
  session: string | null;
  party: string | null;
  label_en: string | null;
  label_fr: string | null;
  n: number | null;
  row: string | null;
}

/** A page of hits (`limit + 1` of them, when there are more) with the facet counts of them all. */
export async function readHits(db: D1Reader, query: ParsedQuery, filters: Filters, sort: Sort, keyset: Keyset | undefined, limit: number) {
  const statement = pageAndFacets(query, filters, sort, keyset, limit);
  const { results } = await db
    .prepare(statement.sql)
    .bind(...statement.binds)
    .all<PageRow>();
  return { hits: results.filter((r) => r.kind === "hit").map(hitOf), facets: facetRowsOf(results) };
}

export const hitOf = (row: PageRow): Hit => ({
  type: row.value as ResultType,
  pk: row.pk!,
  rowid: row.rowid!,
  score: row.score!,
  date: row.date ?? "",
  type_order: row.type_order!,
  session: row.session,
  party: row.party,
});

export const facetRowsOf = (rows: PageRow[]): FacetRow[] =>
  rows.flatMap((row) => (row.kind === "hit" ? [] : [{ facet: row.kind, value: row.value, label_en: row.label_en, label_fr: row.label_fr, n: row.n ?? 0 }]));
