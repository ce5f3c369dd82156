import type { Lang } from "#shared/http/lang";
import { matchFor, type Hit } from "./hits";
import type { ResultType } from "./indexes";
import type { ParsedQuery } from "#shared/search/query";
import { HYDRATIONS, type HitRef, type SearchResult } from "./results";

/** A hit in its place on a page. */
export interface Placed {
  hit: Hit;
  /** Found by the keyword match (so FTS5 can mark it), rather than by semantic search alone. */
  keyword: boolean;
  matched?: ("keyword" | "semantic")[];
}

/**
 * Reads a page of hits back as results, in the hits' order, with one query per type in one
 * batch. Keyword hits are read under the same MATCH expression they were found with, so FTS5
 * marks their matches in the snippets.
 */
export async function hydrate(db: D1Database, query: ParsedQuery, lang: Lang | undefined, display: Lang | undefined, placed: Placed[]): Promise<SearchResult[]> {
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
  const answers = await db.batch<Record<string, unknown>>(
    list.map((g) => {
      const hydration = HYDRATIONS[g.type];
      const ids = JSON.stringify(g.pks);
      return g.keyword ? db.prepare(hydration.sql(true)).bind(matchFor(g.type, query, lang), ids) : db.prepare(hydration.sql(false)).bind(ids);
    }),
  );
  const rows = new Map<string, Record<string, unknown>>();
  list.forEach((g, i) => {
    for (const row of answers[i]?.results ?? []) rows.set(`${g.type}:${g.keyword}:${row.id as number}`, row);
  });
  // A row deleted between the two queries (an ETL run) is left out rather than served half-read.
  return placed.flatMap(({ hit, keyword, matched }) => {
    const row = rows.get(`${hit.type}:${keyword}:${hit.pk}`);
    if (!row) return [];
    const ref: HitRef = { pk: hit.pk, score: hit.score, party: hit.party };
    const result = HYDRATIONS[hit.type].view(row, ref, display);
    return [matched ? { ...result, matched } : result];
  });
}
