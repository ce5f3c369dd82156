import { encodeCursor } from "#shared/http/pagination";
import { facetsOf, totalOf, totalRelationOf } from "./facets";
import { filterClause, keysetOf, matchFor, readHits, type FacetRow, type Filters, type Hit, type Keyset } from "./hits";
import { hydrate, type Placed } from "./hydrate";
import type { ResultType } from "./indexes";
import type { ParsedQuery } from "#shared/search/query";
import { reciprocalRankFusion } from "./rrf";
import type { SearchPage, SearchRequest } from "./request";
import { nearestStatements, type Semantic } from "./semantic";
import type { D1Reader } from "#shared/db/index";

/**
 * Keyword and semantic results blended. The first results are fused: the keyword top
 * `BLEND_WINDOW` and the semantic top `BLEND_WINDOW` that pass the filters, ranked by RRF and
 * paged by offset. Past that window, pages continue in keyword order after the window's last
 * keyword hit; a semantic hit that the keyword query matches below the window keeps its keyword
 * place. Walking every page therefore serves each result exactly once, and every page counts
 * the results semantic search adds in its total and facets.
 */

/** How many keyword and semantic results the fusion ranks. */
export const BLEND_WINDOW = 50;

const keyOf = (type: ResultType, pk: number) => `${type}:${pk}`;

/** Where a blended page starts: an offset in the fused window, or a keyset past it. */
export type BlendCursor = { keyset: Keyset } | { blendOffset: number };

export async function blended(
  db: D1Reader,
  semantic: Semantic,
  query: ParsedQuery,
  request: SearchRequest,
  cursor: BlendCursor | undefined,
): Promise<SearchPage> {
  const keyset = cursor && "keyset" in cursor ? cursor.keyset : undefined;
  const [keyword, nearest] = await Promise.all([
    readHits(db, query, request.filters, "relevance", keyset, keyset ? request.limit : BLEND_WINDOW),
    nearestStatements(semantic, request.q, BLEND_WINDOW),
  ]);
  const extras = await semanticOnly(db, query, request.filters, nearest ?? []);
  const semanticKeys = new Set((nearest ?? []).map((pk) => keyOf("statement", pk)));

  let served: Placed[];
  let next_cursor: string | null;
  if (keyset) {
    served = keyword.hits.slice(0, request.limit).map((hit) => ({
      hit,
      keyword: true,
      matched: semanticKeys.has(keyOf(hit.type, hit.pk)) ? ["keyword", "semantic"] : ["keyword"],
    }));
    const last = served[served.length - 1];
    next_cursor = keyword.hits.length > request.limit && last ? encodeCursor(keysetOf("relevance", last.hit)) : null;
  } else {
    const offset = cursor && "blendOffset" in cursor ? cursor.blendOffset : 0;
    const top = keyword.hits.slice(0, BLEND_WINDOW);
    const inTop = new Set(top.map((h) => keyOf(h.type, h.pk)));
    const extraPks = new Set(extras.map((e) => e.pk));
    const semanticRanking = (nearest ?? []).filter((pk) => inTop.has(keyOf("statement", pk)) || extraPks.has(pk)).map((pk) => keyOf("statement", pk));
    const byKey = new Map<string, Hit>([...top.map((h) => [keyOf(h.type, h.pk), h] as const), ...extras.map((e) => [keyOf("statement", e.pk), e] as const)]);
    const window: Placed[] = reciprocalRankFusion([top.map((h) => keyOf(h.type, h.pk)), semanticRanking]).map(({ key, score, ranks }) => ({
      hit: { ...byKey.get(key)!, score },
      keyword: ranks[0] !== null,
      matched: [...(ranks[0] !== null ? ["keyword" as const] : []), ...(ranks[1] !== null ? ["semantic" as const] : [])],
    }));
    served = window.slice(offset, offset + request.limit);
    const end = offset + served.length;
    const lastKeyword = top[top.length - 1];
    next_cursor =
      end < window.length
        ? encodeCursor(["blend", end])
        : keyword.hits.length > BLEND_WINDOW && lastKeyword
          ? encodeCursor(keysetOf("relevance", lastKeyword))
          : null;
  }

  const facetRows: FacetRow[] = [
    ...keyword.facets,
    ...extras.flatMap((e): FacetRow[] => [
      { facet: "type", value: "statement", label_en: null, label_fr: null, n: 1 },
      { facet: "party", value: e.party, label_en: e.party_en, label_fr: e.party_fr, n: 1 },
      { facet: "session", value: e.session, label_en: null, label_fr: null, n: 1 },
      { facet: "year", value: e.date.slice(0, 4) || null, label_en: null, label_fr: null, n: 1 },
    ]),
  ];
  return {
    data: await hydrate(db, query, request.filters.lang, request.display, served),
    facets: facetsOf(facetRows, request.display),
    pagination: { next_cursor, limit: request.limit, total: totalOf(keyword.facets) + extras.length, total_relation: totalRelationOf(keyword.facets) },
    semantic: nearest !== undefined,
  };
}

interface Extra extends Hit {
  party_en: string | null;
  party_fr: string | null;
}

/**
 * Semantic hits the keyword query does not match, that pass every filter: the results semantic
 * search adds, in semantic order. Read with the same filter SQL as keyword hits.
 */
async function semanticOnly(db: D1Reader, query: ParsedQuery, filters: Filters, pks: number[]): Promise<Extra[]> {
  if (pks.length === 0) return [];
  const where = filterClause(filters);
  const spoken = filters.lang ? `AND s.text_${filters.lang === "fr" ? "fr" : "en"} <> ''` : "";
  const { results } = await db
    .prepare(
      `SELECT found.*, p.short_name_en AS party_en, p.short_name_fr AS party_fr FROM (
         SELECT 'statement' AS type, 1 AS type_order, s.id AS pk, ss.key AS rowid, 0 AS score, ss.date AS date, ss.session_code AS session,
           ss.party AS party, ss.member_id AS member_pk
         FROM statements s JOIN statement_search ss ON ss.statement_id = s.id
         WHERE s.id IN (SELECT value FROM json_each(?)) ${spoken}
           AND NOT EXISTS (SELECT 1 FROM statements_fts WHERE statements_fts MATCH ? AND statements_fts.rowid = ss.key)
       ) found LEFT JOIN parties p ON p.slug = found.party
       WHERE ${where.sql}`,
    )
    .bind(JSON.stringify(pks), matchFor("statement", query, filters.lang), ...where.binds)
    .all<Extra>();
  const order = new Map(pks.map((pk, i) => [pk, i]));
  return results.sort((a, b) => order.get(a.pk)! - order.get(b.pk)!);
}
