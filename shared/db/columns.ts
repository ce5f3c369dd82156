import { getTableName, sql, type Column, type SQL } from "drizzle-orm";

/**
 * A column as `"table"."column"`, always. Drizzle leaves columns unqualified in single-table
 * queries, so inside a correlated subquery `s.document_id = ${documents.id}` would silently
 * compare with the subquery's own `id`. Every outer column a subquery refers to goes through this.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
