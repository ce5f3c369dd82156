import type { z } from "@hono/zod-openapi";
import type { Lang } from "#shared/http/lang";
import { ProblemError } from "#shared/http/problem";
import type { ChartConfig } from "./chart-config";
import type { Bilingual } from "./labels";

/** A CSV cell: what `data.rows` hold. */
export type Cell = string | number | null;

/**
 * One kind of chart: the parameters it takes, how its data is read from D1 `civic`, and how that
 * data becomes a title and a Chart.js config in either language. `data.rows` are the chart's
 * numbers as flat records, which is also exactly what its CSV twin serves, column by column.
 */
export interface ChartKind<P extends z.ZodRawShape = z.ZodRawShape, D extends { rows: Record<string, Cell>[] } = { rows: Record<string, Cell>[] }> {
  kind: string;
  summary: string;
  description: string;
  params: P;
  dataSchema: z.ZodType<D>;
  /** The CSV header: the keys of `data.rows`, in order. */
  columns: readonly (keyof D["rows"][number] & string)[];
  load(env: Env, params: z.infer<z.ZodObject<P>>): Promise<D>;
  title(data: D, params: z.infer<z.ZodObject<P>>): Bilingual;
  chart(data: D, lang: Lang, title: string): ChartConfig;
  /** The CSV's file name, without `.csv`. */
  filename(params: z.infer<z.ZodObject<P>>): string;
}

export const defineKind = <P extends z.ZodRawShape, D extends { rows: Record<string, Cell>[] }>(kind: ChartKind<P, D>): ChartKind<P, D> => kind;

/**
 * A parameter that names nothing (an unknown session, division or member): a 404 for a chart
 * read, and a 422 pointing at the field when a chart is saved with it.
 */
export class MissingSubject extends ProblemError {
  constructor(
    readonly param: string,
    detail: string,
  ) {
    super(404, detail);
  }
}
