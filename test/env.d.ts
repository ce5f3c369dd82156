import type { D1Migration } from "cloudflare:test";

/** Bindings the test configuration adds to the gateway's own (see vitest.config.ts). */
declare global {
  namespace Cloudflare {
    interface Env {
      CIVIC: D1Database;
      IDENTITY: D1Database;
      PLATFORM: D1Database;
      EVENTS: Queue;
      NOTIFY: Queue;
      ETL_JOBS: Queue;
      TEST_MIGRATIONS: Record<"CIVIC" | "IDENTITY" | "PLATFORM", D1Migration[]>;
      /** The email provider stand-in's outbox (test/stand-ins/email-provider.mjs): what it accepted, per recipient. */
      EMAIL_OUTBOX: Fetcher;
    }
  }
}
