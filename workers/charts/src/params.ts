import { z } from "@hono/zod-openapi";
import { inQuery, MEMBER_ID, SESSION_CODE } from "#shared/http/params";
import { ProblemError } from "#shared/http/problem";
import { MAX_QUERY_LENGTH, parseQuery } from "#shared/search/query";

/**
 * The parameters chart kinds take, accepting exactly what the parliament and search services
 * accept for the same things (session codes, division numbers, member ids, search queries), so
 * an id that works there works here. Each says plainly when it is missing, since charts need
 * theirs, and the same schemas validate a query string and a saved chart's JSON body.
 */

/** Zod's message for a missing value would be about types; say what is wrong instead. */
const required = (otherwise: string) => (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : otherwise);

export const SessionParam = z
  .string({ error: required(SESSION_CODE.message) })
  .regex(SESSION_CODE.pattern, SESSION_CODE.message)
  .openapi(inQuery("session", "Session code, e.g. `44-1`.", "44-1"));

/** A number in the query string arrives as text, in a JSON body as a number; both are read. */
export const DivisionNumberParam = z
  .preprocess(
    (v) => (typeof v === "string" && /^\d{1,6}$/.test(v) ? Number(v) : v),
    z
      .number({ error: required("must be a division number such as 332") })
      .int("must be a division number such as 332")
      .min(1, "must be a division number such as 332")
      .max(100_000, "must be a division number such as 332"),
  )
  .openapi({ ...inQuery("number", "Division number within the session.", 332), type: "integer" });

export const MemberParam = z
  .string({ error: required(MEMBER_ID.message) })
  .regex(MEMBER_ID.pattern, MEMBER_ID.message)
  .openapi(
    inQuery(
      "member",
      "House of Commons person id (any Hansard `Affiliation DbId` of the member, or their ourcommons.ca PersonId), or the member's slug, as `/members/{id}` takes it.",
      "278625",
    ),
  );

export const SearchQueryParam = z
  .string({ error: required("must be a search query") })
  .trim()
  .min(1, "must not be empty")
  .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
  .superRefine((q, ctx) => {
    // A query the search parser cannot make a search of fails here, naming the field it came in;
    // one already refused for its length is not read again.
    if (q.length === 0 || q.length > MAX_QUERY_LENGTH) return;
    try {
      parseQuery(q);
    } catch (err) {
      if (!(err instanceof ProblemError)) throw err;
      ctx.addIssue({ code: "custom", message: err.extra.errors?.[0]?.detail ?? err.detail });
    }
  })
  .openapi(
    inQuery(
      "q",
      'Search query, as `/search` reads it: words (all must match), `"exact phrases"`, `-excluded` words or phrases, and `OR` between ' +
        "alternatives; accents are ignored.",
      '"carbon tax"',
    ),
  );
