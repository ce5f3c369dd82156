import { z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { platformDb } from "#shared/db/index";
import { savedCharts } from "#shared/db/platform";
import { LANGS } from "#shared/http/lang";
import type { Cell } from "./kind";
import { KIND_NAMES, KINDS, nonEmpty } from "./kinds/index";
import { base64url } from "#shared/encoding";

/**
 * Saved charts: a kind and its parameters, kept so a link can show the chart again, drawn from
 * the data as it is when the link is opened.
 */

const OptionsShape = {
  lang: z.enum(LANGS, "must be en or fr").optional().openapi({ description: "The language to draw the chart in when the reader asks for none." }),
  title: z
    .string("must be text")
    .trim()
    .min(1, "must not be empty")
    .max(200, "must be at most 200 characters")
    .optional()
    .openapi({ description: "A title of your own, shown on the chart instead of the generated one." }),
};

/** One strict object per kind, so a parameter of another kind or a misspelt one is refused, not ignored. */
const definitions = KINDS.map((kind) =>
  z
    .strictObject({ kind: z.literal(kind.kind), ...kind.params, ...OptionsShape })
    .openapi(`SavedChart${kind.kind.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase())}Definition`),
);

export const SavedChartDefinitionSchema = z
  .discriminatedUnion("kind", nonEmpty(definitions), {
    error: (issue) => (issue.code === "invalid_union" ? `must be one of ${KIND_NAMES.join(", ")}` : undefined),
  })
  .openapi("SavedChartDefinition", {
    description: "A chart kind and the parameters that kind takes (as its GET route's query), with an optional language and title.",
    example: { kind: "vote-by-party", session: "44-1", number: 332, lang: "fr" },
  });

export type SavedChartDefinition = { kind: string; lang?: "en" | "fr"; title?: string } & Record<string, Cell | undefined>;

/** Splits a definition into its kind's parameters and the options every kind shares. */
export function splitDefinition(definition: SavedChartDefinition) {
  const { kind, lang, title, ...params } = definition;
  return { kind, lang, title, params: params as Record<string, string | number> };
}

/** 96 random bits as 16 URL-safe characters: short enough to share, too many to guess. */
export function newChartId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return base64url(bytes);
}

export const CHART_ID = /^[A-Za-z0-9_-]{16}$/;

export const savedChartUrl = (id: string) => `/api/v1/charts/s/${id}`;

export async function insertSavedChart(
  db: D1Database,
  row: { id: string; definition: SavedChartDefinition; createdBy: string; apiKeyId: string | null },
): Promise<void> {
  const { kind, lang, title, params } = splitDefinition(row.definition);
  await platformDb(db)
    .insert(savedCharts)
    .values({ id: row.id, kind, params, lang: lang ?? null, title: title ?? null, createdBy: row.createdBy, apiKeyId: row.apiKeyId });
}

/** The saved definition, as it was posted; undefined when no chart has this id. */
export async function readSavedChart(db: D1Database, id: string): Promise<{ definition: SavedChartDefinition; createdAt: string } | undefined> {
  const [row] = await platformDb(db).select().from(savedCharts).where(eq(savedCharts.id, id));
  if (!row) return undefined;
  const definition: SavedChartDefinition = {
    kind: row.kind,
    ...row.params,
    ...(row.lang ? { lang: row.lang } : {}),
    ...(row.title ? { title: row.title } : {}),
  };
  return { definition, createdAt: row.createdAt };
}
