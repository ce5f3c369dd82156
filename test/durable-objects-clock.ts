import { runInDurableObject } from "cloudflare:test";
import type { CircuitBreaker } from "../durable-objects/circuit-breaker";
import type { RateLimiter } from "../durable-objects/rate-limiter";

type Stub = DurableObjectStub<RateLimiter> | DurableObjectStub<CircuitBreaker>;

/**
 * Moves time forward for one Durable Object by moving every timestamp it stored (each column
 * named `*_at`) back by `ms`: the object then sees exactly what it would after waiting, without
 * the test waiting.
 */
export function advance(stub: Stub, ms: number): Promise<void> {
  return runInDurableObject(stub, (_, state) => {
    const sql = state.storage.sql;
    const tables = sql
      .exec<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
      )
      .toArray();
    for (const { name: table } of tables) {
      const columns = sql
        .exec<{ name: string }>(`PRAGMA table_info("${table}")`)
        .toArray()
        .filter((c) => c.name.endsWith("_at"));
      if (columns.length === 0) continue;
      sql.exec(`UPDATE "${table}" SET ${columns.map((c) => `"${c.name}" = "${c.name}" - ?`).join(", ")}`, ...columns.map(() => ms));
    }
  });
}

/** The tables an object has stored, apart from the runtime's own. */
export function storedTables(stub: Stub): Promise<string[]> {
  return runInDurableObject(stub, (_, state) =>
    state.storage.sql
      .exec<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
      )
      .toArray()
      .map((t) => t.name),
  );
}
