/** Provincial and municipal representatives as cards: office, district, party, contact and offices. */
import type { Schema } from "../api/client";
import { h, type Child } from "../dom";
import { colon, defineMessages } from "../i18n";
import { imageUrl } from "../safe-url";
import { emailLink, externalLink, telLink } from "./page";

const m = defineMessages(
  {
    "office.constituency": "Constituency office",
    "office.legislature": "Legislature office",
    "office.office": "Office",
    "office.other": "Office ({type})",
    tel: "Telephone",
    fax: "Fax",
    email: "Email",
    website: "Website",
    party: "Party",
    district: "District",
    offices: "Offices",
  },
  {
    "office.constituency": "Bureau de circonscription",
    "office.legislature": "Bureau à l’assemblée",
    "office.office": "Bureau",
    "office.other": "Bureau ({type})",
    tel: "Téléphone",
    fax: "Télécopieur",
    email: "Courriel",
    website: "Site Web",
    party: "Parti",
    district: "Circonscription",
    offices: "Bureaux",
  },
);

export interface PersonCard {
  name: Child;
  headingLevel: "h2" | "h3";
  /** "Councillor, Toronto" — the seat, where. */
  seat: string;
  district: string | null;
  party: string | null;
  email: string | null;
  url: string | null;
  photo: string | null;
  offices: Schema<"RepresentativeOffice">[];
}

export function personCard(person: PersonCard): HTMLLIElement {
  const photoSrc = imageUrl(person.photo);
  const photo =
    photoSrc &&
    h("img", {
      class: "photo",
      src: photoSrc,
      alt: "",
      loading: "lazy",
      referrerpolicy: "no-referrer",
      width: "64",
      height: "80",
      onError: (event: Event) => (event.target as HTMLElement).remove(),
    });
  const details: [string, Child][] = [
    [m("district"), person.district],
    [m("party"), person.party],
    [m("email"), person.email && emailLink(person.email)],
    [m("website"), person.url && externalLink(person.url, hostOf(person.url))],
  ];
  return h(
    "li",
    { class: "card person" },
    h(
      "div",
      { class: "person-head" },
      photo,
      h("div", {}, h(person.headingLevel, { class: "person-name" }, person.name), h("p", { class: "muted" }, person.seat)),
    ),
    h("dl", { class: "facts facts-compact" }, ...details.filter(([, v]) => v).map(([term, value]) => h("div", {}, h("dt", {}, term), h("dd", {}, value)))),
    person.offices.length > 0 && offices(person.offices),
  );
}

export function offices(list: Schema<"RepresentativeOffice">[]): HTMLElement {
  return h(
    "ul",
    { class: "offices", "aria-label": m("offices") },
    ...list.map((o) =>
      h(
        "li",
        {},
        h("p", { class: "office-type" }, officeType(o.type)),
        o.postal && h("p", { class: "address" }, o.postal),
        o.tel && h("p", {}, colon(m("tel")), telLink(o.tel)),
        o.fax && h("p", {}, colon(m("fax")), o.fax),
      ),
    ),
  );
}

function officeType(type: string | null): string {
  if (!type) return m("office.office");
  const key = type.toLowerCase();
  if (key === "constituency" || key === "legislature" || key === "office") return m(`office.${key}`);
  return m("office.other", { type });
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
