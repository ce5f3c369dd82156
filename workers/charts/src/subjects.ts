import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { divisionColumns } from "#shared/civic/divisions-sql";
import { DIVISION_RESULTS, divisions, sessions } from "#shared/db/civic";
import type { CivicDb } from "#shared/db/index";
import type { Lang } from "#shared/http/lang";
import { MissingSubject } from "./kind";

/** What charts name: a session or a division, found or answered with the 404 a caller should see. */

export const SessionRefSchema = z
  .object({ code: z.string().openapi({ example: "44-1" }), name_en: z.string(), name_fr: z.string().nullable() })
  .openapi("ChartSession");
export type SessionRef = z.infer<typeof SessionRefSchema>;

export async function requireSession(db: CivicDb, code: string): Promise<SessionRef> {
  const [session] = await db.select({ code: sessions.code, name_en: sessions.nameEn, name_fr: sessions.nameFr }).from(sessions).where(eq(sessions.code, code));
  if (!session) throw new MissingSubject("session", `No session with code ${code}.`);
  return session;
}

export const DivisionRefSchema = z
  .object({
    session: z.string().openapi({ example: "44-1" }),
    number: z.number().int().openapi({ example: 332 }),
    date: z.string(),
    description_en: z.string().nullable(),
    description_fr: z.string().nullable(),
    result: z.enum(DIVISION_RESULTS),
    yea_total: z.number().int().openapi({ description: "As printed in the Hansard." }),
    nay_total: z.number().int(),
    paired_total: z.number().int(),
  })
  .openapi("ChartDivision");
export type DivisionRef = z.infer<typeof DivisionRefSchema>;

export async function requireDivision(db: CivicDb, session: string, number: number): Promise<DivisionRef & { id: number }> {
  const [division] = await db
    .select({ id: divisions.id, ...divisionColumns })
    .from(divisions)
    .where(and(eq(divisions.sessionCode, session), eq(divisions.number, number)));
  if (!division) {
    // Name the parameter that is wrong: a session that does not exist, or a number it lacks.
    await requireSession(db, session);
    throw new MissingSubject("number", `No vote ${number} in session ${session}.`);
  }
  return division;
}

/** A session's name in the reader's language, falling back to English, then to its code. */
export const sessionName = (session: SessionRef, lang: Lang): string => (lang === "fr" && session.name_fr) || session.name_en;
