/**
 * A transcript (a House sitting or a committee meeting): statements in the order they were
 * spoken, grouped under their order of business and subject, each with an anchor (`#s141`) that
 * search results and topic lists link to. Both languages come with every statement, so switching
 * the transcript's language re-renders without asking the API again.
 */
import { isAbort, type Page, type Schema } from "../api/client";
import { h, uid } from "../dom";
import { defineMessages, formatNumber, getLang, otherLang, t, type Lang } from "../i18n";
import { announce } from "./live";
import { link, memberPath, paragraphs } from "./page";
import { emptyState, errorState, loadingState } from "./states";

const m = defineMessages(
  {
    language: "Show the transcript in",
    en: "English",
    fr: "French",
    empty: "This transcript has no statements.",
    translatedFrom: "Not available in this language; shown in the original.",
    loaded: "{shown} of {total} statements shown.",
    anchor: "Link to this statement",
  },
  {
    language: "Afficher la transcription en",
    en: "anglais",
    fr: "français",
    empty: "Cette transcription ne contient aucune intervention.",
    translatedFrom: "Non disponible dans cette langue\u00a0; affiché dans la langue d’origine.",
    loaded: "{shown} interventions sur {total} affichées.",
    anchor: "Lien vers cette intervention",
  },
);

export interface Transcript {
  element: HTMLElement;
  start(): Promise<void>;
  /** Loads pages until statement `sequence` is on the page; then scrolls to it and focuses it. */
  reveal(sequence: number): Promise<void>;
}

type Statement = Schema<"Statement">;

const PAGE_SIZE = 100;

export function transcript(load: (cursor: string | null, limit: number) => Promise<Page<Statement>>): Transcript {
  let items: Statement[] = [];
  let cursor: string | null = null;
  let total: number | null = null;
  let textLang: Lang = getLang();
  let loading: Promise<void> | null = null;

  const list = h("div", { class: "transcript-list" });
  const slot = h("div", {});
  const status = h("p", { class: "pager-status" });
  const button = h("button", { type: "button", class: "button button-secondary", onClick: () => void more(true) }, t("more"));
  const moreError = h("div", {});
  const footer = h("div", { class: "pager" }, status, button, moreError);
  footer.hidden = true;

  const name = uid("textlang");
  const radios = (["en", "fr"] as const).map((lang) => {
    const input = h("input", { type: "radio", name, value: lang, checked: lang === textLang, id: `${name}-${lang}` });
    input.addEventListener("change", () => {
      if (!input.checked) return;
      textLang = lang;
      list.replaceChildren(...build(items, null));
    });
    return h("span", { class: "radio" }, input, h("label", { for: input.id, lang }, lang === "en" ? "English" : "Français"));
  });
  const switcher = h("fieldset", { class: "text-lang" }, h("legend", {}, m("language")), ...radios);

  const element = h("div", { class: "transcript" }, switcher, slot, list, footer);

  function updateFooter(): void {
    footer.hidden = items.length === 0;
    button.hidden = cursor === null;
    status.textContent = total === null ? "" : m("loaded", { shown: formatNumber(items.length), total: formatNumber(total) });
  }

  async function start(): Promise<void> {
    slot.replaceChildren(loadingState());
    try {
      const page = await load(null, PAGE_SIZE);
      items = page.data;
      cursor = page.pagination.next_cursor;
      total = page.pagination.total;
      list.replaceChildren(...build(items, null));
      slot.replaceChildren(items.length === 0 ? emptyState(m("empty")) : "");
      updateFooter();
    } catch (err) {
      if (!isAbort(err)) slot.replaceChildren(errorState(err, () => void start()));
    }
  }

  function more(focus: boolean): Promise<void> {
    loading ??= (async () => {
      if (cursor === null) return;
      button.setAttribute("aria-disabled", "true");
      button.textContent = t("more.loading");
      try {
        const page = await load(cursor, PAGE_SIZE);
        const previous = items[items.length - 1] ?? null;
        const nodes = build(page.data, previous);
        list.append(...nodes);
        items = items.concat(page.data);
        cursor = page.pagination.next_cursor;
        total = page.pagination.total ?? total;
        moreError.replaceChildren();
        updateFooter();
        if (focus) {
          announce(status.textContent ?? "");
          const first = page.data[0] && document.getElementById(`s${page.data[0].sequence}`);
          first?.focus();
        }
      } catch (err) {
        if (!isAbort(err)) moreError.replaceChildren(errorState(err));
      } finally {
        button.removeAttribute("aria-disabled");
        button.textContent = t("more");
      }
    })().finally(() => {
      loading = null;
    });
    return loading;
  }

  async function reveal(sequence: number): Promise<void> {
    let target = document.getElementById(`s${sequence}`);
    while (!target && cursor !== null) {
      await more(false);
      target = document.getElementById(`s${sequence}`);
      if (moreError.childElementCount > 0) break;
    }
    if (target) {
      target.scrollIntoView({ block: "start" });
      target.focus({ preventScroll: true });
    }
  }

  function text(s: Statement, field: "text" | "heading" | "subheading"): { value: string | null; lang: Lang } {
    const own = s[`${field}_${textLang}`];
    if (own) return { value: own, lang: textLang };
    const other = s[`${field}_${otherLang(textLang)}`];
    return { value: other ?? null, lang: otherLang(textLang) };
  }

  function build(statements: Statement[], previous: Statement | null): HTMLElement[] {
    const nodes: HTMLElement[] = [];
    let heading = previous ? text(previous, "heading").value : null;
    let subheading = previous ? text(previous, "subheading").value : null;
    for (const s of statements) {
      const h3 = text(s, "heading");
      const h4 = text(s, "subheading");
      if (h3.value && h3.value !== heading) {
        nodes.push(h("h3", { class: "transcript-heading", lang: h3.lang === getLang() ? undefined : h3.lang }, h3.value));
        subheading = null;
      }
      if (h4.value && h4.value !== subheading) {
        nodes.push(h("h4", { class: "transcript-subheading", lang: h4.lang === getLang() ? undefined : h4.lang }, h4.value));
      }
      heading = h3.value ?? heading;
      subheading = h4.value ?? subheading;
      nodes.push(statementNode(s));
    }
    return nodes;
  }

  function statementNode(s: Statement): HTMLElement {
    const body = text(s, "text");
    const speakerName = s.speaker[`name_${textLang}`] ?? s.speaker[`name_${otherLang(textLang)}`] ?? s.speaker.member?.name ?? null;
    const context = s.speaker[`context_${textLang}`] ?? s.speaker[`context_${otherLang(textLang)}`];
    const fallback = body.lang !== textLang;
    return h(
      "article",
      { class: `statement${s.procedural ? " procedural" : ""}`, id: `s${s.sequence}`, tabindex: "-1", lang: body.lang === getLang() ? undefined : body.lang },
      (speakerName || s.time) &&
        h(
          "header",
          { class: "statement-head" },
          speakerName && h("p", { class: "speaker" }, s.speaker.member ? link(memberPath(s.speaker.member), speakerName) : speakerName),
          context && h("p", { class: "speaker-context" }, context),
          s.time && h("p", { class: "statement-time" }, h("time", {}, s.time)),
          h("a", { class: "anchor", href: `#s${s.sequence}`, "aria-label": `${m("anchor")} (${s.sequence})`, lang: getLang() }, "#"),
        ),
      fallback && body.value && h("p", { class: "muted small", lang: getLang() }, m("translatedFrom")),
      ...paragraphs(body.value),
    );
  }

  return { element, start, reveal };
}
