import { z } from "@hono/zod-openapi";
import { PROVINCES } from "#shared/db/civic";

/**
 * The short forms of one resource embedded in another (a member's party, a ballot's member),
 * declared once so every route documents and serves them the same way. Plain `name`/`short_name`
 * appear only when a language was chosen (see shared/http/lang.ts).
 */

const localized = { description: "The `_en` or `_fr` value for the language chosen with `?lang=` or `Accept-Language`." };

export const PartyRefSchema = z
  .object({
    slug: z.string().openapi({ example: "liberal" }),
    name_en: z.string(),
    name_fr: z.string().nullable(),
    short_name_en: z.string(),
    short_name_fr: z.string().nullable(),
    name: z.string().nullable().optional().openapi(localized),
    short_name: z.string().nullable().optional().openapi(localized),
  })
  .openapi("PartyRef");
export type PartyRef = z.infer<typeof PartyRefSchema>;

export const RidingRefSchema = z
  .object({
    edid: z.number().int().nullable().openapi({ example: 59038 }),
    slug: z.string(),
    name_en: z.string(),
    name_fr: z.string().nullable(),
    province: z.enum(PROVINCES),
    name: z.string().nullable().optional().openapi(localized),
  })
  .openapi("RidingRef");
export type RidingRef = z.infer<typeof RidingRefSchema>;

export const MemberRefSchema = z
  .object({
    id: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "House of Commons person id; null for members known only from older sources (use `slug`).", example: 278625 }),
    slug: z.string(),
    name: z.string(),
  })
  .openapi("MemberRef");
export type MemberRef = z.infer<typeof MemberRefSchema>;

export const SessionRefSchema = z.string().openapi({ description: "Session code.", example: "44-1" });

export const BillRefSchema = z
  .object({
    session: z.string(),
    number: z.string().openapi({ example: "C-332" }),
  })
  .openapi("BillRef");
