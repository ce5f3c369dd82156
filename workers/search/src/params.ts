import { z } from "@hono/zod-openapi";
import { LANGS } from "#shared/http/lang";
import { PageQuery } from "#shared/http/pagination";
import { inQuery, MemberId, PartySlug, SessionCode } from "#shared/http/params";
import { MAX_QUERY_LENGTH } from "#shared/search/query";
import { RESULT_TYPES, type ResultType } from "./indexes";

/**
 * The search parameters. The filters the parliament service takes too (session codes, party
 * slugs, member ids, ISO dates) are validated by `#shared/http/params`, so a value one accepts
 * the other does too; their descriptions here say what each selects among search results.
 */

export { checkDateRange, DateFromQuery, DateToQuery } from "#shared/http/params";

export const SearchText = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
  .openapi(
    inQuery(
      "q",
      'Words (all must match), `"exact phrases"`, `-excluded` words or phrases, and `OR` between alternatives. Accents are ' +
        "ignored (`economie` finds `économie`). Everything else is searched as text.",
      '"carbon tax" -rebate',
    ),
  );

export const TypesQuery = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(RESULT_TYPES, `must be one or more of ${RESULT_TYPES.join(", ")}, separated by commas`)).min(1, "must name a type"))
  .transform((types) => [...new Set(types)] as ResultType[])
  .optional()
  .openapi({ ...inQuery("type", `Only these kinds of result: ${RESULT_TYPES.join(", ")} (comma-separated).`, "statement,bill"), type: "string" });

export const SessionQuery = SessionCode.optional().openapi(inQuery("session", "Session code; only statements and bills have one.", "44-1"));

export const PartyQuery = PartySlug.optional().openapi(
  inQuery("party", "Party slug (see `/parties`): the speaker's party on the day, a bill sponsor's, a member's current one.", "liberal"),
);

export const MemberQuery = MemberId.optional().openapi(
  inQuery("member", "A member's House id or slug: their statements, the bills they sponsor, and the member.", "278625"),
);

export const SortQuery = z
  .enum(["relevance", "date"], "must be relevance or date")
  .default("relevance")
  .openapi(inQuery("sort", "`relevance` (best first, newest first among equals) or `date` (newest first, then by relevance)."));

/** `lang` on search is a filter as well as a display choice (`Accept-Language` is only the latter). */
export const SearchLangQuery = z
  .enum(LANGS, "must be en or fr")
  .optional()
  .openapi(
    inQuery(
      "lang",
      "Match only text in this language (names, numbers and districts match in either) and show titles and snippets in it. " +
        "Without it both languages match, and `Accept-Language` picks the language shown.",
    ),
  );

export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 100;

export const SearchLimitQuery = z.coerce
  .number()
  .int()
  .min(1)
  .max(SEARCH_MAX_LIMIT)
  .default(SEARCH_DEFAULT_LIMIT)
  .openapi(inQuery("limit", `Results per page (1–${SEARCH_MAX_LIMIT}).`, SEARCH_DEFAULT_LIMIT));

/** Search pages by the platform's cursor; only its page size differs from other lists. */
export const CursorQuery = PageQuery.shape.cursor;
