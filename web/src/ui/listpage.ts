/**
 * The pattern the list pages share: a filter form whose fields are the URL's query parameters
 * (so a filtered list is a shareable link), a results table that pages with "Show more", and the
 * count announced when filters change.
 */
import type { Page } from "../api/client";
import { h } from "../dom";
import { resultsText, t } from "../i18n";
import { href, navigate, type PageContext, type PageView } from "../router";
import { formValues } from "./forms";
import { announce } from "./live";
import { pager } from "./pager";
import { dataTable, type Column } from "./table";

export interface ListPageOptions<T> {
  ctx: PageContext;
  title: string;
  intro?: string;
  filterLabel: string;
  /** Form fields named after the query parameters they set, filled from `query`. */
  fields: (query: URLSearchParams) => HTMLElement[];
  load: (query: URLSearchParams, cursor: string | null, signal: AbortSignal) => Promise<Page<T>>;
  caption: string;
  /** Results as a table (columns and row)… */
  columns?: Column[];
  row?: (item: T) => HTMLTableRowElement;
  /** …or as a list of cards, for records too rich for a row. */
  card?: (item: T) => HTMLLIElement;
  emptyText: string;
  /** Content between the filters and the table that depends on the filters (a chart). */
  aside?: (query: URLSearchParams, signal: AbortSignal) => Node | null;
  /** What the aside depends on: it is rebuilt only when this changes (not for every filter). */
  asideKey?: (query: URLSearchParams) => string;
  /** Content above the filters, unaffected by them. */
  header?: Node[];
}

/** The page's own filters, passed to the API under the same names (empty ones are dropped by `get`). */
export function filtersOf(query: URLSearchParams, ...names: string[]): Record<string, string | null> {
  return Object.fromEntries(names.map((name) => [name, query.get(name)]));
}

/**
 * A list's filter form: its fields go in `fieldsSlot`; submitting navigates to the page with the
 * form's values as the query string, so a filtered list has a URL of its own.
 */
export function filterForm(ctx: PageContext, label: string, applyLabel: string, clearLabel: string) {
  const fieldsSlot = h("div", { class: "filter-fields" });
  const form = h(
    "form",
    { class: "filters", "aria-label": label },
    fieldsSlot,
    h(
      "div",
      { class: "filter-actions" },
      h("button", { type: "submit", class: "button" }, applyLabel),
      h("a", { href: href(ctx.path), class: "clear-link" }, clearLabel),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(href(ctx.path, formValues(form)));
  });
  return { form, fieldsSlot };
}

export function listPage<T>(options: ListPageOptions<T>): PageView {
  const { ctx } = options;
  const { form, fieldsSlot } = filterForm(ctx, options.filterLabel, t("filters.apply"), t("filters.clear"));
  // On a phone the filters would fill the first screen: they start folded there, and say how
  // many are in force.
  const summary = h("summary", {});
  const filterBox = h("details", { class: "filters-box", open: window.matchMedia("(min-width: 48rem)").matches }, summary, form);

  const count = h("p", { class: "count", "data-testid": "result-count" });
  const asideSlot = h("div", { class: "aside-slot" });
  let query = ctx.query;
  let asideController: AbortController | null = null;
  let asideKey: string | null = null;
  ctx.signal.addEventListener("abort", () => asideController?.abort(), { once: true });
  let layout: { list: HTMLElement; container: HTMLElement; render: (item: T) => HTMLElement };
  if (options.card) {
    const cards = h("ul", { class: "card-grid", "aria-label": options.caption });
    layout = { list: cards, container: cards, render: options.card };
  } else {
    const table = dataTable({ caption: options.caption, columns: options.columns ?? [] });
    layout = { list: table.body, container: table.frame, render: options.row! };
  }
  const list = pager<T>({
    load: (cursor) => options.load(query, cursor, ctx.signal),
    render: layout.render,
    list: layout.list,
    container: layout.container,
    emptyText: options.emptyText,
    onPage: (page, first) => {
      if (first) count.textContent = resultsText(page.pagination.total ?? page.data.length);
    },
  });

  function fill(next: URLSearchParams): void {
    query = next;
    fieldsSlot.replaceChildren(...options.fields(next));
    const names = new Set([...fieldsSlot.querySelectorAll<HTMLInputElement>("[name]")].map((el) => el.name));
    const active = [...next.entries()].filter(([key, value]) => names.has(key) && value !== "").length;
    summary.textContent = active ? t("filters.active", { n: active }) : t("filters");
    const key = options.asideKey?.(next) ?? next.toString();
    if (options.aside && key !== asideKey) {
      asideKey = key;
      asideController?.abort();
      asideController = new AbortController();
      asideSlot.replaceChildren(options.aside(next, asideController.signal) ?? "");
    }
  }

  async function reload(announceCount: boolean): Promise<void> {
    count.textContent = "";
    const total = await list.start();
    if (announceCount && total !== null) announce(resultsText(total));
  }

  fill(ctx.query);
  void reload(false);

  const node = h(
    "div",
    { class: "page" },
    h("h1", {}, options.title),
    options.intro && h("p", { class: "lead" }, options.intro),
    ...(options.header ?? []),
    filterBox,
    asideSlot,
    h("div", { class: "results" }, count, list.element),
  );
  return {
    title: options.title,
    node,
    update(next) {
      fill(next.query);
      void reload(true);
    },
  };
}
