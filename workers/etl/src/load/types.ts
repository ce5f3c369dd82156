import type { DomainEvent } from "#shared/queues/messages";
import type { DocumentOutcome } from "../runs-record";

/** What a loader did with one document, and the change events it calls for. */
export type LoadResult = Omit<DocumentOutcome, "status" | "error"> & { events: DomainEvent[] };

/** Parses, validates and loads one document (each language's publication as bytes). */
export type Loader = (env: Env, publications: Uint8Array[], document: { document: string; urls: string[] }) => Promise<LoadResult>;
