import { z } from "@hono/zod-openapi";
import type { BALLOTS } from "#shared/db/civic";
import type { Lang } from "#shared/http/lang";

/** Every text a chart shows exists in both languages; the chart itself is drawn in one. */
export const BilingualSchema = z.object({ en: z.string(), fr: z.string() }).openapi("ChartText");
export type Bilingual = z.infer<typeof BilingualSchema>;

export const bilingual = (en: string, fr: string): Bilingual => ({ en, fr });

/** A row's `label_en`/`label_fr` in the reader's language (French falls back to English). */
export const labelIn = (row: { label_en: string; label_fr: string | null }, lang: Lang): string =>
  lang === "fr" && row.label_fr ? row.label_fr : row.label_en;

/**
 * Ballots cast by members whose party that day is unknown to us. They are shown as a group of
 * their own, so every ballot of a division is counted somewhere.
 */
export const UNKNOWN_PARTY = bilingual("Unknown party", "Parti inconnu");

export const BALLOT_LABELS: Record<(typeof BALLOTS)[number], Bilingual> = {
  yea: bilingual("Yea", "Pour"),
  nay: bilingual("Nay", "Contre"),
  paired: bilingual("Paired", "Pairés"),
};

export const BALLOT_COLORS: Record<(typeof BALLOTS)[number], string> = {
  yea: "#2e7d32",
  nay: "#c62828",
  paired: "#9e9e9e",
};

/** The colours readers know the main federal parties by; others take the palette in turn. */
const PARTY_COLORS: Record<string, string> = {
  liberal: "#d71920",
  cpc: "#1a4782",
  ndp: "#f37021",
  bloc: "#33b2cc",
  green: "#3d9b35",
  ind: "#6d4c41",
};
const PALETTE = ["#7b1fa2", "#00897b", "#5d4037", "#c0ca33", "#3949ab", "#d81b60", "#00acc1", "#8d6e63"];
export const UNKNOWN_COLOR = "#9e9e9e";

export function partyColor(slug: string | null, index: number): string {
  if (slug === null) return UNKNOWN_COLOR;
  return PARTY_COLORS[slug] ?? PALETTE[index % PALETTE.length]!;
}
