/**
 * Reading a page the way a person does, through its accessible structure: the definition beside
 * a term, the rows and columns of a named table, whether a chart's canvas has been drawn on.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** Retries an assertion until the page catches up (a first visit loads its page chunk and data). */
export const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 200 });

/** The text given for a term of a description list: `Riding` → `Churchill—Keewatinook Aski (Manitoba)`. */
export async function definitionOf(scope: Page | Locator, term: string): Promise<string> {
  const dt = scope.getByRole("term").filter({ hasText: new RegExp(`^\\s*${escapeRegExp(term)}\\s*$`) });
  return (await dt.locator("xpath=following-sibling::dd[1]").innerText()).trim();
}

/** A table's rows below its header row. */
export function bodyRows(table: Locator): Locator {
  return table.locator(":scope > tbody > tr");
}

/** The text of each body cell under a column header, e.g. every "Ballot" of a table. */
export async function column(table: Locator, header: string): Promise<string[]> {
  return table.evaluate((el, name) => {
    const headers = [...el.querySelectorAll(":scope > thead > tr > th")].map((th) => th.textContent?.trim());
    const index = headers.indexOf(name);
    if (index < 0) throw new Error(`No column "${name}" among ${headers.join(", ")}`);
    return [...el.querySelectorAll(":scope > tbody > tr")].map((tr) => (tr.children[index] as HTMLElement | undefined)?.innerText.trim() ?? "");
  }, header);
}

/** How many pixels of a canvas have been painted: 0 until something (a chart) is drawn. */
export function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const { data } = c.getContext("2d")!.getImageData(0, 0, c.width, c.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
    return painted;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
