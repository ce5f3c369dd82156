import { z } from "zod";
import { documentsFromMirror, type MirrorManifest, type SourceDefinition, type SourceDocument } from "./sources";

const FETCH_TIMEOUT_MS = 30_000;

/** A document that could not be fetched: worth a retry, as publishers have bad minutes. */
class FetchError extends Error {
  override name = "FetchError";
}

/** Fetches one publication as bytes; bytes, not text, so the parser decides how to decode them. */
export async function fetchDocument(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { "user-agent": "OpenPolicy-ETL/1.0 (+https://openpolicy.ca)" },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (err) {
    throw new FetchError(`fetching ${url} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new FetchError(`fetching ${url} answered ${response.status}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

const Manifest = z.record(z.string(), z.array(z.string()));

/** The documents a run of this source loads: the mirror's files when one is configured. */
export async function listDocuments(source: SourceDefinition, mirrorUrl: string | undefined): Promise<SourceDocument[]> {
  if (!mirrorUrl) return source.documents.map((url) => ({ document: url, urls: [url] }));
  const bytes = await fetchDocument(`${mirrorUrl.replace(/\/$/, "")}/manifest.json`);
  const manifest: MirrorManifest = Manifest.parse(JSON.parse(new TextDecoder().decode(bytes)));
  return documentsFromMirror(source, manifest, mirrorUrl);
}
