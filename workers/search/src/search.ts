import { decodeCursor, encodeCursor, type CursorKey } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import { blended, type BlendCursor } from "./blend";
import type { SearchPage, SearchRequest } from "./request";
import { facetsOf, totalOf, totalRelationOf } from "./facets";
import { keysetOf, type Keyset, type Sort } from "./hits";
import { readPage } from "./page";
import { parseQuery, type ParsedQuery } from "#shared/search/query";
import type { Semantic } from "./semantic";
import type { D1Reader } from "#shared/db/index";

/**
 * A search, start to finish: parse the query, then read the page of results with their snippets,
 * the total and the facets in one statement (page.ts); or, when semantic search is bound, blend
 * (blend.ts).
 */

export interface SearchOutcome {
  page: SearchPage;
  query: ParsedQuery;
}

const badCursor = () =>
  new ProblemError(400, "The cursor is not one this API issued for this sort; start again without it.", {
    errors: [{ pointer: "query.cursor", detail: "invalid cursor" }],
  });

/** A keyset for the sort (`[score, date, type, id]` or `[date, score, type, id]`), or an offset in a blended window. */
function readCursor(cursor: string, sort: Sort): BlendCursor {
  let key: CursorKey;
  try {
    key = decodeCursor(cursor, 4);
  } catch {
    const blend = decodeCursor(cursor, 2);
    if (blend[0] === "blend" && typeof blend[1] === "number" && Number.isInteger(blend[1]) && blend[1] >= 0) return { blendOffset: blend[1] };
    throw badCursor();
  }
  const [a, b, order, pk] = key;
  const numeric = typeof order === "number" && typeof pk === "number";
  if (sort === "relevance" && typeof a === "number" && typeof b === "string" && numeric) return { keyset: [a, b, order, pk] };
  if (sort === "date" && typeof a === "string" && typeof b === "number" && numeric) return { keyset: [a, b, order, pk] };
  throw badCursor();
}

export async function search(db: D1Reader, semantic: Semantic | undefined, request: SearchRequest): Promise<SearchOutcome> {
  const query = parseQuery(request.q);
  const cursor = request.cursor === undefined ? undefined : readCursor(request.cursor, request.sort);
  // Semantic results rank by relevance, and only statements are embedded.
  if (semantic && request.sort === "relevance" && request.filters.types.includes("statement")) {
    return { page: await blended(db, semantic, query, request, cursor), query };
  }
  if (cursor && "blendOffset" in cursor) throw badCursor();
  return { page: await keywordPage(db, query, request, cursor?.keyset), query };
}

async function keywordPage(db: D1Reader, query: ParsedQuery, request: SearchRequest, keyset: Keyset | undefined): Promise<SearchPage> {
  const { results, last, more, facets } = await readPage(db, query, request.filters, request.sort, keyset, request.limit, request.display);
  return {
    data: results,
    facets: facetsOf(facets, request.display),
    pagination: {
      next_cursor: more && last ? encodeCursor(keysetOf(request.sort, last)) : null,
      limit: request.limit,
      total: totalOf(facets),
      total_relation: totalRelationOf(facets),
    },
    semantic: false,
  };
}
