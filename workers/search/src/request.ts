import { z } from "@hono/zod-openapi";
import type { Lang } from "#shared/http/lang";
import { PaginationSchema } from "#shared/http/pagination";
import { FacetsSchema } from "./facets";
import type { Filters, Sort } from "./hits";
import { SearchResultSchema } from "./results";

/** What a search takes and what it answers: shared by the search itself and its blended variant. */

export const SearchPageSchema = z
  .object({
    data: z.array(SearchResultSchema),
    facets: FacetsSchema,
    pagination: PaginationSchema.extend({
      total_relation: z.enum(["eq", "gte"]).openapi({
        description:
          "`eq`: `total` counts every result. `gte`: the query matches more than a search reads (its newest matches per result type, ranked and counted); `total` is a lower bound and pages end there. Narrow it with filters, e.g. a date range, to reach older results.",
      }),
    }),
    semantic: z.boolean().openapi({ description: "Whether semantic results were blended in (a Vectorize index is bound)." }),
  })
  .openapi("SearchPage");
export type SearchPage = z.infer<typeof SearchPageSchema>;

export interface SearchRequest {
  q: string;
  filters: Filters;
  sort: Sort;
  limit: number;
  cursor?: string;
  /** The language results are shown in (`?lang=` or `Accept-Language`). */
  display?: Lang;
}
