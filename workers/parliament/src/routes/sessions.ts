import { createRoute, z } from "@hono/zod-openapi";
import { and, count, eq } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { bills, divisions, documents, sessions } from "#shared/db/civic";
import { LangQuery, localize, negotiateLang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import type { ParliamentApp } from "../context";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { sessionPath } from "../params";
import { ok, problems } from "#shared/http/responses";

const SessionSchema = z
  .object({
    code: z.string().openapi({ example: "44-1" }),
    parliament_number: z.number().int(),
    session_number: z.number().int(),
    name_en: z.string(),
    name_fr: z.string().nullable(),
    name: z.string().nullable().optional(),
    start_date: z.string().nullable().openapi({ description: "Null where no source gives it (the Hansard names sessions, not their dates)." }),
    end_date: z.string().nullable().openapi({ description: "Null while the session is open, or when unknown." }),
  })
  .openapi("Session");

const SessionDetailSchema = SessionSchema.extend({
  counts: z.object({ bills: z.number().int(), divisions: z.number().int(), sittings: z.number().int() }),
}).openapi("SessionDetail");

const columns = {
  code: sessions.code,
  parliament_number: sessions.parliamentNumber,
  session_number: sessions.sessionNumber,
  name_en: sessions.nameEn,
  name_fr: sessions.nameFr,
  start_date: sessions.startDate,
  end_date: sessions.endDate,
};

/** Newest first: the session citizens care about leads. */
const ORDER: SortKey[] = [
  { expr: sessions.parliamentNumber, dir: "desc" },
  { expr: sessions.sessionNumber, dir: "desc" },
];

const list = createRoute({
  method: "get",
  path: "/api/v1/sessions",
  tags: ["parliament"],
  summary: "Sessions of Parliament",
  description: "Every session, newest first, with its parliament and session numbers and dates.",
  request: { query: PageQuery.extend(LangQuery.shape) },
  responses: { ...ok(pageOf(SessionSchema).openapi("SessionPage"), "A page of sessions."), ...problems(400) },
});

const detail = createRoute({
  method: "get",
  path: "/api/v1/sessions/{code}",
  tags: ["parliament"],
  summary: "One session",
  description: "A session by its code (`44-1`), with how many bills, divisions and House sittings it has.",
  request: { params: z.object({ code: sessionPath("code") }), query: LangQuery },
  responses: { ...ok(SessionDetailSchema, "The session."), ...problems(400, 404) },
});

export function registerSessions(app: ParliamentApp): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, lang } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const [[totals], rows] = await Promise.all([
      db.select({ total: count() }).from(sessions),
      db
        .select(columns)
        .from(sessions)
        .where(after(ORDER, cursor))
        .orderBy(...orderBy(ORDER))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (s) => [s.parliament_number, s.session_number],
      (s) => localize(s, language, ["name"]),
    );
    return c.json(page, 200);
  });

  app.openapi(detail, async (c) => {
    const { code } = c.req.valid("param");
    const language = negotiateLang(c, c.req.valid("query").lang);
    const db = civicDb(c.env.CIVIC);
    const [[session], [billCount], [divisionCount], [sittingCount]] = await Promise.all([
      db.select(columns).from(sessions).where(eq(sessions.code, code)),
      db.select({ n: count() }).from(bills).where(eq(bills.sessionCode, code)),
      db.select({ n: count() }).from(divisions).where(eq(divisions.sessionCode, code)),
      db
        .select({ n: count() })
        .from(documents)
        .where(and(eq(documents.sessionCode, code), eq(documents.kind, "debates"))),
    ]);
    if (!session) throw new ProblemError(404, `No session with code ${code}.`);
    const counts = { bills: billCount?.n ?? 0, divisions: divisionCount?.n ?? 0, sittings: sittingCount?.n ?? 0 };
    return c.json({ ...localize(session, language, ["name"]), counts }, 200);
  });
}
