/** Shortens text for a chart's subtitle at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // The cut falls between words when the next character is a space; else back up to the last one.
  const space = flat[max - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Text as a file-name fragment: accents folded, lower-case ASCII words joined by `-`, bounded. */
export function fileSlug(text: string, max = 60): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return (words ?? []).join("-").slice(0, max).replace(/-+$/, "");
}
