import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/**
 * A case-insensitive (ASCII) substring match of what a caller typed. `%` and `_` in the text are
 * matched literally, so a search for `100%` does not match everything; SQLite's LIKE has no
 * escape character unless one is declared.
 */
export function contains(column: SQLWrapper, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return sql`${column} like ${pattern} escape '\\'`;
}
