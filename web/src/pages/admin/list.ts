/**
 * A filtered, paged table for the admin pages: the filter form's fields are query parameters
 * (so a filtered list is a link to share), "Show more" pages with the API's cursors, and the new
 * count is announced when the filters change. Unlike the public list pages it sits inside a
 * section of a larger page, under that section's heading.
 */
import type { Page } from "../../api/client";
import { h } from "../../dom";
import { defineMessages } from "../../i18n";
import type { PageContext } from "../../router";
import { filterForm } from "../../ui/listpage";
import { announce } from "../../ui/live";
import { pager } from "../../ui/pager";
import { dataTable, type Column } from "../../ui/table";

const m = defineMessages({ clear: "Clear filters" }, { clear: "Effacer les filtres" });

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
  const { form, fieldsSlot } = filterForm(ctx, options.filterLabel, options.applyLabel, m("clear"));

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
