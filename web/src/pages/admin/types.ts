/**
 * The operations endpoints' response shapes as the admin pages read them (see the zod schemas of
 * the etl, search, health and auth services).
 */
import type { ApiKey } from "../../api/types";

export type RunStatus = "running" | "succeeded" | "partial" | "failed";
export type RunTrigger = "cron" | "manual" | "dependency";
export const RUN_STATUSES: RunStatus[] = ["running", "succeeded", "partial", "failed"];

export interface EtlSource {
  name: string;
  title: string;
  publisher: string;
  format: string;
  url_pattern: string;
  refresh_hours: number;
  depends_on: string[];
  last_success_at: string | null;
  last_run: { id: string; status: RunStatus; started_at: string; finished_at: string | null } | null;
  record_count: number;
  stale: boolean;
  staleness_hours: number | null;
}

export interface RunCounts {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface EtlRun extends RunCounts {
  id: string;
  source: string;
  trigger: RunTrigger;
  status: RunStatus;
  started_at: string;
  finished_at: string | null;
  documents_total: number;
  documents_done: number;
  documents_failed: number;
  error: string | null;
}

export interface EtlRunDetail extends EtlRun {
  documents: (RunCounts & { document: string; status: "queued" | "succeeded" | "failed"; error: string | null; finished_at: string | null })[];
  rejects: { document: string; record_index: number | null; source_id: string | null; reason: string }[];
  quality: { check: string; status: "pass" | "warn" | "fail"; detail: string; measured: unknown }[];
}

/** `POST /etl/runs`: the run started, or the one already in progress. */
export interface StartedRun {
  id: string;
  source: string;
  status: string;
  documents_total: number;
}

export interface SearchAnalytics {
  from: string;
  to: string;
  searches: number;
  zero_result_searches: number;
  latency_ms: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
  top_queries: { query: string; searches: number; average_results: number }[];
  zero_result_queries: { query: string; searches: number; last_searched_at: string }[];
}

export type HealthStatus = "ok" | "degraded" | "down";

/** One scheduled check of one service, as the health service keeps it. */
export interface HealthCheckRecord {
  service: string;
  status: HealthStatus;
  latency_ms: number;
  checked_at: string;
}

export interface AdminApiKey extends ApiKey {
  owner: { id: string; email: string; display_name: string | null; disabled: boolean };
}
