import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, toPage } from "./pagination";
import { ProblemError } from "./problem";

describe("cursors", () => {
  it("round-trip a sort key, accents and all", () => {
    const key = ["2023-05-18", "Économie — Québec", 332, null];
    expect(decodeCursor(encodeCursor(key), 4)).toEqual(key);
  });

  it.each([["garbage!!"], [`${encodeCursor(["a", 1])}x`], [btoa("{}")], [encodeCursor(["only one"])]])(
    "refuse a cursor this API did not issue (%s) with a 400",
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrowError(ProblemError);
      try {
        decodeCursor(cursor, 2);
      } catch (err) {
        expect((err as ProblemError).status).toBe(400);
      }
    },
  );
});

describe("toPage", () => {
  const rows = [1, 2, 3, 4, 5].map((n) => ({ n }));

  it("serves `limit` rows and a cursor at the last one when more exist", () => {
    const page = toPage(rows.slice(0, 3), 2, (r) => [r.n], 5);
    expect(page.data).toEqual([{ n: 1 }, { n: 2 }]);
    expect(decodeCursor(page.pagination.next_cursor!, 1)).toEqual([2]);
    expect(page.pagination).toMatchObject({ limit: 2, total: 5 });
  });

  it("has no next cursor on the last page", () => {
    expect(toPage(rows.slice(3), 2, (r) => [r.n], 5).pagination.next_cursor).toBeNull();
  });
});
