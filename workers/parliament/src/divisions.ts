import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import type { CivicDb } from "#shared/db/index";
import { divisions } from "#shared/db/civic";
import { ProblemError } from "#shared/http/problem";
import { DivisionNumberPath, sessionPath } from "./params";

/** `/votes/{session}/{number}`: a division by session code and division number. */
export const divisionPathParams = z.object({ session: sessionPath(), number: DivisionNumberPath });

/** The division's primary key, or the 404 a caller should see. */
export async function requireDivision(db: CivicDb, session: string, number: number): Promise<number> {
  const [division] = await db
    .select({ id: divisions.id })
    .from(divisions)
    .where(and(eq(divisions.sessionCode, session), eq(divisions.number, number)));
  if (!division) throw new ProblemError(404, `No vote ${number} in session ${session}.`);
  return division.id;
}
