import { toId } from "./hansard-text";
import { type XmlElement, collapse, firstChild, rawText } from "./hansard-xml";

export interface Speaker {
  dbId: number | null;
  affiliationType: number | null;
  /** Whether the source gave the id ("affiliation") or it was matched by printed name ("printed-name"). */
  idFrom: "affiliation" | "printed-name" | null;
  name: string | null;
  context: string | null;
}

export const NO_SPEAKER: Speaker = { dbId: null, affiliationType: null, idFrom: null, name: null, context: null };

/**
 * Splits "Hon. Steven Fletcher (Minister of State (Transport), CPC)" into the name and the
 * printed parenthesis. Parentheses nest, and a proxy answer adds a second group
 * ("… (Leader of the Government…, CPC) (for the Minister of Environment)"): groups are joined with "; ".
 */
export function splitPrinted(printed: string): { name: string | null; context: string | null } {
  const text = collapse(printed);
  const groups: string[] = [];
  let depth = 0;
  let start = -1;
  let nameEnd = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") {
      if (depth++ === 0) {
        start = i;
        if (nameEnd < 0) nameEnd = i;
      }
    } else if (text[i] === ")" && depth > 0 && --depth === 0) {
      groups.push(text.slice(start + 1, i).trim());
    } else if (depth === 0 && nameEnd >= 0 && text[i]!.trim() !== "") {
      // Words after a parenthesis: it was part of the name, not a trailing context.
      return { name: text || null, context: null };
    }
  }
  if (nameEnd < 0 || depth !== 0) return { name: text || null, context: null };
  return { name: text.slice(0, nameEnd).trim() || null, context: groups.join("; ") || null };
}

export function speakerFromLabel(printed: string, dbId: number | null, affiliationType: number | null): Speaker {
  return { dbId, affiliationType, idFrom: dbId === null ? null : "affiliation", ...splitPrinted(printed) };
}

/**
 * Reads `<PersonSpeaking><Affiliation DbId Type>Name (context)</Affiliation>: </PersonSpeaking>`.
 * Text after the colon is the start of the speech (committee transcripts sometimes put it there);
 * a parenthesis before it belongs to the label ("(for the Minister of Labour)").
 */
export function readPersonSpeaking(
  personSpeaking: XmlElement | undefined,
  tocText: string | undefined,
): {
  speaker: Speaker;
  spokenText: string | null;
} {
  if (!personSpeaking) return { speaker: { ...NO_SPEAKER, name: tocText?.trim() || null }, spokenText: null };
  const affiliation = firstChild(personSpeaking, "Affiliation");
  const index = affiliation ? personSpeaking.children.indexOf(affiliation) : -1;
  const tail = personSpeaking.children
    .slice(index + 1)
    .map(rawText)
    .join("");
  const colon = tail.indexOf(":");
  const labelTail = colon >= 0 ? tail.slice(0, colon) : tail;
  const spoken = colon >= 0 ? collapse(tail.slice(colon + 1)) : "";

  const printed = collapse(`${affiliation ? rawText(affiliation) : ""} ${labelTail}`);
  const { name, context } = splitPrinted(printed);
  const dbId = toId(affiliation?.attrs.DbId);
  return {
    speaker: {
      dbId,
      affiliationType: toId(affiliation?.attrs.Type),
      idFrom: dbId === null ? null : "affiliation",
      // An empty Affiliation still has the short form the table of contents uses.
      name: name ?? (tocText?.trim() || null),
      context,
    },
    spokenText: spoken || null,
  };
}

/** Same printed person: names (and contexts, when both give one) equal, ignoring case, spacing and punctuation. */
export function samePrintedSpeaker(a: Speaker, b: Speaker): boolean {
  const key = (s: string | null) => (s ?? "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  if (!a.name || key(a.name) !== key(b.name)) return false;
  return !a.context || !b.context || key(a.context) === key(b.context);
}
