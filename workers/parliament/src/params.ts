import { z } from "@hono/zod-openapi";
import { BALLOTS, BILL_STAGES, DIVISION_RESULTS, PROVINCES } from "#shared/db/civic";

/**
 * The request parameters routes share, validated here once so a malformed one is the same 400
 * everywhere (the service's `defaultHook` lists each bad field).
 */

const inQuery = (name: string, description: string, example?: string | number) => ({
  param: { name, in: "query" as const },
  description,
  ...(example === undefined ? {} : { example }),
});
const inPath = (name: string, description: string, example: string | number) => ({
  param: { name, in: "path" as const },
  description,
  example,
});

/** `44-1`: parliament number, dash, session number. */
const SESSION_CODE = /^[1-9]\d{0,2}-[1-9]\d?$/;
const sessionCode = () => z.string().regex(SESSION_CODE, "must be a session code such as 44-1");
export const SessionQuery = sessionCode().optional().openapi(inQuery("session", "Session code, e.g. `44-1`.", "44-1"));
export const sessionPath = (name = "session") => sessionCode().openapi(inPath(name, "Session code, e.g. `44-1`.", "44-1"));

/** ISO dates; `z.iso.date()` also refuses impossible days such as `2023-02-30`. */
export const IsoDate = z.iso.date("must be a date as YYYY-MM-DD");
export const DateFromQuery = IsoDate.optional().openapi(inQuery("date_from", "On or after this date (YYYY-MM-DD).", "2023-01-01"));
export const DateToQuery = IsoDate.optional().openapi(inQuery("date_to", "On or before this date (YYYY-MM-DD).", "2023-12-31"));

/** A `date_from` after `date_to` can match nothing: say so instead of answering an empty list. */
export function checkDateRange(query: { date_from?: string; date_to?: string }, ctx: z.RefinementCtx): void {
  if (query.date_from && query.date_to && query.date_from > query.date_to) {
    ctx.addIssue({ code: "custom", path: ["date_to"], message: "must not be before date_from" });
  }
}

/** Free-text filters: trimmed, never empty, bounded. Matched with LIKE (the search service does ranking). */
export const TextQuery = (description: string) =>
  z.string().trim().min(1, "must not be empty").max(100).optional().openapi(inQuery("q", description));

/**
 * A member as the API names them: a House of Commons person id (a Hansard `Affiliation DbId`
 * such as `278625`) or, for members known only from older sources, their slug.
 */
export const MemberId = z
  .string()
  .regex(/^(\d{1,10}|[A-Za-z0-9][A-Za-z0-9-]{0,99})$/, "must be a House of Commons person id or a member slug");
export const MemberIdPath = MemberId.openapi(
  inPath(
    "id",
    "House of Commons person id (any Hansard `Affiliation DbId` of the member, or their ourcommons.ca PersonId), or the member's slug.",
    "278625",
  ),
);

export const ProvinceQuery = z.enum(PROVINCES).optional().openapi(inQuery("province", "Two-letter province or territory code.", "ON"));
export const PartyQuery = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/, "must be a party slug")
  .optional()
  .openapi(inQuery("party", "Party slug (see `/parties`).", "liberal"));
export const BallotQuery = z.enum(BALLOTS).optional().openapi(inQuery("ballot", "Only this ballot: `yea`, `nay` or `paired`."));
export const BillStatusQuery = z.enum(BILL_STAGES).optional().openapi(inQuery("status", "Latest stage reached.", "royal_assent"));
export const ResultQuery = z.enum(DIVISION_RESULTS).optional().openapi(inQuery("result", "`passed`, `failed` or `tie`."));

/** `C-332`, `S-5`, `C-38A`; case-insensitive on the way in, upper-case in the database. */
const BILL_NUMBER = /^[A-Z]-\d{1,4}[A-Z]?$/;
const billNumber = () =>
  z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(BILL_NUMBER, "must be a bill number such as C-332"));
export const BillNumberPath = billNumber().openapi(inPath("number", "Bill number as printed, e.g. `C-332`.", "C-332"));
export const BillNumberQuery = billNumber()
  .optional()
  .openapi(inQuery("bill", "Bill number, e.g. `C-332` (in any session unless `session` is given).", "C-332"));

export const DivisionNumberPath = z.coerce
  .number()
  .int()
  .min(1)
  .max(100_000)
  .openapi(inPath("number", "Division number within the session.", 332));

export const Slug = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,99}$/, "must be a slug (lower-case letters, digits, - and _)");

export const BooleanQuery = (name: string, description: string) =>
  z
    .enum(["true", "false"], "must be true or false")
    .transform((v) => v === "true")
    .optional()
    .openapi(inQuery(name, description));
