import type { Lang } from "#shared/http/lang";
import { RESULT_TYPES, type ResultType } from "#shared/search/result-types";

/**
 * The five FTS5 indexes (migrations/civic/0001_search.sql) as the search service ranks them: the
 * columns in index order, their bm25 weights, which columns hold which language, and the SQL that
 * turns a match into a hit with the attributes every filter and facet reads.
 *
 * Column weights rank within an index: names, numbers, titles and headings outweigh body text
 * (bm25 already favours short fields; the weights say which short fields matter).
 *
 * Across indexes, raw bm25 scores do not compare: each index scores against its own statistics,
 * and a word that is rare among 4,000 statements is common among 100 bills (every bill number
 * holds `C`) or 4 committees (every name holds "Committee"), so a bill or committee the query
 * names outright would rank below passing mentions of it. A hit's score is therefore its bm25
 * relative to the best hit of its own index for the query (1 for the best), times its index's
 * `boost`: the member, bill or committee a query names best comes first, then the best
 * statements, and provincial and municipal representatives, the least central to this corpus,
 * rank a little lower.
 */

export { RESULT_TYPES, type ResultType };

export interface SearchIndex {
  type: ResultType;
  /** Orders types after score and date, so the order of results is total. */
  order: number;
  /** The score of the index's best hit for a query (see above). */
  boost: number;
  table: string;
  columns: { name: string; weight: number; lang?: Lang }[];
  /**
   * One hit per match, as the columns `type, type_order, pk, rowid, raw, date, session, party,
   * member_pk`: `rowid` is the match's row in the index (what snippets are read back by), `raw`
   * its `-bm25`. `date` is `''` when the type has none, so dates sort and compare without NULL
   * cases; `party` is the slug the facet and filter use.
   */
  hits: (bm25: string) => string;
  /**
   * The index's rowids are search keys in date order (yyyymmdd × 10^8 + id, see
   * migrations/civic/0002_search_window.sql): newest first is `rowid DESC`, and a date range is
   * a range of rowids that FTS5 applies inside the index.
   */
  dateKeyed?: boolean;
}

/**
 * How many of an index's matches a search reads: the newest this many that pass the filters.
 * Relevance ranks them, facets and the total count them. A word said in half a million
 * statements would otherwise be scored, joined and counted half a million times (seconds) to
 * serve twenty results; a query this broad is answered from its most recent matches, says its
 * total is a lower bound, and is narrowed by filters (a date range reaches any period) or
 * ordered by date. Queries with fewer matches are ranked and counted exactly.
 */
export const SEARCH_WINDOW = 2000;

/** The first and last search keys of a date range (see `dateKeyed`). */
export function searchKeyRange(from: string | undefined, to: string | undefined): [number, number] {
  const day = (date: string) => Number(date.slice(0, 10).replaceAll("-", ""));
  return [from ? day(from) * 1e8 : 0, to ? day(to) * 1e8 + 99_999_999 : Number.MAX_SAFE_INTEGER];
}

/** The member's party on a date (the latest term begun by then); any term when the date is unknown. */
const partyOn = (member: string, date: string) => `(SELECT p.slug FROM member_terms t JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = ${member} AND (${date} IS NULL OR t.start_date <= ${date})
      ORDER BY t.start_date DESC, t.id DESC LIMIT 1)`;

/** The member's party now: the open term, else the latest. */
const currentParty = (member: string) => `(SELECT p.slug FROM member_terms t JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = ${member} ORDER BY t.end_date IS NULL DESC, t.start_date DESC, t.id DESC LIMIT 1)`;

export const INDEXES: Record<ResultType, SearchIndex> = {
  statement: {
    type: "statement",
    order: 1,
    boost: 1,
    table: "statements_fts",
    columns: [
      { name: "speaker_name_en", weight: 2, lang: "en" },
      { name: "speaker_name_fr", weight: 2, lang: "fr" },
      { name: "heading_en", weight: 1.5, lang: "en" },
      { name: "heading_fr", weight: 1.5, lang: "fr" },
      { name: "subheading_en", weight: 3, lang: "en" },
      { name: "subheading_fr", weight: 3, lang: "fr" },
      { name: "text_en", weight: 1, lang: "en" },
      { name: "text_fr", weight: 1, lang: "fr" },
    ],
    // statement_search holds what filters and facets read, so a match costs one key look-up.
    hits: (bm25) => `SELECT 'statement' AS type, 1 AS type_order, ss.statement_id AS pk, statements_fts.rowid AS rowid, -${bm25} AS raw,
      ss.date AS date, ss.session_code AS session, ss.party AS party, ss.member_id AS member_pk
    FROM statements_fts CROSS JOIN statement_search ss ON ss.key = statements_fts.rowid
    WHERE statements_fts MATCH ?`,
    dateKeyed: true,
  },
  bill: {
    type: "bill",
    order: 2,
    boost: 1.25,
    table: "bills_fts",
    columns: [
      { name: "number", weight: 10 },
      { name: "short_title_en", weight: 5, lang: "en" },
      { name: "short_title_fr", weight: 5, lang: "fr" },
      { name: "long_title_en", weight: 3, lang: "en" },
      { name: "long_title_fr", weight: 3, lang: "fr" },
    ],
    hits: (bm25) => `SELECT 'bill' AS type, 2 AS type_order, b.id AS pk, bills_fts.rowid AS rowid, -${bm25} AS raw,
      ifnull(coalesce(b.introduced_date, b.status_date), '') AS date, b.session_code AS session,
      ${partyOn("b.sponsor_member_id", "coalesce(b.introduced_date, b.status_date)")} AS party, b.sponsor_member_id AS member_pk
    FROM bills_fts CROSS JOIN bills b ON b.id = bills_fts.rowid
    WHERE bills_fts MATCH ?`,
  },
  member: {
    type: "member",
    order: 3,
    boost: 1.3,
    table: "members_fts",
    columns: [{ name: "name", weight: 8 }],
    hits: (bm25) => `SELECT 'member' AS type, 3 AS type_order, m.id AS pk, members_fts.rowid AS rowid, -${bm25} AS raw,
      '' AS date, NULL AS session, ${currentParty("m.id")} AS party, m.id AS member_pk
    FROM members_fts CROSS JOIN members m ON m.id = members_fts.rowid
    WHERE members_fts MATCH ?`,
  },
  committee: {
    type: "committee",
    order: 4,
    boost: 1.2,
    table: "committees_fts",
    columns: [
      { name: "acronym", weight: 6 },
      { name: "name_en", weight: 4, lang: "en" },
      { name: "name_fr", weight: 4, lang: "fr" },
    ],
    hits: (bm25) => `SELECT 'committee' AS type, 4 AS type_order, c.id AS pk, committees_fts.rowid AS rowid, -${bm25} AS raw,
      '' AS date, NULL AS session, NULL AS party, NULL AS member_pk
    FROM committees_fts CROSS JOIN committees c ON c.id = committees_fts.rowid
    WHERE committees_fts MATCH ?`,
  },
  representative: {
    type: "representative",
    order: 5,
    boost: 0.8,
    table: "representatives_fts",
    columns: [
      { name: "name", weight: 3 },
      { name: "district_name", weight: 1.5 },
      { name: "elected_office", weight: 0.5 },
      { name: "party_name", weight: 0.5 },
    ],
    hits: (bm25) => `SELECT 'representative' AS type, 5 AS type_order, r.id AS pk, representatives_fts.rowid AS rowid, -${bm25} AS raw,
      '' AS date, NULL AS session, NULL AS party, NULL AS member_pk
    FROM representatives_fts CROSS JOIN representatives r ON r.id = representatives_fts.rowid
    WHERE representatives_fts MATCH ?`,
  },
};

/** `bm25(table, w1, w2, …)` with the index's column weights. */
export const bm25Of = (index: SearchIndex): string => `bm25(${index.table}, ${index.columns.map((c) => c.weight.toFixed(1)).join(", ")})`;

/**
 * The columns a query in `lang` must match in, or undefined for all. Language-neutral columns
 * (names, numbers, districts) stay searchable in either language.
 */
export function languageColumns(index: SearchIndex, lang: Lang | undefined): string[] | undefined {
  if (!lang || index.columns.every((c) => !c.lang)) return undefined;
  return index.columns.filter((c) => !c.lang || c.lang === lang).map((c) => c.name);
}
