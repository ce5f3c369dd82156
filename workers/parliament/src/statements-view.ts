import { z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import { bills, LANGUAGES, members, statementBills, statements } from "#shared/db/civic";
import { localize, type Lang } from "#shared/http/lang";
import { qualified } from "#shared/db/columns";
import { memberHouseId } from "#shared/civic/members-sql";
import { BillRefSchema, MemberRefSchema } from "./refs";
import { memberView } from "./views";

/**
 * One statement as every list of statements serves it (a sitting's, a committee meeting's, a
 * member's): speaker, headings, time and both texts, plus the bills it mentions.
 */

export const StatementSchema = z
  .object({
    id: z.number().int().openapi({ description: "Our statement id; stable once loaded." }),
    date: z.string(),
    sequence: z.number().int().openapi({ description: "Position in the transcript, from 1." }),
    time: z.string().nullable().openapi({ description: "Ottawa wall-clock time, HH:MM.", example: "14:05" }),
    speaker: z.object({
      member: MemberRefSchema.nullable().openapi({ description: "The member speaking, where known (not for witnesses, clerks…)." }),
      name_en: z.string().nullable(),
      name_fr: z.string().nullable(),
      context_en: z.string().nullable().openapi({ description: "Riding and party, or role, as printed." }),
      context_fr: z.string().nullable(),
      name: z.string().nullable().optional(),
      context: z.string().nullable().optional(),
    }),
    heading_en: z.string().nullable().openapi({ description: "Order of business, e.g. Government Orders." }),
    heading_fr: z.string().nullable(),
    subheading_en: z.string().nullable().openapi({ description: "Subject of business, e.g. Criminal Code." }),
    subheading_fr: z.string().nullable(),
    text_en: z.string().nullable(),
    text_fr: z.string().nullable(),
    heading: z.string().nullable().optional(),
    subheading: z.string().nullable().optional(),
    text: z.string().nullable().optional(),
    floor_language: z.enum(LANGUAGES).nullable().openapi({ description: "Language spoken; the other text is a translation." }),
    intervention_type: z.string().nullable(),
    procedural: z.boolean(),
    bills: z.array(BillRefSchema).openapi({ description: "Bills the statement mentions." }),
  })
  .openapi("Statement");
export type Statement = z.infer<typeof StatementSchema>;

/** Select these from `statements` left-joined to `members` on `statements.member_id`. */
export const statementColumns = {
  id: statements.id,
  document_id: statements.documentId,
  date: statements.date,
  sequence: statements.sequence,
  time: statements.time,
  member_id: memberHouseId,
  member_slug: members.slug,
  member_name: members.name,
  speaker_name_en: statements.speakerNameEn,
  speaker_name_fr: statements.speakerNameFr,
  speaker_context_en: statements.speakerContextEn,
  speaker_context_fr: statements.speakerContextFr,
  heading_en: statements.headingEn,
  heading_fr: statements.headingFr,
  subheading_en: statements.subheadingEn,
  subheading_fr: statements.subheadingFr,
  text_en: statements.textEn,
  text_fr: statements.textFr,
  floor_language: statements.floorLanguage,
  intervention_type: statements.interventionType,
  procedural: statements.procedural,
  bills_json: sql<string>`(select json_group_array(json_object('session', b.session_code, 'number', b.number))
    from ${statementBills} sb join ${bills} b on b.id = sb.bill_id where sb.statement_id = ${qualified(statements.id)})`,
};

export const statementMemberJoin = eq(members.id, statements.memberId);

/** A row selected with `statementColumns`. */
export interface StatementRow {
  id: number;
  date: string;
  sequence: number;
  time: string | null;
  member_id: number | null;
  member_slug: string | null;
  member_name: string | null;
  speaker_name_en: string | null;
  speaker_name_fr: string | null;
  speaker_context_en: string | null;
  speaker_context_fr: string | null;
  heading_en: string | null;
  heading_fr: string | null;
  subheading_en: string | null;
  subheading_fr: string | null;
  text_en: string | null;
  text_fr: string | null;
  floor_language: "en" | "fr" | null;
  intervention_type: string | null;
  procedural: boolean;
  bills_json: string;
}

export function statementView(row: StatementRow, lang: Lang | undefined): Statement {
  const speaker = localize(
    {
      member: memberView(row),
      name_en: row.speaker_name_en,
      name_fr: row.speaker_name_fr,
      context_en: row.speaker_context_en,
      context_fr: row.speaker_context_fr,
    },
    lang,
    ["name", "context"],
  );
  return localize(
    {
      id: row.id,
      date: row.date,
      sequence: row.sequence,
      time: row.time,
      speaker,
      heading_en: row.heading_en,
      heading_fr: row.heading_fr,
      subheading_en: row.subheading_en,
      subheading_fr: row.subheading_fr,
      text_en: row.text_en,
      text_fr: row.text_fr,
      floor_language: row.floor_language,
      intervention_type: row.intervention_type,
      procedural: row.procedural,
      bills: JSON.parse(row.bills_json) as { session: string; number: string }[],
    },
    lang,
    ["heading", "subheading", "text"],
  );
}
