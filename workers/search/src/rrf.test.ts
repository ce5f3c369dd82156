import { describe, expect, it } from "vitest";
import { reciprocalRankFusion, RRF_K } from "./rrf";

describe("reciprocal rank fusion", () => {
  it("scores each result 1/(k + rank) per list and sums", () => {
    const fused = reciprocalRankFusion([
      ["a", "b", "c"],
      ["c", "a"],
    ]);
    expect(fused.map((f) => f.key)).toEqual(["a", "c", "b"]);
    expect(fused[0]).toEqual({ key: "a", score: 1 / (RRF_K + 1) + 1 / (RRF_K + 2), ranks: [1, 2] });
    expect(fused[1]).toEqual({ key: "c", score: 1 / (RRF_K + 3) + 1 / (RRF_K + 1), ranks: [3, 1] });
    expect(fused[2]).toEqual({ key: "b", score: 1 / (RRF_K + 2), ranks: [2, null] });
  });

  it("ranks agreement between lists above one list's top result", () => {
    const fused = reciprocalRankFusion([
      ["keyword-only", "both"],
      ["semantic-only", "both"],
    ]);
    expect(fused[0]!.key).toBe("both");
  });

  it("breaks ties by the earlier list's rank, so the order is deterministic", () => {
    const fused = reciprocalRankFusion([
      ["k1", "k2"],
      ["s1", "s2"],
    ]);
    expect(fused.map((f) => f.key)).toEqual(["k1", "s1", "k2", "s2"]);
  });

  it("counts a key listed twice in one ranking at its best rank", () => {
    expect(reciprocalRankFusion([["a", "a"]])).toEqual([{ key: "a", score: 1 / (RRF_K + 1), ranks: [1] }]);
  });

  it("passes one ranking through and fuses nothing into nothing", () => {
    expect(reciprocalRankFusion([["x", "y"], []]).map((f) => f.key)).toEqual(["x", "y"]);
    expect(reciprocalRankFusion([[], []])).toEqual([]);
  });
});
