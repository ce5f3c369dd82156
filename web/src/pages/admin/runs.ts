/** Where a run's page is, and following a run until it ends. */
import { get, isAbort } from "../../api/client";
import type { EtlRunDetail } from "./types";

export const runPath = (id: string): string => `/admin/etl/runs/${encodeURIComponent(id)}`;

/** Documents load one queue message each, so a few seconds between looks is plenty. */
const FOLLOW_EVERY_MS = 3000;

/**
 * Reads the run every few seconds while it is running, telling `onUpdate` each time, the last
 * time with the finished run. Stops when `signal` aborts (the visitor left) or a read fails (told to `onError`).
 */
export async function followRun(id: string, signal: AbortSignal, onUpdate: (run: EtlRunDetail) => void, onError: (err: unknown) => void): Promise<void> {
  for (;;) {
    let run: EtlRunDetail;
    try {
      run = await get("/api/v1/etl/runs/{id}", { path: { id }, signal, cache: false });
    } catch (err) {
      if (!isAbort(err)) onError(err);
      return;
    }
    if (signal.aborted) return;
    onUpdate(run);
    if (run.status !== "running") return;
    const waited = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(true), FOLLOW_EVERY_MS);
      signal.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          resolve(false);
        },
        { once: true },
      );
    });
    if (!waited) return;
  }
}
