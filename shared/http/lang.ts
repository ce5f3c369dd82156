import { z } from "@hono/zod-openapi";
import type { Context } from "hono";

/**
 * Bilingual answers, the one way on this platform. Every human-readable civic field is served as
 * `<field>_en` and `<field>_fr`, always both. When the caller picks a language (`?lang=`, or else
 * `Accept-Language`), that language's value is *also* served under the plain name (`name`,
 * `title`, `text`), so a client that only shows one language needs no logic of its own.
 */

export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];

/** The `lang` query parameter, for any bilingual route's request schema. */
export const LangQuery = z.object({
  lang: z
    .enum(LANGS)
    .optional()
    .openapi({
      param: { name: "lang", in: "query" },
      description:
        "Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. " +
        "Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served.",
    }),
});

/**
 * The first of our languages in an `Accept-Language` header, by quality then order
 * (`fr-CA,fr;q=0.9,en;q=0.8` → `fr`); `*` and languages we do not publish are skipped.
 */
export function langFromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split("-")[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranges.find((r): r is typeof r & { primary: Lang } => (LANGS as readonly string[]).includes(r.primary ?? ""))?.primary;
}

/**
 * The language this request asked for: `?lang=` wins over `Accept-Language`. When one was
 * chosen, the answer says so in `Content-Language`.
 */
export function negotiateLang(c: Context, requested: Lang | undefined): Lang | undefined {
  const lang = requested ?? langFromAcceptLanguage(c.req.header("accept-language"));
  if (lang) c.header("content-language", lang);
  return lang;
}

type Plain<F extends string> = { [K in F]?: string | null };

/**
 * Adds `row[field + "_" + lang]` as `row[field]` for each field, falling back to the other
 * language where the chosen one is missing (many French names are absent from older sources).
 * Without a language the row is returned unchanged.
 */
export function localize<T extends object, F extends string>(row: T, lang: Lang | undefined, fields: readonly F[]): T & Plain<F> {
  if (!lang) return row;
  const other: Lang = lang === "en" ? "fr" : "en";
  const values = row as Record<string, unknown>;
  const plain: Record<string, string | null> = {};
  for (const field of fields) {
    const chosen = values[`${field}_${lang}`];
    const fallback = values[`${field}_${other}`];
    plain[field] = typeof chosen === "string" && chosen !== "" ? chosen : typeof fallback === "string" ? fallback : null;
  }
  return { ...row, ...plain };
}
