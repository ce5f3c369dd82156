/** Search across statements, bills, members, committees and representatives, with facets and highlights. */
import { get, type Schema } from "../api/client";
import { RESULT_TYPES, type ResultType } from "../../../shared/search/result-types";
import { h, uid } from "../dom";
import { defineMessages, formatDate, formatNumber, resultsText, t } from "../i18n";
import { href, navigate, type PageContext, type PageView } from "../router";
import { chartPanel } from "../ui/chart";
import { formValues, selectField, textField } from "../ui/forms";
import { typeLabel } from "../ui/labels";
import { announce } from "../ui/live";
import { billPath, committeePath, meetingPath, memberPath, sittingPath } from "../ui/page";
import { pager } from "../ui/pager";
import { highlighted } from "../ui/snippet";
import { withSuggestions } from "../ui/suggest";

type SearchPage = Schema<"SearchPage">;
type SearchResult = Schema<"SearchResult">;
type Facet = Schema<"SearchFacet">;

const m = defineMessages(
  {
    title: "Search",
    titleFor: "Search: {q}",
    label: "Search for",
    hint: 'All words must match. Use "quotes" for a phrase, -word to exclude, OR for alternatives.',
    sort: "Order",
    "sort.relevance": "Relevance",
    "sort.date": "Newest first",
    in: "Language of the text",
    "in.en": "English",
    "in.fr": "French",
    submit: "Search",
    refine: "Refine the results",
    "facet.type": "Kind",
    "facet.party": "Party",
    "facet.session": "Session",
    "facet.year": "Year",
    "facet.selected": "selected; choose to remove this filter",
    "facet.remove": "remove this filter",
    active: "Filtered by:",
    clear: "Remove all filters",
    results: "Results",
    count: "{results} for “{q}”",
    "count.gte": "More than {n} results for “{q}”; add words or filters to narrow them",
    empty: "Nothing matches. Try fewer words, or remove a filter.",
    start: "Search everything said in the House and in committee since the records begin, plus bills, members, committees and representatives.",
    tips: "Search tips",
    "tip.words": "carbon tax — statements containing both words",
    "tip.phrase": '"carbon tax" — the exact phrase',
    "tip.not": "carbon -rebate — carbon, but not rebate",
    "tip.or": "pharmacare OR dentalcare — either word",
    "tip.accents": "Accents are optional: economie finds économie.",
    "in.statement": "{speaker}, {date}",
    chart: "Mentions over time",
    "chart.text": "How often the words were said, by month.",
  },
  {
    title: "Recherche",
    titleFor: "Recherche\u00a0: {q}",
    label: "Rechercher",
    hint: 'Tous les mots doivent figurer. Utilisez des "guillemets" pour une expression, -mot pour exclure, OR pour des variantes.',
    sort: "Ordre",
    "sort.relevance": "Pertinence",
    "sort.date": "Plus récents d’abord",
    in: "Langue du texte",
    "in.en": "Anglais",
    "in.fr": "Français",
    submit: "Rechercher",
    refine: "Affiner les résultats",
    "facet.type": "Type",
    "facet.party": "Parti",
    "facet.session": "Session",
    "facet.year": "Année",
    "facet.selected": "sélectionné\u00a0; choisir pour retirer ce filtre",
    "facet.remove": "retirer ce filtre",
    active: "Filtré par\u00a0:",
    clear: "Retirer tous les filtres",
    results: "Résultats",
    count: "{results} pour «\u00a0{q}\u00a0»",
    "count.gte": "Plus de {n} résultats pour «\u00a0{q}\u00a0»\u00a0; ajoutez des mots ou des filtres pour les réduire",
    empty: "Aucun résultat. Essayez avec moins de mots ou retirez un filtre.",
    start:
      "Cherchez dans tout ce qui a été dit à la Chambre et en comité depuis le début des archives, ainsi que dans les projets de loi, les députés, les comités et les élus.",
    tips: "Conseils de recherche",
    "tip.words": "taxe carbone — les interventions contenant les deux mots",
    "tip.phrase": '"taxe carbone" — l’expression exacte',
    "tip.not": "carbone -remise — carbone, mais pas remise",
    "tip.or": "assurance-médicaments OR dentaire — l’un ou l’autre",
    "tip.accents": "Les accents sont facultatifs\u00a0: economie trouve économie.",
    "in.statement": "{speaker}, {date}",
    chart: "Mentions au fil du temps",
    "chart.text": "À quelle fréquence ces mots ont été prononcés, par mois.",
  },
);

const FILTER_KEYS = ["type", "party", "session", "year"] as const;

export default function search(ctx: PageContext): PageView {
  const fields = h("div", { class: "search-fields" });
  const form = h(
    "form",
    { class: "search-form", role: "search", "aria-label": m("title") },
    fields,
    h("div", { class: "filter-actions" }, h("button", { type: "submit", class: "button" }, m("submit"))),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = formValues(form);
    // A new query keeps the kind filter (what the visitor is looking for) and drops the others.
    navigate(href(ctx.path, { q: values.q, sort: values.sort === "relevance" ? undefined : values.sort, in: values.in, type: query.get("type") }));
  });

  const body = h("div", { class: "search-body" });
  const heading = h("h1", {}, m("title"));
  let query = ctx.query;
  let run: AbortController | null = null;
  let refocus: string | null = null;

  function fill(q: URLSearchParams): void {
    fields.replaceChildren(
      textField({ label: m("label"), name: "q", type: "search", hint: m("hint"), value: q.get("q"), className: "field-wide" }),
      selectField({
        label: m("sort"),
        name: "sort",
        value: q.get("sort") ?? "relevance",
        choices: [
          ["relevance", m("sort.relevance")],
          ["date", m("sort.date")],
        ],
      }),
      selectField({
        label: m("in"),
        name: "in",
        value: q.get("in"),
        choices: [
          ["", t("any")],
          ["en", m("in.en")],
          ["fr", m("in.fr")],
        ],
      }),
    );
    withSuggestions(fields.querySelector<HTMLInputElement>("input[name=q]")!);
  }

  async function searchNow(announceCount: boolean): Promise<void> {
    run?.abort();
    const q = query.get("q")?.trim();
    heading.textContent = q ? m("titleFor", { q }) : m("title");
    document.title = `${heading.textContent} · ${t("site.name")}`;
    if (!q) {
      body.replaceChildren(startHelp());
      return;
    }
    run = new AbortController();
    const signal = run.signal;
    ctx.signal.addEventListener("abort", () => run?.abort(), { once: true });

    const facetsSlot = h("div", { class: "facets-slot" });
    // Shown once there are facets to refine by; an error leaves the results column alone.
    const aside = h("aside", { class: "facets", "aria-label": m("refine"), hidden: true }, facetsSlot);
    const countId = uid("count");
    const count = h("p", { class: "count", id: countId, "data-testid": "result-count" });
    const activeSlot = h("div", {});
    const list = h("ol", { class: "search-results", "aria-labelledby": countId });
    const results = pager<SearchResult>({
      load: (cursor) => get("/api/v1/search", { query: apiQuery(query, cursor), signal }),
      render: resultItem,
      list,
      container: list,
      emptyText: m("empty"),
      onPage: (page, first) => {
        if (!first) return;
        const total = page.pagination.total ?? page.data.length;
        count.textContent =
          page.pagination.total_relation === "gte" ? m("count.gte", { n: formatNumber(total), q }) : m("count", { results: resultsText(total), q });
        const facets = (page as SearchPage).facets;
        const panel = facetPanel(facets);
        facetsSlot.replaceChildren(panel ?? "");
        aside.hidden = panel === null;
        activeSlot.replaceChildren(activeFilters(facets) ?? "");
        // A facet link the visitor followed is rebuilt with the results: give focus back to its
        // new copy in the facet list, or to the count when it is gone.
        if (refocus !== null) {
          const link = aside.querySelector<HTMLElement>(`a[data-facet="${CSS.escape(refocus)}"]`);
          if (!link) count.setAttribute("tabindex", "-1");
          (link ?? count).focus();
          refocus = null;
        }
      },
    });

    const resultsId = uid("results");
    body.replaceChildren(
      h(
        "div",
        { class: "search-layout" },
        aside,
        h(
          "section",
          { class: "search-main", "aria-labelledby": resultsId },
          h("h2", { id: resultsId, class: "visually-hidden" }, m("results")),
          count,
          activeSlot,
          results.element,
          chartPanel({ kind: "mentions-over-time", params: { q }, heading: m("chart"), description: m("chart.text"), signal }),
        ),
      ),
    );
    const total = await results.start();
    if (announceCount && total !== null) announce(count.textContent ?? resultsText(total));
  }

  function facetPanel(facets: SearchPage["facets"]): HTMLElement | null {
    const active = FILTER_KEYS.some((k) => query.has(k));
    const groups = [
      facetGroup(m("facet.type"), facets.type, "type", (v) => typeLabel(v as ResultType)),
      facetGroup(m("facet.party"), facets.party, "party", (v, f) => f.label ?? v),
      facetGroup(m("facet.session"), facets.session, "session", (v) => v),
      facetGroup(m("facet.year"), facets.year, "year", (v) => v),
    ].filter((g): g is HTMLElement => g !== null);
    if (groups.length === 0 && !active) return null;
    return h(
      "div",
      {},
      h("h2", { class: "facets-title" }, m("refine")),
      active && h("p", {}, h("a", { href: href(ctx.path, withOnly(query, ["q", "sort", "in"])) }, m("clear"))),
      ...groups,
    );
  }

  /** The filters in force, each a link that removes it: on a phone the facets are far below. */
  function activeFilters(facets: SearchPage["facets"]): HTMLElement | null {
    const partyLabel = (slug: string) => facets.party.find((f) => f.value === slug)?.label ?? slug;
    const chips: HTMLElement[] = [];
    for (const key of FILTER_KEYS) {
      for (const value of selectedValues(key)) {
        const text = key === "type" ? typeLabel(value as ResultType) : key === "party" ? partyLabel(value) : value;
        chips.push(
          h(
            "li",
            {},
            h(
              "a",
              { href: href(ctx.path, toggled(key, value)), class: "chip", "data-facet": `${key}:${value}` },
              text,
              h("span", { "aria-hidden": "true" }, " ×"),
              h("span", { class: "visually-hidden" }, ` — ${m("facet.remove")}`),
            ),
          ),
        );
      }
    }
    if (chips.length === 0) return null;
    return h("div", { class: "active-filters" }, h("span", {}, m("active")), h("ul", { role: "list" }, ...chips));
  }

  function facetGroup(title: string, values: Facet[], key: (typeof FILTER_KEYS)[number], label: (value: string, facet: Facet) => string): HTMLElement | null {
    const usable = values.filter((f): f is Facet & { value: string } => f.value !== null && f.count > 0);
    const selected = selectedValues(key);
    // A filter in force stays listed, so it can be removed, even if the answer has no count for it.
    for (const value of selected) if (!usable.some((f) => f.value === value)) usable.push({ value, count: 0 });
    if (usable.length === 0) return null;
    const id = uid("facet");
    return h(
      "section",
      { class: "facet", "aria-labelledby": id },
      h("h3", { id }, title),
      h(
        "ul",
        { role: "list" },
        ...usable.map((f) => {
          const on = selected.includes(f.value);
          return h(
            "li",
            {},
            h(
              "a",
              {
                href: href(ctx.path, toggled(key, f.value)),
                class: on ? "facet-on" : undefined,
                "aria-current": on ? "true" : undefined,
                "data-facet": `${key}:${f.value}`,
              },
              label(f.value, f),
              f.count > 0 && h("span", { class: "facet-count" }, ` (${formatNumber(f.count)})`),
              on && h("span", { class: "visually-hidden" }, ` — ${m("facet.selected")}`),
            ),
          );
        }),
      ),
    );
  }

  function selectedValues(key: (typeof FILTER_KEYS)[number]): string[] {
    const value = query.get(key);
    if (!value) return [];
    return key === "type" ? value.split(",").filter(Boolean) : [value];
  }

  /** The query with one facet value switched on or off (types combine; the others replace). */
  function toggled(key: (typeof FILTER_KEYS)[number], value: string): URLSearchParams {
    const next = new URLSearchParams(query);
    const selected = selectedValues(key);
    if (key === "type") {
      const types = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
      const ordered = RESULT_TYPES.filter((t) => types.includes(t));
      if (ordered.length) next.set("type", ordered.join(","));
      else next.delete("type");
    } else if (selected.includes(value)) next.delete(key);
    else next.set(key, value);
    next.delete("cursor");
    return next;
  }

  fill(ctx.query);
  void searchNow(false);

  return {
    title: ctx.query.get("q") ? m("titleFor", { q: ctx.query.get("q")! }) : m("title"),
    node: h("div", { class: "page page-search" }, heading, form, body),
    update(next) {
      refocus = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>("[data-facet]")?.dataset.facet ?? null;
      query = next.query;
      fill(next.query);
      void searchNow(true);
    },
  };
}

function withOnly(query: URLSearchParams, keys: string[]): Record<string, string | null> {
  return Object.fromEntries(keys.map((k) => [k, query.get(k)]));
}

/** The search's query from the page's own (the API checks the filters' values). Only called with a `q`. */
function apiQuery(query: URLSearchParams, cursor: string | null): Record<string, string | number | null> & { q: string } {
  const year = query.get("year");
  const validYear = year && /^\d{4}$/.test(year) ? year : null;
  return {
    q: query.get("q") ?? "",
    type: query.get("type"),
    party: query.get("party"),
    session: query.get("session"),
    sort: query.get("sort"),
    // `lang` on the API filters the text's language; the page's own language goes as Accept-Language.
    lang: query.get("in"),
    date_from: validYear ? `${validYear}-01-01` : null,
    date_to: validYear ? `${validYear}-12-31` : null,
    limit: 20,
    cursor,
  };
}

/** Where a result lives on this site, from its API address and ids. */
export function resultPath(r: SearchResult): string {
  switch (r.type) {
    case "statement": {
      const doc = r.statement?.document;
      const anchor = r.statement ? `#s${r.statement.sequence}` : "";
      if (doc?.kind === "evidence" && doc.committee && r.session) return `${meetingPath(doc.committee, r.session, doc.number)}${anchor}`;
      if (r.date) return `${sittingPath(r.date)}${anchor}`;
      return "/debates";
    }
    case "bill": {
      const [session = "", number = ""] = r.id.split("/");
      return billPath({ session, number });
    }
    case "member":
      return memberPath({ id: /^\d+$/.test(r.id) ? Number(r.id) : null, slug: r.id });
    case "committee":
      return committeePath(r.id);
    case "representative":
      return `/representatives/${r.id.split("/").map(encodeURIComponent).join("/")}`;
  }
}

function resultItem(r: SearchResult): HTMLLIElement {
  const meta: (string | HTMLElement)[] = [h("span", { class: "tag tag-type" }, typeLabel(r.type, false))];
  if (r.type === "statement" && r.statement) {
    meta.push(m("in.statement", { speaker: r.statement.speaker ?? r.member?.name ?? "—", date: formatDate(r.date) }));
    const topic = [r.statement.heading, r.statement.subheading].filter(Boolean).join(" — ");
    if (topic) meta.push(topic);
  } else {
    if (r.date) meta.push(formatDate(r.date));
    if (r.session) meta.push(r.session);
    if (r.representative) meta.push([r.representative.office, r.representative.district].filter(Boolean).join(", "));
    if (r.member && r.type === "bill") meta.push(r.member.name);
  }
  const [path, hash] = resultPath(r).split("#");
  return h(
    "li",
    { class: "search-result" },
    h("h3", { class: "result-title" }, h("a", { href: href(hash ? `${path}#${hash}` : path!) }, r.title)),
    h("p", { class: "result-meta" }, ...meta.flatMap((item, i) => (i ? [" · ", item] : [item]))),
    r.snippet && h("p", { class: "snippet" }, highlighted(r.snippet)),
  );
}

function startHelp(): HTMLElement {
  return h(
    "div",
    { class: "search-help" },
    h("p", {}, m("start")),
    h(
      "section",
      { class: "panel", "aria-labelledby": "search-tips" },
      h("h2", { id: "search-tips" }, m("tips")),
      h(
        "ul",
        {},
        h("li", {}, m("tip.words")),
        h("li", {}, m("tip.phrase")),
        h("li", {}, m("tip.not")),
        h("li", {}, m("tip.or")),
        h("li", {}, m("tip.accents")),
      ),
    ),
  );
}
