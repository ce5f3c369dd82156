import { z } from "zod";

/**
 * Text normalisation the sources need: scraped whitespace, double-decoded accents, the `--` that
 * older exports print for an em dash, and slugs for records whose source gave none.
 */

/** Spaces that are not ASCII spaces but mean one (no-break, figure, narrow no-break). */
const WIDE_SPACES = /[\u00A0\u2007\u202F]/g;
/** Characters with no width that scrapers carry over from HTML. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Windows-1252 punctuation that reached us as C1 control characters, i.e. cp1252 bytes decoded
 * as Latin-1 (openparliament's `Île d\u0092Orléans`, `Île-des-S\u009Curs`). C1 controls never
 * occur in real text, so mapping them back is safe; the five cp1252 leaves unassigned are dropped.
 */
const CP1252 = [..."€_‚ƒ„…†‡ˆ‰Š‹Œ_Ž__‘’“”•–—˜™š›œ_žŸ"].map((char) => (char === "_" ? "" : char));
const C1 = /[\u0080-\u009F]/g;

/** One line of text: odd spaces to spaces, runs collapsed, trimmed; empty becomes null. */
export function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value
    .replace(C1, (char) => CP1252[char.charCodeAt(0) - 0x80]!)
    .replace(INVISIBLE, "")
    .replace(WIDE_SPACES, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text === "" ? null : text;
}

/** A multi-line value (a postal address): CRLF and CR become LF, each line cleaned, blank lines dropped. */
export function cleanLines(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const lines = value
    .split(/\r\n|\r|\n/)
    .map(cleanText)
    .filter((line): line is string => line !== null);
  return lines.length === 0 ? null : lines.join("\n");
}

/** UTF-8 byte sequences that were decoded as Latin-1 (`Ã©` for `é`, `Â\u00A0` for a no-break space). */
const MOJIBAKE = /[\u00C2-\u00DF][\u0080-\u00BF]|[\u00E0-\u00EF][\u0080-\u00BF]{2}|[\u00F0-\u00F4][\u0080-\u00BF]{3}/g;

/**
 * Undoes UTF-8 text that a scraper decoded as Latin-1, sometimes twice (`NoÃ\u0083Â«l` → `Noël`).
 * Only sequences that decode as valid UTF-8 are replaced, so genuine accented text is untouched.
 * A lone `Â` before a space or at the end is what is left of a no-break space whose second byte
 * the publisher trimmed away; it is dropped.
 */
export function repairMojibake(value: string): string {
  let text = value;
  for (let pass = 0; pass < 3; pass++) {
    const next = text.replace(MOJIBAKE, (sequence) => {
      const bytes = Uint8Array.from(sequence, (char) => char.charCodeAt(0));
      try {
        return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
      } catch {
        return sequence;
      }
    });
    if (next === text) break;
    text = next;
  }
  return text.replace(/Â(?=\s|$)/g, "");
}

/**
 * Riding names join places with an unspaced em dash. openparliament prints it as `--`, and one
 * OCD name has a stray space after it (`Rivière-du-Loup— Kataskomiq`). Apostrophes are the
 * ASCII ones both sources otherwise use, so names compare equal across them.
 */
export function ridingName(value: string | null | undefined): string | null {
  return (
    cleanText(value)
      ?.replace(/\s*(?:--|—)\s*/g, "—")
      .replace(/’/g, "'") ?? null
  );
}

/** Letters NFKD does not decompose into a base letter plus accent. */
const LIGATURES: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ø: "o", Ø: "o", ß: "ss", ł: "l", Ł: "l", đ: "d" };

/** `Côte-Saint-Luc—Hampstead` → `cote-saint-luc-hampstead`: ASCII, lower case, hyphens only. */
export function slugify(value: string): string {
  return value
    .replace(/[œŒæÆøØßłŁđ]/g, (char) => LIGATURES[char] ?? char)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Hands out slugs unique within one set. Slugs the source gave are reserved first, so a
 * generated slug never takes one that already names something; clashes get `-2`, `-3`, ….
 */
export class SlugSet {
  private readonly taken = new Set<string>();

  reserve(slug: string): boolean {
    if (this.taken.has(slug)) return false;
    this.taken.add(slug);
    return true;
  }

  claim(base: string): string {
    const stem = base === "" ? "unnamed" : base;
    let slug = stem;
    for (let n = 2; this.taken.has(slug); n++) slug = `${stem}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}

/** `2021-09-20` plus `days` (negative for before), as a calendar date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A calendar date as the schema stores it; rejects impossible dates such as `2010-02-30`. */
export const isoDate = z.iso.date();
