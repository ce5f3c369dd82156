import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { LangQuery, negotiateLang, type Lang } from "#shared/http/lang";
import { cachedData, type Cached } from "./cache";
import { ChartConfigSchema, type ChartConfig } from "./chart-config";
import type { ChartKind } from "./kind";
import { BilingualSchema, type Bilingual } from "./labels";

/** What every chart read answers: its kind, its title in both languages, its numbers and its Chart.js config. */
export function chartResponseSchema<K extends string, D extends z.ZodType>(kind: K, data: D) {
  return z.object({
    kind: z.literal(kind),
    title: BilingualSchema,
    data,
    chart: ChartConfigSchema,
  });
}

/** `?lang=`, as chart routes read it: the language the chart is drawn in. */
export const ChartLangQuery = z.object({
  lang: LangQuery.shape.lang.openapi({
    description: "The language to draw the chart in (its title, labels and legend). Without it, `Accept-Language` decides; without that, English.",
  }),
});

export interface RenderedChart<D = unknown> {
  kind: string;
  title: Bilingual;
  data: D;
  chart: ChartConfig;
}

/** The platform name this cache reports under in `Cache-Status` (RFC 9211). */
const CACHE_NAME = "openpolicy-charts";

/** A chart's data, through the cache, with nothing drawn yet: what CSV exports and saved charts build on. */
export async function chartData<D>(c: Context<{ Bindings: Env }>, kind: ChartKind, params: Record<string, unknown>): Promise<Cached<D>> {
  return (await cachedData(c.env.CONFIG, c.executionCtx, kind.kind, params, () => kind.load(c.env, params))) as Cached<D>;
}

/** Says whether the answer came from the chart cache, as `Cache-Status` (RFC 9211) does. */
export function reportCache(c: Context, hit: boolean): void {
  c.header("cache-status", hit ? `${CACHE_NAME}; hit` : `${CACHE_NAME}; fwd=uri-miss`);
}

/**
 * A chart drawn in the reader's language: `?lang=` (or a saved chart's own), else
 * `Accept-Language`, else English. The chart's texts are in that one language, which
 * `Content-Language` states; `title` carries both.
 */
export async function renderChart(
  c: Context<{ Bindings: Env }>,
  kind: ChartKind,
  params: Record<string, unknown>,
  opts: { lang?: Lang; title?: string } = {},
): Promise<RenderedChart> {
  const lang = negotiateLang(c, opts.lang) ?? "en";
  c.header("content-language", lang);
  const { data, hit } = await chartData<Parameters<ChartKind["title"]>[0]>(c, kind, params);
  reportCache(c, hit);
  const title = kind.title(data, params);
  return { kind: kind.kind, title, data, chart: kind.chart(data, lang, opts.title ?? title[lang]) };
}
