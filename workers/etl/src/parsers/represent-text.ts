import { cleanLines, cleanText, repairMojibake } from "./common-text";

/**
 * Represent's 2013 scrapes carry whatever the council web pages had: accents decoded as Latin-1
 * (`ThÃ©riault`), no-break and zero-width spaces, trailing `\r`, and labels scraped along with
 * the value (`Name: Steven Hicks`, `Tel: 867-825-2000`).
 */

/** Any single-line value. */
export const text = (value: string | null | undefined): string | null => (value === null || value === undefined ? null : cleanText(repairMojibake(value)));

/** A person's name, without a scraped `Name:` label. */
export const personName = (value: string): string | null => text(value.replace(/^\s*name\s*:/i, ""));

/** A phone or fax number as printed (extensions kept), without a scraped `Tel:` / `Phone:` / `Fax:` label. */
export const phone = (value: string | null | undefined): string | null =>
  text(value?.replace(/^[\s\u00A0\u200B]*(?:tel|telephone|phone|ph|fax)\.?[\s\u00A0]*:/i, ""));

/** A postal address: one line per line of the address, LF-separated. */
export const address = (value: string | null | undefined): string | null => (value === null || value === undefined ? null : cleanLines(repairMojibake(value)));

/**
 * An e-mail address, or null when the field holds something else (`E-mail`, a bare domain).
 * Spaces and stray quotes are scraping debris (`mbattista@ ville.montreal.qc.ca`,
 * `j_power@xplornet.ca'`). Of two addresses joined by `;` the first, the council's own, is
 * kept, as the schema has room for one.
 */
export function email(value: string | null | undefined): string | null {
  const candidates = (text(value) ?? "")
    .replace(/^mailto:/i, "")
    .replace(/\s+/g, "")
    .split(/[;,]/)
    .map((candidate) => candidate.replace(/^['"<(]+|['">).]+$/g, ""));
  return candidates.find((candidate) => /^[^@]+@[^@]+\.[a-z]{2,}$/i.test(candidate)) ?? null;
}

/** Some councils publish a contact form where the address should be. */
export function contactForm(value: string | null | undefined): string | null {
  const url = text(value);
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}
