/**
 * Lists that page with the API's cursors: the first page, then "Show more" appends the next one
 * and moves focus to the first new item, so a keyboard user carries on reading where the new
 * items start.
 */
import { isAbort, type Page } from "../api/client";
import { h } from "../dom";
import { formatNumber, t } from "../i18n";
import { announce } from "./live";
import { emptyState, errorState, loadingState } from "./states";

export interface PagerOptions<T> {
  load: (cursor: string | null) => Promise<Page<T>>;
  render: (item: T) => HTMLElement;
  /** Where items go (a tbody, ul or ol). */
  list: HTMLElement;
  /** What holds the list (the table frame, the list itself); hidden while there is nothing. */
  container: HTMLElement;
  emptyText: string;
  /** Told about every page loaded, e.g. to show totals or facets. */
  onPage?: (page: Page<T>, first: boolean) => void;
}

export interface Pager {
  element: HTMLElement;
  /** Loads the first page; resolves with its total (null when unknown) or null on failure. */
  start(): Promise<number | null>;
}

export function pager<T>(options: PagerOptions<T>): Pager {
  const status = h("p", { class: "pager-status", "data-testid": "pager-status" });
  const button = h("button", { type: "button", class: "button button-secondary" }, t("more"));
  const slot = h("div", { class: "pager-slot" });
  const moreError = h("div", { class: "pager-error" });
  const footer = h("div", { class: "pager" }, status, button, moreError);
  const element = h("div", { class: "paged" }, slot, options.container, footer);
  let cursor: string | null = null;
  let shown = 0;
  let total: number | null = null;
  let atLeast = false;
  let busy = false;

  options.container.hidden = true;
  footer.hidden = true;

  function updateFooter(): void {
    footer.hidden = shown === 0;
    status.textContent = total === null ? "" : t(atLeast ? "showing.gte" : "showing", { shown: formatNumber(shown), total: formatNumber(total) });
    button.hidden = cursor === null;
  }

  async function start(): Promise<number | null> {
    options.list.replaceChildren();
    cursor = null;
    shown = 0;
    total = null;
    options.container.hidden = true;
    footer.hidden = true;
    slot.replaceChildren(loadingState());
    try {
      const page = await options.load(null);
      cursor = page.pagination.next_cursor;
      total = page.pagination.total;
      atLeast = page.pagination.total_relation === "gte";
      shown = page.data.length;
      options.list.replaceChildren(...page.data.map(options.render));
      slot.replaceChildren(shown === 0 ? emptyState(options.emptyText) : "");
      options.container.hidden = shown === 0;
      updateFooter();
      options.onPage?.(page, true);
      return total ?? shown;
    } catch (err) {
      if (isAbort(err)) return null;
      slot.replaceChildren(errorState(err, () => void start()));
      return null;
    }
  }

  async function more(): Promise<void> {
    if (busy || cursor === null) return;
    busy = true;
    button.setAttribute("aria-disabled", "true");
    button.textContent = t("more.loading");
    try {
      const page = await options.load(cursor);
      const items = page.data.map(options.render);
      options.list.append(...items);
      cursor = page.pagination.next_cursor;
      shown += items.length;
      total = page.pagination.total ?? total;
      moreError.replaceChildren();
      updateFooter();
      options.onPage?.(page, false);
      announce(`${t("more.loaded", { n: items.length })} ${status.textContent ?? ""}`);
      focusFirst(items[0]);
    } catch (err) {
      if (!isAbort(err)) moreError.replaceChildren(errorState(err));
    } finally {
      busy = false;
      button.removeAttribute("aria-disabled");
      button.textContent = t("more");
    }
  }

  button.addEventListener("click", () => void more());
  return { element, start };
}

function focusFirst(item: HTMLElement | undefined): void {
  if (!item) return;
  const target = item.querySelector<HTMLElement>("a, button") ?? item;
  if (target === item && !item.hasAttribute("tabindex")) item.setAttribute("tabindex", "-1");
  target.focus();
}
