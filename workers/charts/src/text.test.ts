import { describe, expect, it } from "vitest";
import { clip, fileSlug } from "./text";

describe("clip", () => {
  it("leaves short text as it is, spaces collapsed", () => {
    expect(clip("Second  reading\nof Bill C-1", 80)).toBe("Second reading of Bill C-1");
  });

  it("cuts long text at a word and marks the cut", () => {
    const clipped = clip("That the House do now adjourn until the hour of eleven o'clock tomorrow morning", 40);
    expect(clipped).toBe("That the House do now adjourn until the…");
    expect(clipped.length).toBeLessThanOrEqual(40);
  });
});

describe("fileSlug", () => {
  it.each([
    ['"Carbon tax" Économie', "carbon-tax-economie"],
    ["../../etc/passwd", "etc-passwd"],
    ['"; rm -rf', "rm-rf"],
    ["***", ""],
  ])("%s → %s", (text, slug) => {
    expect(fileSlug(text)).toBe(slug);
  });

  it("is bounded", () => {
    expect(fileSlug("word ".repeat(50)).length).toBeLessThanOrEqual(60);
  });
});
