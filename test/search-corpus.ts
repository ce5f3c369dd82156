import { env } from "cloudflare:test";
import { eventually, gateway } from "./helpers";
import { LOADABLE } from "./loadable-sources";
import type { Answer, Schema } from "../web/src/api/operations";

/**
 * The real corpus, loaded through the ETL exactly as test/etl-load.test.ts loads it: the mirror
 * stand-in serves data/sources/, and the ETL's own entry point starts whatever is due. Test files
 * share one runtime, so another file may have loaded it already; `loadDue` then starts nothing
 * and the wait ends at once.
 */

const etl = env.ETL as unknown as { loadDue(): Promise<{ id: string; source: string }[]> };
const MIRROR = "http://mirror.openpolicy.test";

type Source = Answer<"/api/v1/etl/sources">["data"][number];

export const CORPUS_TIMEOUT_MS = 180_000;

/**
 * Anonymous callers are rate-limited per address, each address by its own RateLimiter Durable
 * Object that sets an alarm to clean up after itself. The search tests make hundreds of requests,
 * so they come from a few addresses of their own (RFC 2544's benchmarking range, 60 requests a
 * minute each) rather than one address per request as `gateway()` does by default: hundreds of
 * objects waking at once slow whatever test runs next in the same runtime.
 */
const ADDRESSES = 32;
const block = `198.18.${Math.floor(Math.random() * 256)}`;
let calls = 0;

/** `gateway()` from one of the search tests' addresses. */
export function client(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("cf-connecting-ip", `${block}.${calls++ % ADDRESSES}`);
  return gateway(path, { ...init, headers });
}

export async function loadCorpus(): Promise<void> {
  await env.CONFIG.put("etl:source-mirror-url", MIRROR);
  await etl.loadDue();
  await eventually(
    async () => {
      const all = ((await (await client("/api/v1/etl/sources")).json()) as { data: Source[] }).data;
      const loaded = LOADABLE.every((name) => {
        const s = all.find((x) => x.name === name);
        return s?.last_success_at && s.last_run?.status !== "running";
      });
      return loaded ? true : undefined;
    },
    CORPUS_TIMEOUT_MS - 10_000,
    "the real corpus to load",
  );
}

export type Result = Schema<"SearchResult">;
export type Facet = Schema<"SearchFacet">;
export type SearchPage = Schema<"SearchPage">;

/** `/api/v1/search` with these parameters, through the gateway, expecting 200. */
export async function search(params: Record<string, string | number>): Promise<SearchPage> {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const response = await client(`/api/v1/search?${query}`);
  if (response.status !== 200) throw new Error(`search ${query}: ${response.status} ${await response.text()}`);
  return (await response.json()) as SearchPage;
}

/** The id of the one statement whose text holds `fragment` (a plain substring match, independent of FTS5). */
export async function statementHolding(fragment: string): Promise<string> {
  const { results } = await env.CIVIC.prepare("SELECT id FROM statements WHERE instr(text_en, ?) > 0 OR instr(text_fr, ?) > 0")
    .bind(fragment, fragment)
    .all<{ id: number }>();
  if (results.length !== 1) throw new Error(`${results.length} statements hold ${JSON.stringify(fragment)}`);
  return String(results[0]!.id);
}
