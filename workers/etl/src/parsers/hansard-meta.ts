import { HansardParseError } from "./hansard-error";
import type { Committee, HansardDocument } from "./hansard-types";
import { type XmlElement, childElements, firstChild, textOf } from "./hansard-xml";

export type DocumentMeta = Omit<HansardDocument, "statements" | "divisions" | "bills" | "billTitles">;

/** What identifies the publication: kind, language, session, date and number, from `<ExtractedInformation>`. */
export function readMeta(root: XmlElement): DocumentMeta {
  if (root.name !== "Hansard") {
    throw new HansardParseError(`the root element is <${root.name}>, not <Hansard>: this is not a House of Commons publication`);
  }
  const info = firstChild(root, "ExtractedInformation");
  if (!info) throw new HansardParseError("<ExtractedInformation> is missing, so the sitting cannot be identified");
  const items = new Map<string, string>();
  for (const item of childElements(info, "ExtractedItem")) {
    const name = item.attrs.Name;
    if (name && !items.has(name)) items.set(name, textOf(item));
  }
  const item = (name: string) => items.get(name) || null;

  const sourceId = root.attrs.id?.trim();
  if (!sourceId) throw new HansardParseError("<Hansard> has no id attribute");
  const language = readLanguage(root.attrs["xml:lang"]);
  const kind = readKind(item("MetaDocumentCategory"));
  const parliament = requiredInteger(item("ParliamentNumber"), "session", "ParliamentNumber");
  const session = requiredInteger(item("SessionNumber"), "session", "SessionNumber");
  const number = requiredInteger(item("MetaNumberNumber") ?? lastNumberIn(item("Number")), "number", "MetaNumberNumber");

  return {
    kind,
    language,
    sourceId,
    parliament,
    session,
    sessionCode: `${parliament}-${session}`,
    date: readDate(item("MetaDateNumYear"), item("MetaDateNumMonth"), item("MetaDateNumDay")),
    number,
    committee: kind === "evidence" ? readCommittee(item, language) : null,
    presiding: presidingName(item("SpeakerName")),
  };
}

/** `Speaker: The Honourable Andrew Scheer`, `Présidence de l'honorable Geoff Regan`, `M. Pat Kelly` → the name. */
function presidingName(printed: string | null): string | null {
  const name = printed
    ?.replace(/^speaker\s*:\s*/i, "")
    .replace(/^présidence\s+de\s+/i, "")
    .replace(/^(?:the\s+|l['’])?(?:right\s+)?honou?rable\s+/i, "")
    .replace(/^(?:mr\.|mrs\.|ms\.|dr\.|m\.|mme)\s+/i, "")
    .trim();
  return name || null;
}

function readLanguage(lang: string | undefined): "en" | "fr" {
  const code = lang?.trim().toLowerCase();
  if (code === "en" || code === "fr") return code;
  throw new HansardParseError(
    lang === undefined ? "<Hansard> has no xml:lang, so the publication's language is unknown" : `<Hansard xml:lang="${lang}"> is neither EN nor FR`,
  );
}

function readKind(category: string | null): "debates" | "evidence" {
  const value = category?.toLowerCase();
  if (value === "debates") return "debates";
  if (value === "committee") return "evidence";
  throw new HansardParseError(
    category === null
      ? "the MetaDocumentCategory item is missing, so it is unknown whether this is House debates or committee evidence"
      : `MetaDocumentCategory "${category}" is neither DEBATES nor Committee`,
  );
}

function requiredInteger(value: string | null, what: string, item: string): number {
  const n = value !== null && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new HansardParseError(
      value === null ? `missing ${what}: no ${item} item in <ExtractedInformation>` : `missing ${what}: ${item} is "${value}", not a positive number`,
    );
  }
  return n;
}

const lastNumberIn = (printed: string | null) => printed?.match(/(\d+)\s*$/)?.[1] ?? null;

function readDate(year: string | null, month: string | null, day: string | null): string {
  if (year === null || month === null || day === null) {
    throw new HansardParseError("missing date: the MetaDateNumYear/Month/Day items are not all present");
  }
  const iso = `${year.padStart(4, "0")}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) {
    throw new HansardParseError(`missing date: MetaDateNum* gives "${year}-${month}-${day}", which is not a calendar date`);
  }
  return iso;
}

function readCommittee(item: (name: string) => string | null, language: "en" | "fr"): Committee {
  const nameEn = item("InstitutionDebateEn");
  const nameFr = item("InstitutionDebateFr");
  return {
    acronym: item("Acronyme") ?? item("Acronym"),
    name: item("InstitutionDebate") ?? (language === "en" ? nameEn : nameFr),
    nameEn,
    nameFr,
  };
}
