import { ProblemError } from "#shared/http/problem";

/**
 * The search box's grammar, parsed here and never handed to FTS5 as typed:
 *
 *   word        must match (every word must match)
 *   "a phrase"  these words, in this order (an unclosed quote runs to the end)
 *   -word       must not match; also -"a phrase"
 *   a OR b      either (upper-case OR; binds tighter than the implicit AND)
 *
 * Everything else is text: `*`, `^`, `:`, `(`, `NEAR`, `AND`, `NOT`, quotes inside words. Each
 * term becomes an FTS5 string (double quotes, inner quotes doubled), which FTS5 only ever
 * tokenizes, so no input can reach FTS5's own syntax. Terms with nothing the tokenizer keeps
 * (only punctuation) are dropped, because FTS5 matches nothing for an empty string.
 */

export const MAX_QUERY_LENGTH = 500;
export const MAX_TERMS = 32;

export interface Term {
  text: string;
  phrase: boolean;
}

export interface ParsedQuery {
  /** Every group must match; a group matches when any of its terms does (`a OR b`). */
  all: Term[][];
  /** No term may match. */
  none: Term[];
}

/** What unicode61 keeps as token characters: letters, numbers and private-use characters. */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
/** Controls (NUL included) and our snippet sentinels are whitespace to the parser. */
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

interface Lexeme {
  kind: "term" | "or";
  term?: Term;
  negated?: boolean;
}

function lex(input: string): Lexeme[] {
  const text = input.normalize("NFC").replace(CONTROL, " ");
  const out: Lexeme[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if (ch === "-" && i + 1 < text.length && !/\s/u.test(text[i + 1]!)) {
      negated = true;
      i++;
    }
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close === -1 ? text.length : close;
      out.push({ kind: "term", term: { text: text.slice(i + 1, end), phrase: true }, negated });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/u.test(text[end]!) && text[end] !== '"') end++;
    const word = text.slice(i, end);
    i = end;
    if (word === "OR" && !negated) out.push({ kind: "or" });
    else out.push({ kind: "term", term: { text: word, phrase: false }, negated });
  }
  return out;
}

const badQuery = (detail: string) => new ProblemError(400, `query.q: ${detail}`, { errors: [{ pointer: "query.q", detail }] });

/** Parses what a caller typed; anything that cannot make a search is a 400 saying why. */
export function parseQuery(input: string): ParsedQuery {
  if (input.length > MAX_QUERY_LENGTH) throw badQuery(`must be at most ${MAX_QUERY_LENGTH} characters`);
  const all: Term[][] = [];
  const none: Term[] = [];
  let terms = 0;
  // Whether an OR follows a positive term, i.e. whether the next positive term joins the last
  // group. An OR with no positive term on one side (first, last, next to an exclusion) joins
  // nothing and is dropped; a doubled OR counts once.
  let joining = false;
  let lastWasPositive = false;
  for (const lexeme of lex(input)) {
    if (lexeme.kind === "or") {
      joining = joining || lastWasPositive;
      lastWasPositive = false;
      continue;
    }
    const term = lexeme.term!;
    if (!TOKEN_CHAR.test(term.text)) {
      joining = false;
      lastWasPositive = false;
      continue;
    }
    if (++terms > MAX_TERMS) throw badQuery(`must have at most ${MAX_TERMS} words, phrases and exclusions`);
    if (lexeme.negated) {
      none.push(term);
      joining = false;
      lastWasPositive = false;
      continue;
    }
    if (joining && all.length > 0) all[all.length - 1]!.push(term);
    else all.push([term]);
    joining = false;
    lastWasPositive = true;
  }
  if (all.length === 0) {
    throw badQuery(none.length > 0 ? "needs at least one word to find, not only exclusions" : "has no words to search for");
  }
  return { all, none };
}

/** A term as an FTS5 string: FTS5 tokenizes what is inside and reads none of it as syntax. */
export const ftsString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

const group = (terms: Term[]): string => (terms.length === 1 ? ftsString(terms[0]!.text) : `(${terms.map((t) => ftsString(t.text)).join(" OR ")})`);

/**
 * The FTS5 MATCH expression for a parsed query. `columns` restricts what must match to those
 * columns (a language's columns); exclusions apply to every column, since a statement that
 * says the excluded word in either language is about it.
 */
export function ftsExpression(query: ParsedQuery, columns?: readonly string[]): string {
  const positive = query.all.map(group).join(" AND ");
  const scoped = columns && columns.length > 0 ? `{${columns.join(" ")}} : (${positive})` : `(${positive})`;
  return query.none.length > 0 ? `${scoped} NOT (${query.none.map((t) => ftsString(t.text)).join(" OR ")})` : scoped;
}

/**
 * The query as analytics groups it: the terms as the parser read them, accents folded and lower
 * case, so `Économie` and `economie` count as one query.
 */
export function normalizeQuery(query: ParsedQuery): string {
  const fold = (t: Term) => {
    const text = t.text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/gu, " ").trim();
    return t.phrase ? `"${text}"` : text;
  };
  return [...query.all.map((g) => g.map(fold).join(" OR ")), ...query.none.map((t) => `-${fold(t)}`)].join(" ");
}

/**
 * Prefix completion for suggestions: the words typed so far, the last one unfinished. Only token
 * characters are kept, so the expression is a sequence of plain FTS5 strings and one prefix.
 */
export function prefixExpression(input: string, maxWords = 8): string | undefined {
  const words = input
    .normalize("NFC")
    .match(/[\p{L}\p{N}\p{Co}]+/gu)
    ?.slice(-maxWords);
  if (!words || words.length === 0) return undefined;
  return words.map((w, i) => (i === words.length - 1 ? `${ftsString(w)} *` : ftsString(w))).join(" AND ");
}
