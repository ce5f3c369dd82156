import type { DomainEvent } from "#shared/queues/messages";

/** What loading one document did, summed into its run. */
export interface DocumentOutcome {
  status: "succeeded" | "failed";
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  error?: string;
  rejects: { recordIndex: number | null; sourceId: string | null; reason: string }[];
}

/** What a loader did with one document, and the change events it calls for. */
export type LoadResult = Omit<DocumentOutcome, "status" | "error"> & { events: DomainEvent[] };

/** Parses, validates and loads one document (each language's publication as bytes). */
export type Loader = (env: Env, publications: Uint8Array[], document: { document: string; urls: string[] }) => Promise<LoadResult>;
