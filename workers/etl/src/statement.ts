/**
 * A drizzle query as a D1 statement, to run in one `D1Database.batch` with raw statements: drizzle
 * 0.45's D1 `db.batch` cannot bind a raw `db.run(sql…)` that has parameters, so a batch that must
 * hold both (a conditional `INSERT … SELECT … WHERE EXISTS` beside ordinary updates) runs on the
 * binding. The query is still built, and its columns checked, by drizzle.
 */
export function statement(d1: D1Database, query: { toSQL(): { sql: string; params: unknown[] } }): D1PreparedStatement {
  const { sql, params } = query.toSQL();
  return d1.prepare(sql).bind(...params);
}
