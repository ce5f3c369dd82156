import { z } from "@hono/zod-openapi";
import { and, asc, count, eq, min, sql } from "drizzle-orm";
import type { CivicDb } from "#shared/db/index";
import { members, statements } from "#shared/db/civic";
import { localize, type Lang } from "#shared/http/lang";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { statementColumns, statementMemberJoin, statementView } from "./statements-view";

/**
 * A transcript (a House sitting's or a committee meeting's document): its topics and its
 * statements in order. Both sittings and meetings serve them the same way.
 */

export const TopicSchema = z
  .object({
    heading_en: z.string().nullable().openapi({ description: "Order of business, e.g. Government Orders." }),
    heading_fr: z.string().nullable(),
    subheading_en: z.string().nullable().openapi({ description: "Subject of business, e.g. Criminal Code." }),
    subheading_fr: z.string().nullable(),
    heading: z.string().nullable().optional(),
    subheading: z.string().nullable().optional(),
    first_sequence: z.number().int().openapi({ description: "Sequence of the first statement under this topic." }),
    statements: z.number().int(),
  })
  .openapi("Topic");

/** Each distinct heading/subheading pair, in the order it first comes up. */
export async function topicsOf(db: CivicDb, documentId: number, lang: Lang | undefined) {
  const rows = await db
    .select({
      heading_en: statements.headingEn,
      heading_fr: statements.headingFr,
      subheading_en: statements.subheadingEn,
      subheading_fr: statements.subheadingFr,
      first_sequence: min(statements.sequence).mapWith(Number),
      statements: count(),
    })
    .from(statements)
    .where(
      and(
        eq(statements.documentId, documentId),
        // Opening formalities carry no heading; they are not a topic.
        sql`coalesce(${statements.headingEn}, ${statements.headingFr}, ${statements.subheadingEn}, ${statements.subheadingFr}) is not null`,
      ),
    )
    .groupBy(statements.headingEn, statements.headingFr, statements.subheadingEn, statements.subheadingFr)
    .orderBy(asc(min(statements.sequence)));
  return rows.map((t) => localize({ ...t, first_sequence: t.first_sequence ?? 0 }, lang, ["heading", "subheading"]));
}

const ORDER: SortKey[] = [{ expr: statements.sequence, dir: "asc" }];

/** One page of a transcript's statements, in the order they were spoken. */
export async function statementsPage(db: CivicDb, documentId: number, page: { limit: number; cursor: string | undefined }, lang: Lang | undefined) {
  const [[totals], rows] = await Promise.all([
    db.select({ total: count() }).from(statements).where(eq(statements.documentId, documentId)),
    db
      .select(statementColumns)
      .from(statements)
      .leftJoin(members, statementMemberJoin)
      .where(and(eq(statements.documentId, documentId), after(ORDER, page.cursor)))
      .orderBy(...orderBy(ORDER))
      .limit(page.limit + 1),
  ]);
  return pageOfRows(
    rows,
    page.limit,
    totals?.total ?? 0,
    (s) => [s.sequence],
    (s) => statementView(s, lang),
  );
}
