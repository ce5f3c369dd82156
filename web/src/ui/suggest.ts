/**
 * Search-as-you-type for a search box: `GET /api/v1/search/suggest` as the visitor types
 * (after a pause, the previous request abandoned), shown as an ARIA 1.2 combobox with a listbox.
 * Arrow keys move through the suggestions, Enter opens the one chosen, Escape closes the list; a
 * member or bill opens its page, a topic searches for it. Without a choice, Enter submits the
 * form as typed. Suggestions are a convenience: when they fail (offline, rate-limited), the list
 * simply stays closed.
 */
import { get, type Schema } from "../api/client";
import { h, uid } from "../dom";
import { defineMessages, formatNumber } from "../i18n";
import { href, navigate } from "../router";
import { announce } from "./live";
import { highlighted } from "./snippet";

const m = defineMessages(
  {
    "type.member": "Member",
    "type.bill": "Bill",
    "type.topic": "Topic",
    statements: "{n} statements",
    "statements.one": "1 statement",
    count: "{n} suggestions. Use the up and down arrows to choose one.",
    "count.one": "1 suggestion. Use the down arrow to choose it.",
  },
  {
    "type.member": "Député·e",
    "type.bill": "Projet de loi",
    "type.topic": "Sujet",
    statements: "{n} interventions",
    "statements.one": "1 intervention",
    count: "{n} suggestions. Utilisez les flèches haut et bas pour en choisir une.",
    "count.one": "1 suggestion. Utilisez la flèche bas pour la choisir.",
  },
);

/** Typed characters before suggestions are asked for, and the pause after the last keystroke. */
const MIN_CHARS = 2;
const PAUSE_MS = 200;
/** Suggestions of each kind. */
const PER_KIND = 4;

/** Where a suggestion leads in the web app: its page, or a search. */
export function suggestionTarget(s: Schema<"Suggestion">): string {
  if (s.type === "member") return href(`/members/${encodeURIComponent(s.id)}`);
  if (s.type === "bill") {
    const [session, number] = s.id.split("/");
    return href(`/bills/${encodeURIComponent(session ?? "")}/${encodeURIComponent(number ?? "")}`);
  }
  // A topic's API link is the search for it; the site's search page takes the same `q`.
  return href("/search", { q: new URL(s.url, location.origin).searchParams.get("q") ?? s.text });
}

export function withSuggestions(input: HTMLInputElement): void {
  const list = h("ul", { class: "suggestions", role: "listbox", id: uid("suggestions"), hidden: true });
  // Named after the box's label, found in its field (the form may not be in the document yet).
  list.setAttribute("aria-label", input.closest(".field")?.querySelector("label")?.textContent ?? "");
  input.insertAdjacentElement("afterend", list);
  input.parentElement?.classList.add("combobox");
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  input.autocomplete = "off";

  let shown: Schema<"Suggestion">[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asking: AbortController | null = null;

  const options = () => [...list.children] as HTMLElement[];

  function close(): void {
    clearTimeout(timer);
    asking?.abort();
    shown = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function highlight(index: number): void {
    active = index;
    for (const [i, option] of options().entries()) option.setAttribute("aria-selected", String(i === index));
    const option = options()[index];
    if (option) {
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  function choose(index: number): void {
    const suggestion = shown[index];
    if (!suggestion) return;
    close();
    navigate(suggestionTarget(suggestion));
  }

  function show(suggestions: Schema<"Suggestion">[]): void {
    shown = suggestions;
    active = -1;
    list.replaceChildren(
      ...suggestions.map((s, i) =>
        h(
          "li",
          {
            id: `${list.id}-${i}`,
            role: "option",
            class: "suggestion",
            "aria-selected": "false",
            // Keeps the focus in the box, so the click is the choice and not a blur first.
            onMousedown: (event: Event) => event.preventDefault(),
            onClick: () => choose(i),
          },
          h("span", { class: "suggestion-type" }, m(`type.${s.type}`)),
          h("span", { class: "suggestion-text", lang: s.lang }, highlighted(s.html)),
          s.statements !== undefined &&
            h("span", { class: "suggestion-count" }, s.statements === 1 ? m("statements.one") : m("statements", { n: formatNumber(s.statements) })),
        ),
      ),
    );
    const open = suggestions.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    input.removeAttribute("aria-activedescendant");
    if (open) announce(suggestions.length === 1 ? m("count.one") : m("count", { n: suggestions.length }));
  }

  async function ask(q: string): Promise<void> {
    asking?.abort();
    const controller = new AbortController();
    asking = controller;
    try {
      const { data } = await get("/api/v1/search/suggest", { query: { q, limit: PER_KIND }, signal: controller.signal });
      // Only the answer to what is in the box now.
      if (asking === controller && input.value.trim() === q && document.activeElement === input) show(data);
    } catch {
      if (asking === controller) close();
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < MIN_CHARS) {
      close();
      return;
    }
    timer = setTimeout(() => void ask(q), PAUSE_MS);
  });

  input.addEventListener("keydown", (event) => {
    const open = !list.hidden && shown.length > 0;
    if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      highlight((active + 1) % shown.length);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight(active <= 0 ? shown.length - 1 : active - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    } else if (event.key === "Enter") {
      // The form submits what was typed; the list has nothing more to say.
      close();
    }
  });

  input.addEventListener("blur", close);
}
