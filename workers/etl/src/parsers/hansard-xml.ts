import { XMLParser, XMLValidator } from "fast-xml-parser";
import { HansardParseError } from "./hansard-error";

/** An element of the parsed publication; text and elements stay in document order (mixed content). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== "string";

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return childElements(el, name)[0];
}

/** Every descendant element with that name, in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.name === name) out.push(child);
    descendants(child, name, out);
  }
  return out;
}

/** All text under a node, whitespace (CRLF and indentation included) collapsed to single spaces. */
export function textOf(node: XmlNode): string {
  return collapse(rawText(node));
}

export function rawText(node: XmlNode): string {
  return isElement(node) ? node.children.map(rawText).join("") : node;
}

export const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

const UTF8_LABELS = new Set(["utf-8", "utf8"]);

/**
 * Turns the publisher's bytes into text. The House publishes UTF-8, sometimes with a BOM and
 * sometimes declaring `encoding='utf8'` (a label strict parsers refuse, but the bytes are UTF-8);
 * anything else is refused rather than guessed, so a mis-encoded file never loads as mojibake.
 */
export function decodeHansard(input: ArrayBuffer | Uint8Array | string): string {
  let text: string;
  if (typeof input === "string") {
    text = input;
    checkDeclaredEncoding(text.slice(0, 200));
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.length === 0) throw new HansardParseError("the file is empty (0 bytes)");
    checkDeclaredEncoding(asciiPrefix(bytes));
    try {
      // ignoreBOM: false means the decoder consumes a BOM rather than returning it as text.
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8Offset(bytes);
      const byte = bytes[at] ?? 0;
      throw new HansardParseError(
        `the bytes are not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} at offset ${at}); ` +
          "Hansard XML is published in UTF-8, so this file is probably Latin-1/Windows-1252 or damaged",
      );
    }
  }
  // TextDecoder drops a BOM, but a string handed in directly (e.g. a Vite ?raw import) still has it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new HansardParseError("the file is empty (no content besides whitespace)");
  return text;
}

function asciiPrefix(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < Math.min(bytes.length, 200); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function checkDeclaredEncoding(prefix: string): void {
  const declaration = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml\s[^>]*?\?>/.exec(prefix)?.[0];
  const label = declaration && /\sencoding\s*=\s*["']([^"']*)["']/.exec(declaration)?.[1];
  if (label && !UTF8_LABELS.has(label.trim().toLowerCase())) {
    throw new HansardParseError(`the XML declaration says encoding="${label}", but Hansard XML must be UTF-8 (declared as "UTF-8" or "utf8")`);
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

type FxpNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  trimValues: false,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** Well-formedness first (so a truncated file is refused, not half-read), then the ordered tree. */
export function parseXml(text: string): XmlElement {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("<")) {
    throw new HansardParseError(`not XML: the content starts with "${trimmed.slice(0, 20)}" instead of a tag`);
  }
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) throw new HansardParseError(describeInvalid(verdict.err, text));

  const roots = (parser.parse(text) as FxpNode[]).map(toNode).filter(isElement);
  if (roots.length !== 1) {
    throw new HansardParseError(`not a single XML document: found ${roots.length} root elements (${roots.map((r) => `<${r.name}>`).join(", ")})`);
  }
  return roots[0]!;
}

function describeInvalid(err: { code: string; msg: string; line: number; col?: number }, text: string): string {
  // The validator reports elements still open at the end as a JSON list of their names.
  const listed = /^Invalid '(\[[\s\S]*\])' found\.$/.exec(err.msg)?.[1];
  const single = /^Unclosed tag '([^']+)'/.exec(err.msg)?.[1];
  let open: string[] = single ? [single] : [];
  if (listed) {
    try {
      open = JSON.parse(listed) as string[];
    } catch {
      /* fall through to the generic message */
    }
  }
  if (open.length > 0) {
    return `truncated XML: the input ends while ${open.map((n) => `<${n}>`).join(" > ")} ${open.length === 1 ? "is" : "are"} still open`;
  }
  const where = err.col === undefined ? `line ${err.line}` : `line ${err.line}, column ${err.col}`;
  const lastLine = text.trimEnd().split("\n").length;
  if (err.line >= lastLine && !text.trimEnd().endsWith(">")) {
    return `truncated XML: the input stops in the middle of markup (${where}: ${err.msg})`;
  }
  return `malformed XML at ${where}: ${err.msg}`;
}

function toNode(raw: FxpNode): XmlNode {
  if ("#text" in raw) return String(raw["#text"]);
  const name = Object.keys(raw).find((k) => k !== ":@")!;
  const children = (raw[name] as FxpNode[] | undefined) ?? [];
  return { name, attrs: raw[":@"] ?? {}, children: children.map(toNode) };
}
