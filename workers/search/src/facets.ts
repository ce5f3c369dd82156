import { z } from "@hono/zod-openapi";
import type { Lang } from "#shared/http/lang";
import type { FacetRow } from "./hits";
import { RESULT_TYPES, SEARCH_WINDOW, type ResultType } from "./indexes";

/** Facet counts as the API serves them, from the rows the search statement groups. */

const FacetSchema = z
  .object({
    value: z.string().nullable().openapi({ description: "The filter value (`null`: results without one, e.g. members have no session)." }),
    label: z.string().nullable().optional().openapi({ description: "A readable name, for parties." }),
    count: z.number().int(),
  })
  .openapi("SearchFacet");
type Facet = z.infer<typeof FacetSchema>;

export const FacetsSchema = z
  .object({ type: z.array(FacetSchema), party: z.array(FacetSchema), session: z.array(FacetSchema), year: z.array(FacetSchema) })
  .openapi({
    description:
      "Counts over every result of the query and filters (each facet's counts add up to `total`); when `total_relation` is `gte`, over the newest matches the search read.",
  });
export type Facets = z.infer<typeof FacetsSchema>;

/** Every result is counted once in the type facet. */
export const totalOf = (rows: FacetRow[]): number => rows.filter((f) => f.facet === "type").reduce((sum, f) => sum + f.n, 0);

/** `gte` when some index filled its window: more matches exist than were read and counted. */
export const totalRelationOf = (rows: FacetRow[]): "eq" | "gte" => (rows.some((f) => f.facet === "type" && f.n >= SEARCH_WINDOW) ? "gte" : "eq");

/** Newest sessions first: `44-1` before `43-2` before `9-1`. */
const sessionOrder = (value: string) => value.split("-").map(Number) as [number, number];

/**
 * Facets from count rows (the same value may come twice: keyword and semantic results), each
 * ordered for display: types and parties by count, sessions and years newest first, `null` last.
 */
export function facetsOf(rows: FacetRow[], lang: Lang | undefined): Facets {
  const merged = new Map<string, Facet & { facet: FacetRow["facet"] }>();
  for (const row of rows) {
    const key = `${row.facet}\u0000${row.value ?? ""}`;
    const label = row.facet === "party" && row.value !== null ? ((lang === "fr" ? row.label_fr : null) ?? row.label_en ?? row.value) : undefined;
    const entry = merged.get(key) ?? { facet: row.facet, value: row.value, ...(label === undefined ? {} : { label }), count: 0 };
    entry.count += row.n;
    merged.set(key, entry);
  }
  const of = (facet: FacetRow["facet"]) => [...merged.values()].filter((f) => f.facet === facet).map(({ facet: _, ...f }) => f);
  const nullsLast = (a: Facet, b: Facet) => Number(a.value === null) - Number(b.value === null);
  const byCount = (a: Facet, b: Facet) => nullsLast(a, b) || b.count - a.count || String(a.value).localeCompare(String(b.value));
  const typeOrder = (v: string | null) => RESULT_TYPES.indexOf(v as ResultType);
  return {
    type: of("type").sort((a, b) => b.count - a.count || typeOrder(a.value) - typeOrder(b.value)),
    party: of("party").sort(byCount),
    session: of("session").sort((a, b) => {
      if (a.value === null || b.value === null) return nullsLast(a, b);
      const [pa, sa] = sessionOrder(a.value);
      const [pb, sb] = sessionOrder(b.value);
      return pb - pa || sb - sa;
    }),
    year: of("year").sort((a, b) => nullsLast(a, b) || String(b.value).localeCompare(String(a.value))),
  };
}
