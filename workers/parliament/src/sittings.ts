import { z } from "@hono/zod-openapi";
import { and, asc, eq } from "drizzle-orm";
import type { CivicDb } from "#shared/db/index";
import { documents } from "#shared/db/civic";
import { ProblemError } from "#shared/http/problem";
import { IsoDate } from "./params";

/** `/debates/{date}`: a House sitting by its day. */
export const sittingDateParams = z.object({
  date: IsoDate.openapi({ param: { name: "date", in: "path" }, description: "Day of the sitting (YYYY-MM-DD).", example: "2023-05-18" }),
});

/** The House sitting of a day (the lowest-numbered, should a day ever hold two), or a 404. */
export async function requireSitting(db: CivicDb, date: string) {
  const [sitting] = await db
    .select({
      id: documents.id,
      date: documents.date,
      session: documents.sessionCode,
      number: documents.number,
      source_url_en: documents.sourceUrlEn,
      source_url_fr: documents.sourceUrlFr,
    })
    .from(documents)
    .where(and(eq(documents.kind, "debates"), eq(documents.date, date)))
    .orderBy(asc(documents.number))
    .limit(1);
  if (!sitting) throw new ProblemError(404, `No House sitting on ${date}.`);
  return sitting;
}
