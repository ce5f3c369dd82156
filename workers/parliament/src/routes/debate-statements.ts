import { createRoute } from "@hono/zod-openapi";
import { civicDb } from "#shared/db/index";
import { LangQuery, negotiateLang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import type { ParliamentApp } from "../context";
import { ok, problems } from "#shared/http/responses";
import { requireSitting, sittingDateParams } from "../sittings";
import { StatementSchema } from "../statements-view";
import { statementsPage } from "../transcripts";

const route = createRoute({
  method: "get",
  path: "/api/v1/debates/{date}/statements",
  tags: ["parliament"],
  summary: "What was said at a House sitting",
  description:
    "The sitting's statements in the order they were spoken: speaker (with the member where known), heading, time and " +
    "text in both languages; `?lang=` adds the chosen one as `text`, `heading`, `subheading`.",
  request: { params: sittingDateParams, query: PageQuery.extend(LangQuery.shape) },
  responses: { ...ok(pageOf(StatementSchema).openapi("StatementPage"), "A page of statements."), ...problems(400, 404) },
});

export function registerDebateStatements(app: ParliamentApp): void {
  app.openapi(route, async (c) => {
    const { date } = c.req.valid("param");
    const { limit, cursor, lang } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const sitting = await requireSitting(db, date);
    return c.json(await statementsPage(db, sitting.id, { limit, cursor }, language), 200);
  });
}
