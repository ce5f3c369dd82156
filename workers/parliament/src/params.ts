import { z } from "@hono/zod-openapi";
import { BALLOTS, BILL_STAGES, DIVISION_RESULTS, PROVINCES } from "#shared/db/civic";
import { inPath, inQuery, MemberId, PartySlug, SessionCode } from "#shared/http/params";

/**
 * The request parameters routes share, validated here once so a malformed one is the same 400
 * everywhere (the service's `defaultHook` lists each bad field). Those the search service takes
 * too are defined in `#shared/http/params`; the routes import them from here all the same.
 */

export { checkDateRange, DateFromQuery, DateToQuery, IsoDate, MemberId } from "#shared/http/params";

export const SessionQuery = SessionCode.optional().openapi(inQuery("session", "Session code, e.g. `44-1`.", "44-1"));
export const sessionPath = (name = "session") => SessionCode.openapi(inPath(name, "Session code, e.g. `44-1`.", "44-1"));

/** Free-text filters: trimmed, never empty, bounded. Matched with LIKE (the search service does ranking). */
export const TextQuery = (description: string) => z.string().trim().min(1, "must not be empty").max(100).optional().openapi(inQuery("q", description));

export const MemberIdPath = MemberId.openapi(
  inPath("id", "House of Commons person id (any Hansard `Affiliation DbId` of the member, or their ourcommons.ca PersonId), or the member's slug.", "278625"),
);

export const ProvinceQuery = z
  .enum(PROVINCES)
  .optional()
  .openapi(inQuery("province", "Two-letter province or territory code.", "ON"));
export const PartyQuery = PartySlug.optional().openapi(inQuery("party", "Party slug (see `/parties`).", "liberal"));
export const BallotQuery = z.enum(BALLOTS).optional().openapi(inQuery("ballot", "Only this ballot: `yea`, `nay` or `paired`."));
export const BillStatusQuery = z
  .enum(BILL_STAGES)
  .optional()
  .openapi(inQuery("status", "Latest stage reached.", "royal_assent"));
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
