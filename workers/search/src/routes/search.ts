import { createRoute, z } from "@hono/zod-openapi";
import { afterResponse } from "#shared/http/after-response";
import { negotiateLang } from "#shared/http/lang";
import { ok, problems } from "#shared/http/responses";
import { logSearch } from "../analytics";
import type { SearchApp } from "../context";
import { RESULT_TYPES } from "../indexes";
import {
  checkDateRange,
  CursorQuery,
  DateFromQuery,
  DateToQuery,
  MemberQuery,
  PartyQuery,
  SearchLangQuery,
  SearchLimitQuery,
  SearchText,
  SessionQuery,
  SortQuery,
  TypesQuery,
} from "../params";
import { normalizeQuery } from "#shared/search/query";
import { SearchPageSchema } from "../request";
import { search } from "../search";
import { semanticOf } from "../semantic";
import { nearestReplica } from "#shared/db/index";

const route = createRoute({
  method: "get",
  path: "/api/v1/search",
  tags: ["search"],
  summary: "Search statements, bills, members, committees and representatives",
  description:
    "Full-text search over everything said in the House and in committee (both languages), bills, members, committees and " +
    "provincial and municipal representatives, by relevance (newer first among equals) or by date with `sort=date`. Each " +
    "result has a title, an API link and an HTML snippet with the matches in `<mark>`; `facets` count every result by " +
    "type, party, session and year for the same query and filters. Relevance is each index's weighted bm25 (names, " +
    "numbers, titles and headings above body text) relative to that index's best match, times a per-type weight, so the " +
    "member, bill or committee a query names comes first. When a Vectorize index is bound, the first results blend " +
    "semantic matches in by reciprocal rank fusion.",
  request: {
    query: z
      .object({
        q: SearchText,
        type: TypesQuery,
        session: SessionQuery,
        party: PartyQuery,
        member: MemberQuery,
        date_from: DateFromQuery,
        date_to: DateToQuery,
        sort: SortQuery,
        limit: SearchLimitQuery,
        cursor: CursorQuery,
        lang: SearchLangQuery,
      })
      .superRefine(checkDateRange),
  },
  responses: { ...ok(SearchPageSchema, "A page of results, with facets and the total."), ...problems(400) },
});

export function registerSearch(app: SearchApp): void {
  app.openapi(route, async (c) => {
    const started = performance.now();
    const params = c.req.valid("query");
    const display = negotiateLang(c, params.lang);
    const filters = {
      types: params.type ?? [...RESULT_TYPES],
      session: params.session,
      party: params.party,
      member: params.member,
      dateFrom: params.date_from,
      dateTo: params.date_to,
      lang: params.lang,
    };
    const semantic = semanticOf(c.env);
    // Results a few seconds behind the primary are fine for a search: any replica may answer.
    const { page, query } = await search(nearestReplica(c.env.CIVIC), semantic, {
      q: params.q,
      filters,
      sort: params.sort,
      limit: params.limit,
      cursor: params.cursor,
      display,
    });
    if (params.cursor === undefined) {
      const logged = Object.fromEntries(
        Object.entries({
          type: params.type?.join(","),
          session: params.session,
          party: params.party,
          member: params.member,
          date_from: params.date_from,
          date_to: params.date_to,
          lang: params.lang,
          sort: params.sort === "relevance" ? undefined : params.sort,
        }).filter((e): e is [string, string] => e[1] !== undefined),
      );
      const search = {
        query: normalizeQuery(query),
        filters: logged,
        results: page.pagination.total ?? 0,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
        semantic: page.semantic,
      };
      const pending = afterResponse(c, () => logSearch(c.env.PLATFORM, search));
      if (pending) await pending;
    }
    return c.json(page, 200);
  });
}
