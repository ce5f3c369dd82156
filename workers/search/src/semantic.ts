import { log, errorFields } from "#shared/http/logger";

/**
 * Semantic search, when the Worker has a Vectorize index (`VECTORS`) and Workers AI (`AI`).
 * Neither has a local emulator, so they are not declared in wrangler.toml (see the comments
 * there) and the service reads them as optional: without them, FTS5 answers alone.
 *
 * Statements are embedded with a multilingual model, so a French query finds an English speech
 * and the other way round; one vector per statement, id `statement:<id>`.
 */

export const EMBEDDING_MODEL = "@cf/baai/bge-m3";
/** Characters of a statement embedded: the model reads about 8k tokens, the start says the most. */
const EMBED_CHARS = 4000;

/** What the service uses of a Vectorize index (the beta `VectorizeIndex` and `Vectorize` both fit). */
export interface VectorIndex {
  query(vector: number[], options?: VectorizeQueryOptions): Promise<VectorizeMatches>;
  upsert(vectors: VectorizeVector[]): Promise<unknown>;
}

/** What the service uses of Workers AI. */
export interface EmbeddingModel {
  run(model: typeof EMBEDDING_MODEL, inputs: { text: string[] }): Promise<unknown>;
}

export interface Semantic {
  vectors: VectorIndex;
  ai: EmbeddingModel;
}

/** The semantic bindings, when both exist. */
export function semanticOf(env: object): Semantic | undefined {
  const { VECTORS, AI } = env as { VECTORS?: VectorizeIndex; AI?: Ai };
  // Workers AI's `run` is overloaded for every model; the service runs one, with one input shape.
  return VECTORS && AI ? { vectors: VECTORS, ai: { run: (model, inputs) => AI.run(model, inputs) } } : undefined;
}

export async function embed(ai: EmbeddingModel, texts: string[]): Promise<number[][]> {
  const out = (await ai.run(EMBEDDING_MODEL, { text: texts })) as { data?: unknown };
  const data = out.data;
  if (!Array.isArray(data) || data.length !== texts.length || !data.every((v) => Array.isArray(v))) {
    throw new Error(`${EMBEDDING_MODEL} answered no embeddings`);
  }
  return data as number[][];
}

export const vectorId = (statementId: number): string => `statement:${statementId}`;

/**
 * The statements nearest the query, best first. A failing binding costs the caller the semantic
 * half of the ranking, never the answer: it is logged and the keyword results stand alone.
 */
export async function nearestStatements(semantic: Semantic, text: string, topK: number): Promise<number[] | undefined> {
  try {
    const [vector] = await embed(semantic.ai, [text]);
    const { matches } = await semantic.vectors.query(vector!, { topK, returnValues: false, returnMetadata: "none" });
    return matches
      .map((m) => m.id.match(/^statement:(\d+)$/)?.[1])
      .filter((id): id is string => id !== undefined)
      .map(Number);
  } catch (err) {
    log("warn", "semantic search unavailable; answering with keyword results only", errorFields(err));
    return undefined;
  }
}

interface PendingStatement {
  id: number;
  date: string;
  session: string;
  subheading_en: string | null;
  subheading_fr: string | null;
  text_en: string | null;
  text_fr: string | null;
  floor_language: "en" | "fr" | null;
  updated_at: string;
}

/** The text embedded for a statement: its subject and what was said, in the language spoken. */
export function statementText(s: Omit<PendingStatement, "id" | "date" | "session" | "updated_at">): string {
  const fr = s.floor_language === "fr";
  const subject = (fr ? s.subheading_fr || s.subheading_en : s.subheading_en || s.subheading_fr) ?? "";
  const text = (fr ? s.text_fr || s.text_en : s.text_en || s.text_fr) ?? "";
  return `${subject}\n\n${text}`.trim().slice(0, EMBED_CHARS);
}

const SYNC = "statements";

/**
 * Embeds the statements added or changed since the last run, `batch` at a time, at most
 * `batches` batches, and records how far it got. Statements the ETL deletes keep their vectors
 * until overwritten; search reads every semantic hit back from D1, so they are never served.
 */
export async function embedPendingStatements(
  env: { CIVIC: D1Database; PLATFORM: D1Database },
  semantic: Semantic,
  { batch = 50, batches = 10 } = {},
): Promise<number> {
  let embedded = 0;
  for (let round = 0; round < batches; round++) {
    const state = await env.PLATFORM.prepare("SELECT last_updated_at, last_id FROM search_vector_sync WHERE name = ?")
      .bind(SYNC)
      .first<{ last_updated_at: string; last_id: number }>();
    const { results } = await env.CIVIC.prepare(
      `SELECT s.id, s.date, d.session_code AS session, s.subheading_en, s.subheading_fr, s.text_en, s.text_fr, s.floor_language, s.updated_at
       FROM statements s JOIN documents d ON d.id = s.document_id
       WHERE (s.updated_at, s.id) > (?, ?) ORDER BY s.updated_at, s.id LIMIT ?`,
    )
      .bind(state?.last_updated_at ?? "", state?.last_id ?? 0, batch)
      .all<PendingStatement>();
    if (results.length === 0) break;
    const texts = results.map(statementText);
    // Workers AI refuses empty inputs; a statement with no text is recorded as done.
    const withText = results.filter((_, i) => texts[i] !== "");
    const vectors = withText.length
      ? await embed(
          semantic.ai,
          texts.filter((t) => t !== ""),
        )
      : [];
    if (withText.length) {
      await semantic.vectors.upsert(
        withText.map((s, i) => ({ id: vectorId(s.id), values: vectors[i]!, metadata: { type: "statement", date: s.date, session: s.session } })),
      );
    }
    const last = results[results.length - 1]!;
    await env.PLATFORM.prepare(
      `INSERT INTO search_vector_sync (name, last_updated_at, last_id, embedded, synced_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET last_updated_at = excluded.last_updated_at, last_id = excluded.last_id,
         embedded = embedded + excluded.embedded, synced_at = excluded.synced_at`,
    )
      .bind(SYNC, last.updated_at, last.id, withText.length, new Date().toISOString())
      .run();
    embedded += withText.length;
    if (results.length < batch) break;
  }
  return embedded;
}
