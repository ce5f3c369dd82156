/// <reference path="./papaparse-unparse.d.ts" />
import { unparse } from "papaparse/papaparse.min.js";
import type { Cell } from "./kind";

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

/**
 * A chart's rows as RFC 4180 CSV: a header row of `columns`, CRLF line ends. Text cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`…) are escaped, since party names and
 * queries come from outside.
 */
export function toCsv(columns: readonly string[], rows: Record<string, Cell>[]): string {
  return unparse(rows, { columns: [...columns], header: true, newline: "\r\n", escapeFormulae: true });
}

/** `attachment; filename="…"` for a name made only of safe characters, so no quoting is needed. */
export const attachment = (name: string): string => `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "-")}.csv"`;
