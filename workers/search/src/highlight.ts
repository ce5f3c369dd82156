/**
 * Highlighted snippets that can never carry markup from the source text. FTS5's `snippet()` and
 * `highlight()` wrap matches in these two control characters (SQL `char(2)`, `char(3)`); the whole
 * snippet is HTML-escaped first, and only then do the sentinels become `<mark>` and `</mark>`.
 * Sentinels are emitted only as balanced pairs, so even a source text that contained one could
 * at worst mark some of its own words.
 */

export const MARK_OPEN = "\u0002";
export const MARK_CLOSE = "\u0003";
const SENTINEL = new RegExp(`([${MARK_OPEN}${MARK_CLOSE}])`);
const SENTINELS = new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`, "g");
/** The same sentinels as SQL expressions, for `snippet(…, ${SQL_MARKS}, …)`. */
export const SQL_MARKS = "char(2), char(3)";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

/** A snippet from FTS5 as safe HTML: escaped text, with `<mark>` around each match. */
export function markedHtml(raw: string | null | undefined): string {
  if (!raw) return "";
  let open = false;
  let out = "";
  for (const part of escapeHtml(raw).split(SENTINEL)) {
    if (part === MARK_OPEN) {
      if (!open) out += "<mark>";
      open = true;
    } else if (part === MARK_CLOSE) {
      if (open) out += "</mark>";
      open = false;
    } else out += part;
  }
  return open ? `${out}</mark>` : out;
}

/** Whether FTS5 marked a match in this snippet. */
export const hasMark = (raw: string | null | undefined): boolean => !!raw && raw.includes(MARK_OPEN);

/** The start of a text, as a snippet with nothing marked (for results found without a keyword). */
export function leadHtml(text: string | null | undefined, words = 32): string {
  if (!text) return "";
  const all = text.replace(SENTINELS, "").split(/\s+/u).filter(Boolean);
  return escapeHtml(all.slice(0, words).join(" ") + (all.length > words ? "…" : ""));
}
