import { z } from "@hono/zod-openapi";
import { ProblemError } from "./problem";
import { base64url, fromBase64url } from "#shared/encoding";

/**
 * Cursor pagination, the one way lists page on this platform. A cursor is an opaque base64url
 * token holding the sort key of the last row served, so pages stay stable while rows are added
 * (keyset pagination), unlike offsets.
 */

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** The `limit` and `cursor` query parameters, for any list route's request schema. */
export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .openapi({ param: { name: "limit", in: "query" }, example: 50, description: `Rows per page (1–${MAX_LIMIT}).` }),
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ param: { name: "cursor", in: "query" }, description: "`next_cursor` of the previous page." }),
});

export type PageParams = z.infer<typeof PageQuery>;

/** The `pagination` object of every list response. */
export const PaginationSchema = z
  .object({
    next_cursor: z.string().nullable(),
    limit: z.number().int(),
    total: z.number().int().nullable(),
  })
  .openapi("Pagination");

/** A list response schema: `{ data: [...], pagination }`. */
export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ data: z.array(item), pagination: PaginationSchema });
}

export type CursorKey = (string | number | null)[];

export function encodeCursor(key: CursorKey): string {
  return base64url(new TextEncoder().encode(JSON.stringify(key)));
}

/** Reads a cursor back; a cursor that was not made by `encodeCursor` is a 400, never a 500. */
export function decodeCursor(cursor: string, arity: number): CursorKey {
  try {
    const key: unknown = JSON.parse(new TextDecoder().decode(fromBase64url(cursor)));
    if (Array.isArray(key) && key.length === arity && key.every((part) => part === null || typeof part === "string" || typeof part === "number")) {
      return key as CursorKey;
    }
  } catch {
    // fall through to the problem below: a damaged cursor is the caller's error
  }
  throw new ProblemError(400, "The cursor is not one this API issued; start again without it.", {
    errors: [{ pointer: "query.cursor", detail: "invalid cursor" }],
  });
}

/**
 * Builds a page from rows fetched with `LIMIT limit + 1`: the extra row only tells whether a
 * next page exists, and the last row served gives the next cursor.
 */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey, total: number | null) {
  const hasMore = rows.length > limit;
  const data = hasMore ? rows.slice(0, limit) : rows;
  const last = data[data.length - 1];
  return {
    data,
    pagination: { next_cursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null, limit, total },
  };
}
