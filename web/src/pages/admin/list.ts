/**
 * A filtered, paged table for the admin pages: the filter form's fields are query parameters
 * (so a filtered list is a link to share), "Show more" pages with the API's cursors, and the new
 * count is announced when the filters change. Unlike the public list pages it sits inside a
 * section of a larger page, under that section's heading.
 */
import type { Page } from "../../api/client";
import { h } from "../../dom";
import { defineMessages } from "../../i18n";
import { href, navigate, type PageContext } from "../../router";
import { formValues } from "../../ui/forms";
import { announce } from "../../ui/live";
import { pager } from "../../ui/pager";
import { dataTable, type Column } from "../../ui/table";

const m = defineMessages({ "clear": "Clear filters" }, { "clear": "Effacer les filtres" });

export interface AdminListOptions<T> {
  ctx: PageContext;
  filterLabel: string;
  applyLabel: string;
  fields: (query: URLSearchParams) => HTMLElement[];
  load: (query: URLSearchParams, cursor: string | null, signal: AbortSignal) => Promise<Page<T>>;
  caption: string;
  columns: Column[];
  row: (item: T) => HTMLTableRowElement;
  emptyText: string;
  countText: (n: number) => string;
}

export interface AdminList {
  form: HTMLFormElement;
  results: HTMLElement;
  /** Shows the list for this query string (first load, a filter change, back and forward). */
  show(query: URLSearchParams, announceCount: boolean): Promise<void>;
  /** Loads the current list again, e.g. after an action changed it. */
  reload(): Promise<void>;
}

export function adminList<T>(options: AdminListOptions<T>): AdminList {
  const { ctx } = options;
  const fieldsSlot = h("div", { class: "filter-fields" });
  const form = h(
    "form",
    { class: "filters", "aria-label": options.filterLabel },
    fieldsSlot,
    h(
      "div",
      { class: "filter-actions" },
      h("button", { type: "submit", class: "button" }, options.applyLabel),
      h("a", { href: href(ctx.path), class: "clear-link" }, m("clear")),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(href(ctx.path, formValues(form)));
  });

  let query = ctx.query;
  const count = h("p", { class: "count" });
  const table = dataTable({ caption: options.caption, columns: options.columns });
  const list = pager<T>({
    load: (cursor) => options.load(query, cursor, ctx.signal),
    render: options.row,
    list: table.body,
    container: table.frame,
    emptyText: options.emptyText,
    onPage: (page, first) => {
      if (first) count.textContent = options.countText(page.pagination.total ?? page.data.length);
    },
  });

  async function load(announceCount: boolean): Promise<void> {
    count.textContent = "";
    const total = await list.start();
    if (announceCount && total !== null) announce(options.countText(total));
  }

  return {
    form,
    results: h("div", { class: "results" }, count, list.element),
    async show(next, announceCount) {
      query = next;
      fieldsSlot.replaceChildren(...options.fields(next));
      await load(announceCount);
    },
    reload: () => load(false),
  };
}
