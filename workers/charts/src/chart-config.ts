import { z } from "@hono/zod-openapi";

/**
 * The part of Chart.js 4's configuration this service produces, as plain JSON a client hands to
 * `new Chart(canvas, config)` unchanged: no callbacks, no functions, every text already in the
 * reader's language. Chart.js ships no validator, and bundling it into a Worker only to check
 * our own output would cost more than this schema, which also documents the shape.
 */

const Text = z.object({ display: z.boolean(), text: z.string() });

export const ChartDatasetSchema = z
  .object({
    label: z.string(),
    data: z.array(z.number().nullable()).openapi({ description: "One value per label; null where there is none (a gap in a line)." }),
    backgroundColor: z.union([z.string(), z.array(z.string())]),
    borderColor: z.union([z.string(), z.array(z.string())]),
    borderWidth: z.number().optional(),
    fill: z.boolean().optional(),
    tension: z.number().optional(),
    spanGaps: z.boolean().optional(),
    pointRadius: z.number().optional(),
  })
  .openapi("ChartDataset");

const ScaleSchema = z.object({
  stacked: z.boolean().optional(),
  beginAtZero: z.boolean().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  title: Text,
  ticks: z.object({ precision: z.number().int().optional(), maxTicksLimit: z.number().int().optional() }).optional(),
});

export const ChartConfigSchema = z
  .object({
    type: z.enum(["bar", "line"]),
    data: z.object({ labels: z.array(z.string()), datasets: z.array(ChartDatasetSchema) }),
    options: z.object({
      responsive: z.boolean(),
      maintainAspectRatio: z.boolean(),
      interaction: z.object({ mode: z.enum(["index", "nearest"]), intersect: z.boolean() }),
      plugins: z.object({
        title: Text,
        subtitle: Text.optional(),
        legend: z.object({ display: z.boolean(), position: z.enum(["top", "bottom"]) }),
      }),
      scales: z.object({ x: ScaleSchema, y: ScaleSchema }),
    }),
  })
  .openapi("ChartConfig", { description: "A Chart.js 4 configuration, ready for `new Chart(canvas, chart)`." });

export type ChartDataset = z.infer<typeof ChartDatasetSchema>;
export type ChartConfig = z.infer<typeof ChartConfigSchema>;

export interface ChartSpec {
  type: ChartConfig["type"];
  title: string;
  subtitle?: string;
  labels: string[];
  datasets: ChartDataset[];
  x: { title: string; stacked?: boolean };
  y: { title: string; stacked?: boolean; min?: number; max?: number; integer?: boolean };
}

/** The options every chart shares, around what differs between kinds. */
export function chartConfig(spec: ChartSpec): ChartConfig {
  return {
    type: spec.type,
    data: { labels: spec.labels, datasets: spec.datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      plugins: {
        title: { display: true, text: spec.title },
        ...(spec.subtitle ? { subtitle: { display: true, text: spec.subtitle } } : {}),
        legend: { display: spec.datasets.length > 1, position: "bottom" },
      },
      scales: {
        x: {
          ...(spec.x.stacked ? { stacked: true } : {}),
          title: { display: true, text: spec.x.title },
          // Long monthly series would otherwise print every label on top of the next.
          ...(spec.labels.length > 24 ? { ticks: { maxTicksLimit: 24 } } : {}),
        },
        y: {
          ...(spec.y.stacked ? { stacked: true } : {}),
          beginAtZero: true,
          ...(spec.y.min === undefined ? {} : { min: spec.y.min }),
          ...(spec.y.max === undefined ? {} : { max: spec.y.max }),
          title: { display: true, text: spec.y.title },
          ...(spec.y.integer ? { ticks: { precision: 0 } } : {}),
        },
      },
    },
  };
}

/** A bar dataset in one colour, or one colour per bar. */
export function barDataset(label: string, data: (number | null)[], color: string | string[]): ChartDataset {
  return { label, data, backgroundColor: color, borderColor: color, borderWidth: 1 };
}

/** A line dataset; `spanGaps` joins the points across nulls (a party that cast no votes one day). */
export function lineDataset(label: string, data: (number | null)[], color: string): ChartDataset {
  return { label, data, backgroundColor: color, borderColor: color, borderWidth: 2, fill: false, tension: 0.2, spanGaps: true, pointRadius: 3 };
}
