import type { MergedBill } from "./hansard-merge";

/**
 * Whether the heading a sitting gives a bill's debate is the bill's own short title. Usually it is
 * ("National Council for Reconciliation Act"), but for a bill that amends an Act the House often
 * heads the debate with that Act's name ("Criminal Code", "Income Tax Act"), and a bill without a
 * short title is headed with words about it ("Oaths of Office"). A heading is taken as the short
 * title only when it has a short title's shape — English ending in "Act" (", 2023", ", No. 1") or
 * opening "An Act", French opening "Loi" — and the long title does not name it as an Act the bill
 * amends or repeals. The two languages' headings stand or fall together: a French heading cannot
 * be checked against a French long title the sitting does not print.
 */
export function ownShortTitles(bill: Pick<MergedBill, "titleEn" | "titleFr" | "longTitleEn" | "longTitleFr">): { en: string | null; fr: string | null } {
  const en = bill.titleEn?.trim() || null;
  const fr = bill.titleFr?.trim() || null;
  const enOwn = en === null || (SHORT_TITLE_EN.test(en) && !amendedIn(bill.longTitleEn, en, AMENDS_EN));
  const frOwn = fr === null || (SHORT_TITLE_FR.test(fr) && !LONG_TITLE_FR.test(fr) && !amendedIn(bill.longTitleFr, fr, AMENDS_FR));
  return enOwn && frOwn ? { en, fr } : { en: null, fr: null };
}

const SHORT_TITLE_EN = /^(?:An Act\s.+|\p{Lu}.*\sAct(?:,\s*\d{4})?(?:,\s*No\.\s*\d+)?)$/u;
const SHORT_TITLE_FR = /^Loi\s/u;
/** "Loi modifiant…", "Loi visant à…", "Loi relative à…": a long title, not a short one. */
const LONG_TITLE_FR = /^Loi (?:\p{Ll}+ant|relatifs?|relatives?)(?![\p{L}\p{N}])/u;
const AMENDS_EN = /\b(?:amend|amends|amending|repeal|repeals|repealing)\b/i;
const AMENDS_FR = /(?<![\p{L}])(?:modifiant|modifier|modifie|abrogeant|abroger)(?![\p{L}])/iu;

/** Whether the long title names `heading` after words that amend or repeal it. */
function amendedIn(longTitle: string | null, heading: string, amends: RegExp): boolean {
  if (!longTitle) return false;
  const at = longTitle.toLowerCase().indexOf(heading.toLowerCase());
  return at > 0 && amends.test(longTitle.slice(0, at));
}
