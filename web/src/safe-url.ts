/**
 * The one gate for addresses that come from data (representatives' sites and photos, members'
 * links, source documents, email addresses and phone numbers from the publishers): only what is
 * safe to follow becomes an `href` or `src`. Anything else (`javascript:`, `data:`, `vbscript:`,
 * a scheme-relative `//host`, a bare `www.example.ca`, a malformed string) is not a link, and the
 * page shows it as text. Kept free of the DOM so it is tested on its own (test/web-safe-url.test.ts).
 */

/** An absolute `http:` or `https:` URL, normalised, or null. */
export function webUrl(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  // The scheme must be written out in full: browsers repair "https:/x", "https:\\x" and
  // "//x" into other addresses, and a link should go where its text says.
  if (!/^https?:\/\/[^/\\]/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname || url.username || url.password) return null;
  return url.href;
}

/**
 * A photo's address, or null. The site allows images from `https:` only (see web/public/_headers),
 * and browsers upgrade a plain-`http:` image on an HTTPS page anyway, so ask for `https:` outright.
 */
export function imageUrl(value: string | null | undefined): string | null {
  const url = webUrl(value);
  return url?.startsWith("http:") ? `https:${url.slice("http:".length)}` : url;
}

/** `mailto:` for something shaped like one email address, or null. */
export function mailtoUrl(address: string | null | undefined): string | null {
  const text = address?.trim() ?? "";
  return /^[^\s@:/?#\\,;<>"]+@[^\s@:/?#\\,;<>"]+\.[^\s@:/?#\\,;<>".]+$/.test(text) ? `mailto:${text}` : null;
}

/** `tel:` with the digits (and a leading +) of a phone number, or null when it has too few to dial. */
export function telUrl(number: string | null | undefined): string | null {
  const dialled = (number ?? "").replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "");
  return /\d{3,}/.test(dialled) ? `tel:${dialled}` : null;
}
