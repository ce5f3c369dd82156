import type { EtlJob } from "#shared/queues/messages";
import { listDocuments } from "./fetch";
import type { SourceDefinition, SourceDocument } from "./sources";

/**
 * KV key of the mirror of data/sources/ that replaces the publishers when set: `npm start` points
 * it at the gateway's /sources/, tests at a stand-in. Unset in production.
 */
export const MIRROR_KEY = "etl:source-mirror-url";

/** The documents a run of this source loads now, from the publishers or the mirror. */
export async function currentDocuments(env: Env, source: SourceDefinition): Promise<SourceDocument[]> {
  return listDocuments(source, (await env.CONFIG.get(MIRROR_KEY)) ?? undefined);
}

/** Queues one `etl-jobs` message per document of a run, each under a new message id. */
export async function queueJobs(env: Env, runId: string, source: string, documents: SourceDocument[]): Promise<void> {
  const jobs: EtlJob[] = documents.map((d) => ({ id: crypto.randomUUID(), run_id: runId, source, document: d.document, urls: d.urls }));
  for (let i = 0; i < jobs.length; i += 100) {
    await env.ETL_JOBS.sendBatch(jobs.slice(i, i + 100).map((body) => ({ body, contentType: "json" as const })));
  }
}

/**
 * The URLs of documents a run recorded, to queue them again. Runs recorded before documents kept
 * their URLs are completed from the source's current listing; a document it no longer lists has
 * none and is left out. A mirror document recorded under another mirror address than today's (a
 * local platform started again on other ports) is fetched from today's mirror.
 */
export async function withUrls(
  env: Env,
  source: SourceDefinition,
  documents: { document: string; urls: string[] | null }[],
): Promise<{ found: SourceDocument[]; missing: string[] }> {
  const listed = documents.some((d) => d.urls === null) ? new Map((await currentDocuments(env, source)).map((d) => [d.document, d.urls])) : new Map();
  const mirror = (await env.CONFIG.get(MIRROR_KEY))?.replace(/\/$/, "");
  const found: SourceDocument[] = [];
  const missing: string[] = [];
  for (const d of documents) {
    const urls = d.urls === null ? listed.get(d.document) : d.urls.map((url) => onMirror(url, d.document, source, mirror));
    if (urls) found.push({ document: d.document, urls });
    else missing.push(d.document);
  }
  return { found, missing };
}

/** A mirror document's URL under today's mirror address (see `documentsFromMirror`). */
function onMirror(url: string, document: string, source: SourceDefinition, mirror: string | undefined): string {
  const folder = `/${source.mirrorPath}/`;
  if (!mirror || url.startsWith(`${mirror}/`) || !document.startsWith(folder.slice(1))) return url;
  const at = url.lastIndexOf(folder);
  return at < 0 ? url : `${mirror}${url.slice(at)}`;
}
