import { createRoute, z } from "@hono/zod-openapi";
import { and, count, eq, gte, lte, or } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { committeeMeetings, committees, documents, DOCUMENT_KINDS, members, statements } from "#shared/db/civic";
import { LangQuery, negotiateLang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import type { ParliamentApp } from "../context";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { requireMemberPk } from "#shared/civic/members-sql";
import { checkDateRange, DateFromQuery, DateToQuery, MemberIdPath, TextQuery } from "../params";
import { ok, problems } from "#shared/http/responses";
import { statementColumns, statementMemberJoin, StatementSchema, statementView } from "../statements-view";
import { contains } from "../text";

const MemberStatementSchema = StatementSchema.extend({
  document: z.object({
    kind: z.enum(DOCUMENT_KINDS).openapi({ description: "`debates` (a House sitting) or `evidence` (a committee meeting)." }),
    session: z.string(),
    number: z.number().int().openapi({ description: "Sitting or meeting number." }),
    committee: z.string().nullable().openapi({ description: "Committee slug, for evidence." }),
  }),
}).openapi("MemberStatement");

/** Latest first, and in transcript order backwards within a day. */
const ORDER: SortKey[] = [
  { expr: statements.date, dir: "desc" },
  { expr: statements.documentId, dir: "desc" },
  { expr: statements.sequence, dir: "desc" },
];

const route = createRoute({
  method: "get",
  path: "/api/v1/members/{id}/statements",
  tags: ["parliament"],
  summary: "What a member said",
  description:
    "The member's statements in the House and in committee, latest first. `q` matches part of the English or French text " +
    "(the search service ranks full-text queries). `{id}` as for `/members/{id}`.",
  request: {
    params: z.object({ id: MemberIdPath }),
    query: PageQuery.extend(LangQuery.shape)
      .extend({ q: TextQuery("Part of the statement's text, in either language."), date_from: DateFromQuery, date_to: DateToQuery })
      .superRefine(checkDateRange),
  },
  responses: { ...ok(pageOf(MemberStatementSchema).openapi("MemberStatementPage"), "A page of statements."), ...problems(400, 404) },
});

export function registerMemberStatements(app: ParliamentApp): void {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const { limit, cursor, lang, q, date_from, date_to } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const pk = await requireMemberPk(db, id);
    const filters = [
      eq(statements.memberId, pk),
      q ? or(contains(statements.textEn, q), contains(statements.textFr, q)) : undefined,
      date_from ? gte(statements.date, date_from) : undefined,
      date_to ? lte(statements.date, date_to) : undefined,
    ];
    const [[totals], rows] = await Promise.all([
      db
        .select({ total: count() })
        .from(statements)
        .where(and(...filters)),
      db
        .select({
          ...statementColumns,
          kind: documents.kind,
          session: documents.sessionCode,
          document_number: documents.number,
          committee: committees.slug,
        })
        .from(statements)
        .innerJoin(documents, eq(documents.id, statements.documentId))
        .leftJoin(members, statementMemberJoin)
        .leftJoin(committeeMeetings, eq(committeeMeetings.documentId, documents.id))
        .leftJoin(committees, eq(committees.id, committeeMeetings.committeeId))
        .where(and(...filters, after(ORDER, cursor)))
        .orderBy(...orderBy(ORDER))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (s) => [s.date, s.document_id, s.sequence],
      (s) => ({
        ...statementView(s, language),
        document: { kind: s.kind, session: s.session, number: s.document_number, committee: s.committee },
      }),
    );
    return c.json(page, 200);
  });
}
