/** A transcript's table of contents, and the `#s<sequence>` links that jump into it. */
import type { Schema } from "../api/client";
import { h } from "../dom";
import { defineMessages, field, fieldLang, formatNumber, getLang } from "../i18n";
import type { Transcript } from "./transcript";

const m = defineMessages({ count: "{n} statements" }, { count: "{n} interventions" });

const ANCHOR = /^#s(\d+)$/;

/**
 * Topic links load the transcript up to the statement they point at (it may be on a page not
 * loaded yet); the address keeps the anchor so it can be shared, without a history entry each.
 */
export function topicList(topics: Schema<"Topic">[], transcript: Transcript): HTMLElement {
  return h(
    "ol",
    { class: "topics" },
    ...topics.map((topic) => {
      const heading = field(topic, "heading");
      const subheading = field(topic, "subheading");
      const anchor = `#s${topic.first_sequence}`;
      const lang = fieldLang(topic, subheading ? "subheading" : "heading");
      return h(
        "li",
        {},
        h(
          "a",
          {
            href: anchor,
            lang: lang === getLang() ? undefined : lang,
            onClick: (event: Event) => {
              event.preventDefault();
              history.replaceState(history.state, "", anchor);
              void transcript.reveal(topic.first_sequence);
            },
          },
          subheading ?? heading ?? anchor,
        ),
        subheading && heading && h("span", { class: "muted" }, ` — ${heading}`),
        h("span", { class: "muted" }, ` (${m("count", { n: formatNumber(topic.statements) })})`),
      );
    }),
  );
}

/** Follows `#s<sequence>` in the address, now and whenever it changes, until the page is left. */
export function watchStatementAnchors(transcript: Transcript, signal: AbortSignal): void {
  const follow = () => {
    const match = ANCHOR.exec(location.hash);
    if (match) void transcript.reveal(Number(match[1]));
  };
  follow();
  window.addEventListener("hashchange", follow, { signal });
}
