/** Data tables: a caption, column headers, and a keyboard-scrollable frame for narrow screens. */
import { h, uid, type Child } from "../dom";

export interface Column {
  label: string;
  numeric?: boolean;
  /** Hidden on phones when the table would otherwise be too wide to read. */
  secondary?: boolean;
}

export interface TableParts {
  frame: HTMLElement;
  table: HTMLTableElement;
  body: HTMLTableSectionElement;
  caption: HTMLTableCaptionElement;
}

/**
 * A table whose frame scrolls sideways on small screens. The frame is focusable and named after
 * the caption so keyboard users can scroll it too.
 */
export function dataTable(options: { caption: string; columns: Column[]; captionHidden?: boolean; rows?: HTMLTableRowElement[] }): TableParts {
  const captionId = uid("caption");
  const caption = h("caption", { id: captionId, class: options.captionHidden ? "visually-hidden" : undefined }, options.caption);
  const body = h("tbody", {}, ...(options.rows ?? []));
  const table = h(
    "table",
    { class: "data-table" },
    caption,
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...options.columns.map((c) =>
          h("th", { scope: "col", class: [c.numeric ? "num" : "", c.secondary ? "secondary" : ""].join(" ").trim() || undefined }, c.label),
        ),
      ),
    ),
    body,
  );
  const frame = h("div", { class: "table-frame", role: "region", "aria-labelledby": captionId, tabindex: "0" }, table);
  return { frame, table, body, caption };
}

/** A row: the first cell is the row's header (`th scope=row`). */
export function row(cells: (Child | Child[])[], columns: Column[]): HTMLTableRowElement {
  return h(
    "tr",
    {},
    ...cells.map((cell, i) => {
      const column = columns[i];
      const cls = [column?.numeric ? "num" : "", column?.secondary ? "secondary" : ""].join(" ").trim() || undefined;
      const content = Array.isArray(cell) ? cell : [cell];
      return i === 0 ? h("th", { scope: "row", class: cls }, ...content) : h("td", { class: cls }, ...content);
    }),
  );
}
