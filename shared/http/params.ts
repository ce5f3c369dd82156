import { z } from "@hono/zod-openapi";

/**
 * The parameters more than one service takes (session codes, party slugs, member ids, ISO dates),
 * validated one way so a value one service accepts the others do too, with the same 400. Each
 * service describes the filters in its own params module, since what a party or a session
 * selects differs between them; the date range means the same everywhere and is here whole.
 */

export const inQuery = (name: string, description: string, example?: string | number) => ({
  param: { name, in: "query" as const },
  description,
  ...(example === undefined ? {} : { example }),
});
export const inPath = (name: string, description: string, example: string | number) => ({
  param: { name, in: "path" as const },
  description,
  example,
});

/** `44-1`: parliament number, dash, session number. */
export const SESSION_CODE = { pattern: /^[1-9]\d{0,2}-[1-9]\d?$/, message: "must be a session code such as 44-1" } as const;
export const SessionCode = z.string().regex(SESSION_CODE.pattern, SESSION_CODE.message);

/** A party as `/parties` names it. */
export const PartySlug = z.string().regex(/^[a-z0-9-]{1,60}$/, "must be a party slug");

/**
 * A member as the API names them: a House of Commons person id (a Hansard `Affiliation DbId`
 * such as `278625`) or, for members known only from older sources, their slug.
 */
export const MEMBER_ID = {
  pattern: /^(\d{1,10}|[A-Za-z0-9][A-Za-z0-9-]{0,99})$/,
  message: "must be a House of Commons person id or a member slug",
} as const;
export const MemberId = z.string().regex(MEMBER_ID.pattern, MEMBER_ID.message);

/** ISO dates; `z.iso.date()` also refuses impossible days such as `2023-02-30`. */
export const IsoDate = z.iso.date("must be a date as YYYY-MM-DD");
export const DateFromQuery = IsoDate.optional().openapi(inQuery("date_from", "On or after this date (YYYY-MM-DD).", "2023-01-01"));
export const DateToQuery = IsoDate.optional().openapi(inQuery("date_to", "On or before this date (YYYY-MM-DD).", "2023-12-31"));

/**
 * For `.superRefine` on a query with `date_from` and `date_to`: a `date_from` after `date_to` can
 * match nothing, so say so instead of answering an empty list.
 */
export function checkDateRange(query: { date_from?: string; date_to?: string }, ctx: z.RefinementCtx): void {
  if (query.date_from && query.date_to && query.date_from > query.date_to) {
    ctx.addIssue({ code: "custom", path: ["date_to"], message: "must not be before date_from" });
  }
}
