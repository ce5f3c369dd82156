import { and, asc, desc, eq, gt, lt, or, type SQL, type SQLWrapper } from "drizzle-orm";
import { decodeCursor, toPage, type CursorKey } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";

/**
 * Keyset pagination over a list's sort order, for every list the services serve from drizzle: the cursor holds the sort key of the last row
 * served, and the next page starts strictly after it. Sort keys must be non-null and end in a
 * unique column, so every row has exactly one place in the order.
 */
export interface SortKey {
  expr: SQLWrapper;
  dir: "asc" | "desc";
  /** What a cursor must hold for this key, where the list checks it: a cursor holding anything else was not issued by it. */
  type?: "string" | "number";
}

/** Newest first by creation time, the id breaking ties: how the account lists (sessions, users, keys) are ordered. */
export const newestFirst = (createdAt: SQLWrapper, id: SQLWrapper): SortKey[] => [
  { expr: createdAt, dir: "desc" },
  { expr: id, dir: "desc" },
];

export const orderBy = (keys: readonly SortKey[]): SQL[] => keys.map((k) => (k.dir === "asc" ? asc(k.expr) : desc(k.expr)));

/**
 * `(a, b, c) after (x, y, z)` in the order's directions: a > x OR (a = x AND b > y) OR ….
 * Row-value comparison would be shorter but cannot mix ascending and descending keys.
 */
export function after(keys: readonly SortKey[], cursor: string | undefined): SQL | undefined {
  if (cursor === undefined) return undefined;
  const values = decodeCursor(cursor, keys.length);
  if (keys.some((key, i) => key.type !== undefined && typeof values[i] !== key.type)) {
    // Decodable, but not what this list puts in its cursors: refused as `decodeCursor` refuses any other.
    throw new ProblemError(400, "The cursor is not one this API issued; start again without it.", {
      errors: [{ pointer: "query.cursor", detail: "invalid cursor" }],
    });
  }
  return or(
    ...keys.map((key, i) =>
      and(...keys.slice(0, i).map((k, j) => eq(k.expr as never, values[j])), (key.dir === "asc" ? gt : lt)(key.expr as never, values[i])),
    ),
  );
}

/**
 * A page of rows fetched with `LIMIT limit + 1`, each turned into its public view.
 *
 * Routes run the count and the page as two queries under `Promise.all`, not `db.batch`: drizzle
 * reads D1 batch results back by column name, so a join that repeats a name (`slug`, `name_en`)
 * shifts every value after it.
 */
export function pageOfRows<Row, View>(rows: Row[], limit: number, total: number, keyOf: (row: Row) => CursorKey, view: (row: Row) => View) {
  const page = toPage(rows, limit, keyOf, total);
  return { data: page.data.map(view), pagination: page.pagination };
}
