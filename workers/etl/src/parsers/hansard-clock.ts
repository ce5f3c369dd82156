import type { XmlElement } from "./hansard-xml";

const hhmm = (hour: number, minute: number) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;

/**
 * `<Timestamp Hr="15" Mn="25">(1525)</Timestamp>`. Late sittings can print hours past 23
 * ("2505"); they are kept as printed rather than moved to the next day.
 */
export function timestampOf(el: XmlElement): string | null {
  const hour = el.attrs.Hr?.replace(/\s/g, "") ?? "";
  const minute = el.attrs.Mn?.replace(/\s/g, "") || "0";
  return /^\d+$/.test(hour) && /^\d+$/.test(minute) ? hhmm(Number(hour), Number(minute)) : null;
}

/** Before the first Timestamp, "The House met at 10 a.m." / "La séance est ouverte à 14 h 30." is the only clock. */
export function sittingOpenedAt(text: string): string | null {
  const en = /^The House met at (\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.m\./i.exec(text);
  if (en) {
    const hour = (Number(en[1]) % 12) + (en[3]!.toLowerCase() === "p" ? 12 : 0);
    return hhmm(hour, Number(en[2] ?? 0));
  }
  const fr = /^La séance est ouverte à (\d{1,2})\s*(?:h|heures?)\s*(\d{2})?/i.exec(text);
  return fr ? hhmm(Number(fr[1]), Number(fr[2] ?? 0)) : null;
}
