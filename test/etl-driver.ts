import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { expect } from "vitest";
import type { Caller } from "#shared/auth/caller";
import gatewayWorker from "../src/index";
import { eventually, gateway } from "./helpers";
import { LOADABLE } from "./loadable-sources";
import { asGateway } from "./service-call";

/**
 * How the ETL tests drive the ETL: its API over its binding as the gateway forwards an admin's
 * request, its cron through the gateway's scheduled handler (what `npm start` and the local cron
 * clock fire), and the mirror stand-in (test/stand-ins/source-mirror.mjs) for the publishers.
 */

export const MIRROR = "http://mirror.openpolicy.test";
export const ETL_CRON = "*/15 * * * *";

const ADMIN: Caller = { kind: "user", userId: "etl-tests-admin", apiKeyId: null, roles: ["admin"], tier: "citizen" };

/** The ETL service's own API, as the gateway forwards an admin's request to it. */
export function etl(path: string, init: RequestInit = {}): Promise<Response> {
  return asGateway(env.ETL, `https://etl.internal${path}`, { ...init, caller: ADMIN });
}

export interface Source {
  name: string;
  last_success_at: string | null;
  record_count: number;
  stale: boolean;
  last_run: { id: string; status: string; next_retry_at: string | null } | null;
}

export async function sources(): Promise<Source[]> {
  return ((await (await gateway("/api/v1/etl/sources")).json()) as { data: Source[] }).data;
}

export interface RunDetail {
  id: string;
  source: string;
  status: string;
  finished_at: string | null;
  documents_total: number;
  documents_done: number;
  documents_failed: number;
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  documents: { document: string; status: string; error: string | null; finished_at: string | null; attempts: number; retry_at: string | null }[];
  rejects: { reason: string }[];
  quality: { check: string; status: string; detail: string; measured: unknown }[];
}

/** Starts a run as an admin does ("Start a run", POST /api/v1/etl/runs). */
export async function startRun(source: string): Promise<{ id: string; status: string }> {
  const response = await etl("/api/v1/etl/runs", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ source }) });
  expect(response.status).toBe(202);
  return (await response.json()) as { id: string; status: string };
}

export async function run(id: string): Promise<RunDetail> {
  const response = await etl(`/api/v1/etl/runs/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as RunDetail;
}

export const finished = (id: string, timeoutMs = 60_000) =>
  eventually(
    async () => {
      const r = await run(id);
      return r.status === "running" ? undefined : r;
    },
    timeoutMs,
    `run ${id} to finish`,
  );

/** Fires the ETL's cron as `npm start` does: through the gateway's scheduled handler, which hands it to the ETL. */
export async function fireCron(): Promise<void> {
  const controller = createScheduledController({ cron: ETL_CRON, scheduledTime: new Date() });
  const ctx = createExecutionContext();
  // The test environment is the gateway's, whose service bindings are typed with their contracts (src/env.ts).
  await gatewayWorker.scheduled(controller, env as Env, ctx);
  await waitOnExecutionContext(ctx);
}

/**
 * Loads every source from the mirror as a first start does (the cron, then each finished run
 * starting what waited on it), and waits until none is loading. Test files share one runtime, so
 * another file may have loaded it all already; the cron then starts nothing and the wait ends at once.
 */
export async function loadEverything(timeoutMs = 120_000): Promise<Source[]> {
  await env.CONFIG.put("etl:source-mirror-url", MIRROR);
  await fireCron();
  return eventually(
    async () => {
      const all = await sources();
      const done = LOADABLE.every((name) => {
        const s = all.find((x) => x.name === name)!;
        return s.last_success_at && s.last_run?.status !== "running";
      });
      return done ? all : undefined;
    },
    timeoutMs,
    "every source with documents to load",
  );
}

/** The civic tables the ETL writes, compared by `snapshot()` and counted by `rowCounts()`. */
const CIVIC_TABLES = [
  "sessions",
  "parties",
  "ridings",
  "members",
  "member_identifiers",
  "member_terms",
  "bills",
  "documents",
  "statements",
  "statement_bills",
  "divisions",
  "ballots",
  "committees",
  "committee_meetings",
  "jurisdictions",
  "representatives",
  "representative_offices",
];

/**
 * Every row of the civic tables the ETL writes, minus timestamps: what "identical" means.
 * Statements are compared by their natural key (document, sequence), since a statement written
 * again after a crash gets a new row id. Rows other test files write for themselves (`source`
 * `test`, and the ballots, links and offices that hang off them) are left out: those files run
 * beside this one and change their own rows while a run is under way.
 */
export async function snapshot(): Promise<string> {
  const ours = "source <> 'test'";
  const queries: Record<string, string> = {
    statements: `SELECT * FROM statements WHERE ${ours} ORDER BY document_id, sequence`,
    statement_bills: `SELECT s.document_id, s.sequence, sb.bill_id FROM statement_bills sb JOIN statements s ON s.id = sb.statement_id WHERE s.${ours} ORDER BY 1, 2, 3`,
    ballots: `SELECT b.* FROM ballots b JOIN divisions d ON d.id = b.division_id WHERE d.${ours} ORDER BY 1, 2`,
    representative_offices: `SELECT o.* FROM representative_offices o JOIN representatives r ON r.id = o.representative_id WHERE r.${ours} ORDER BY 1, 2`,
  };
  const parts: string[] = [];
  for (const t of CIVIC_TABLES) {
    const { results } = await env.CIVIC.prepare(queries[t] ?? `SELECT * FROM ${t} WHERE ${ours} ORDER BY 1, 2`).all<Record<string, unknown>>();
    parts.push(t, JSON.stringify(results.map(({ updated_at: _u, ...rest }) => (t === "statements" ? { ...rest, id: undefined } : rest))));
  }
  return parts.join("\n");
}

/** Row counts of the tables `snapshot()` compares: what "the same rows" means where row ids change. */
export async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const joined: Record<string, string> = {
    statement_bills: "statement_bills sb JOIN statements s ON s.id = sb.statement_id WHERE s.source <> 'test'",
    ballots: "ballots b JOIN divisions d ON d.id = b.division_id WHERE d.source <> 'test'",
    representative_offices: "representative_offices o JOIN representatives r ON r.id = o.representative_id WHERE r.source <> 'test'",
  };
  for (const t of CIVIC_TABLES) {
    counts[t] = (await env.CIVIC.prepare(`SELECT count(*) AS n FROM ${joined[t] ?? `${t} WHERE source <> 'test'`}`).first<{ n: number }>())!.n;
  }
  return counts;
}

export interface DocumentState {
  document: string;
  urls: string[];
  status: "queued" | "succeeded" | "failed";
}

/**
 * Every document of a source with its URLs: what a new run of it would load, read from its fullest
 * run (its last run may be another test's run of one document, or a retry of a few).
 */
export async function documentsOf(source: string): Promise<{ document: string; urls: string[] }[]> {
  const { results } = await env.PLATFORM.prepare(
    `SELECT document, urls FROM etl_run_documents WHERE run_id =
       (SELECT id FROM etl_runs WHERE source = ? AND status = 'succeeded' ORDER BY documents_total DESC, started_at LIMIT 1)
     ORDER BY document`,
  )
    .bind(source)
    .all<{ document: string; urls: string }>();
  return results.map((d) => ({ document: d.document, urls: JSON.parse(d.urls) as string[] }));
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/**
 * Records a `running` run of these documents (each recorded or still queued) whose progress is
 * `progressMinutesAgo` old, and queues nothing: what a stopped platform leaves behind. `queueJobs`
 * then sends the queued ones, as starting a run does.
 */
export async function recordRun(source: string, documents: DocumentState[], progressMinutesAgo: number): Promise<string> {
  const id = crypto.randomUUID();
  const done = documents.filter((d) => d.status === "succeeded").length;
  const failed = documents.filter((d) => d.status === "failed").length;
  await env.PLATFORM.batch([
    env.PLATFORM.prepare(
      `INSERT INTO etl_runs (id, source, trigger, status, started_at, progress_at, documents_total, documents_done, documents_failed)
       VALUES (?, ?, 'cron', 'running', ?, ?, ?, ?, ?)`,
    ).bind(id, source, minutesAgo(progressMinutesAgo), minutesAgo(progressMinutesAgo), documents.length, done, failed),
    ...documents.map((d) =>
      env.PLATFORM.prepare("INSERT INTO etl_run_documents (run_id, document, status, urls, finished_at) VALUES (?, ?, ?, ?, ?)").bind(
        id,
        d.document,
        d.status,
        JSON.stringify(d.urls),
        d.status === "queued" ? null : minutesAgo(progressMinutesAgo),
      ),
    ),
  ]);
  return id;
}

/** Queues one `etl-jobs` message per document of a run, as starting a run does. */
export async function queueJobs(runId: string, source: string, documents: { document: string; urls: string[] }[]): Promise<void> {
  for (const d of documents) {
    await env.ETL_JOBS.send({ id: crypto.randomUUID(), run_id: runId, source, document: d.document, urls: d.urls }, { contentType: "json" });
  }
}

/** A document's publication served damaged by the mirror stand-in (`truncated`, `empty`, …). */
export const broken = (kind: string, document: string) => [`${MIRROR}/broken/${kind}/${document}`];
