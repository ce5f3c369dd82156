import { describe, expect, it } from "vitest";
import { leadHtml, markedHtml, MARK_CLOSE as C, MARK_OPEN as O } from "./highlight";

describe("highlighted snippets", () => {
  it("escape the source text, then mark the matches", () => {
    expect(markedHtml(`a <script>alert("x")</script> & ${O}tax${C}'s`)).toBe(
      "a &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>tax</mark>&#39;s",
    );
  });

  it("emit only balanced marks, whatever sentinels the text itself holds", () => {
    expect(markedHtml(`${C}a ${O}${O}b${C}${C} ${O}c`)).toBe("a <mark>b</mark> <mark>c</mark>");
  });

  it("can carry no markup but <mark>", () => {
    const html = markedHtml(`<img src=x onerror=alert(1)> ${O}<b>${C} <!-- -->`);
    expect(html.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  it("start an unmarked snippet at the beginning of the text", () => {
    expect(leadHtml("one <two> three", 2)).toBe("one &lt;two&gt;…");
    expect(leadHtml(null)).toBe("");
  });
});
