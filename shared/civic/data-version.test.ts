import { describe, expect, it } from "vitest";
import { runChangedCivicData } from "./data-version";

describe("runChangedCivicData", () => {
  it.each([
    [{ inserted: 3, updated: 0, documents_failed: 0 }, true],
    [{ inserted: 0, updated: 1, documents_failed: 0 }, true],
    [{ inserted: 0, updated: 0, documents_failed: 1 }, true],
    [{ inserted: 0, updated: 0, documents_failed: 0 }, false],
  ])("%o → %s", (run, changed) => {
    expect(runChangedCivicData(run)).toBe(changed);
  });
});
