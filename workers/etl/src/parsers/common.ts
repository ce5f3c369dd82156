/// <reference path="./common-papaparse.d.ts" />
import Papa from "papaparse/papaparse.min.js";
import type { z } from "zod";

/**
 * What every source parser shares: reading the publisher's bytes, the error a whole file fails
 * with, and the per-record reject a run reports. A parser either returns every record it could
 * validate plus a reason for each one it could not, or throws `SourceParseError` when the file
 * itself is unusable — it never hands back half a file silently.
 */

/** A publisher's file as fetched: bytes from `fetch`, or text already decoded. */
export type RawSource = ArrayBuffer | Uint8Array | string;

/** The whole file is unusable (empty, not UTF-8, not JSON/CSV, wrong shape); nothing from it loads. */
export class SourceParseError extends Error {
  override readonly name = "SourceParseError";
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** One record left out of a load, and why; `index` is its position in the file's list of records. */
export interface Reject {
  index: number;
  sourceId: string | null;
  reason: string;
}

export interface ParseResult<R> {
  records: R;
  rejects: Reject[];
}

const utf8 = () => new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes strict UTF-8 and drops a byte-order mark, so a BOM never reaches a field value. */
export function decodeText(raw: RawSource): string {
  if (typeof raw === "string") return raw.replace(/^\uFEFF/, "");
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  try {
    // With ignoreBOM false, TextDecoder consumes a leading BOM itself.
    return utf8().decode(bytes);
  } catch {
    throw new SourceParseError(`not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})`);
  }
}

/** Where strict decoding fails, so the reason points at the byte an operator should look at. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      utf8().decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

function nonEmptyText(raw: RawSource, what: string): string {
  const text = decodeText(raw);
  if (text.trim() === "") throw new SourceParseError(`empty file: expected ${what}`);
  return text;
}

/** Parses a JSON document whose top level must be an array (every JSON source here is one). */
export function readJsonArray(raw: RawSource, what: string): unknown[] {
  const text = nonEmptyText(raw, what);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SourceParseError(`not valid JSON (${(error as Error).message}): expected ${what}`);
  }
  if (!Array.isArray(value)) {
    throw new SourceParseError(`expected ${what} as a JSON array, found ${value === null ? "null" : typeof value}`);
  }
  return value;
}

export interface CsvRow {
  index: number;
  values: Record<string, string>;
}

/**
 * Parses a CSV file with a header row. Missing required columns mean the file is not the one we
 * expected and fail it whole; a row with the wrong number of fields is a reject.
 */
export function readCsv(raw: RawSource, required: readonly string[], what: string): ParseResult<CsvRow[]> {
  const text = nonEmptyText(raw, what);
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter: ",",
    skipEmptyLines: true,
    transformHeader: (header) => header.trim(),
  });
  const columns = parsed.meta.fields ?? [];
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new SourceParseError(`expected ${what} with column(s) ${missing.join(", ")}; found ${columns.join(", ") || "none"}`);
  }
  const rowErrors = new Map<number, string>();
  for (const error of parsed.errors) {
    // An unterminated quote swallows every row after it into one field: the rest of the file is
    // lost, so the file fails whole rather than loading the rows before it.
    if (error.type === "Quotes" || error.row === undefined || error.row === null) {
      throw new SourceParseError(`unreadable CSV: ${error.message} (near data row ${error.row ?? "?"})`);
    }
    rowErrors.set(error.row, rowErrors.has(error.row) ? `${rowErrors.get(error.row)}; ${error.message}` : error.message);
  }
  const records: CsvRow[] = [];
  const rejects: Reject[] = [];
  parsed.data.forEach((values, index) => {
    const problem = rowErrors.get(index);
    if (problem) rejects.push({ index, sourceId: values[required[0]!] || null, reason: `malformed CSV row: ${problem}` });
    else records.push({ index, values });
  });
  if (records.length === 0 && rejects.length === 0) throw new SourceParseError(`no rows: expected ${what}`);
  return { records, rejects };
}

/** A zod failure as one line an operator can act on: which field, what was wrong. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}

/** Validates one record; a failure becomes the reject reason instead of an exception. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): { ok: true; value: z.output<S> } | { ok: false; reason: string } {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, reason: describeIssues(result.error) };
}

/**
 * Remembers the first index each natural key was seen at; a later record with the same key is
 * a duplicate the source listed twice, and the reason says which record it repeats.
 */
export class FirstSeen {
  private readonly seen = new Map<string, number>();

  duplicate(key: string, index: number, label: string): string | null {
    const first = this.seen.get(key);
    if (first !== undefined) return `duplicate ${label} ${key} (first at index ${first})`;
    this.seen.set(key, index);
    return null;
  }
}

/** Rejects in file order, however many passes found them. */
export const inFileOrder = (...lists: Reject[][]): Reject[] => lists.flat().sort((a, b) => a.index - b.index);
