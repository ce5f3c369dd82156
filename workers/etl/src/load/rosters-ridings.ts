import { slugify } from "../parsers/common-text";

export interface RidingRow {
  id: number;
  name_en: string;
  valid_from: string | null;
  valid_through: string | null;
  current: number;
  representation_order: number | null;
}

/**
 * The riding a roster names, as it was on a day: names recur across representation orders
 * (`Victoria` in 2003, 2013 and 2023), so the one valid that day wins, then the latest order.
 * Names compare without accents, punctuation or dash style.
 */
export function ridingOnDate(ridings: RidingRow[], name: string | null, date: string): number | null {
  if (!name) return null;
  const wanted = slugify(name);
  const same = ridings.filter((r) => slugify(r.name_en) === wanted);
  const valid = (r: RidingRow) => (r.valid_from ?? "0000") <= date && (r.valid_through ?? "9999") >= date;
  same.sort((a, b) => Number(valid(b)) - Number(valid(a)) || (b.representation_order ?? 0) - (a.representation_order ?? 0) || a.id - b.id);
  return same[0]?.id ?? null;
}
