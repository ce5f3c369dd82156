/** Postal-code lookup: the riding and MP for a code, and its provincial and municipal representatives. */
import { get, isAbort, type Schema } from "../api/client";
import { h, uid } from "../dom";
import { defineMessages, field, getLang } from "../i18n";
import { href, navigate, type PageContext, type PageView } from "../router";
import { clearFieldErrors, textField } from "../ui/forms";
import { partyTag, provinceLabel } from "../ui/labels";
import { announce } from "../ui/live";
import { facts, link, memberPath, section } from "../ui/page";
import { personCard } from "../ui/people";
import { emptyState, errorState, loadingState } from "../ui/states";

const m = defineMessages(
  {
    title: "Find your representatives",
    intro: "Enter a postal code to find its federal riding and member of Parliament, and the provincial and municipal representatives who serve it.",
    label: "Postal code",
    hint: "Six characters, for example K1A 0A6",
    submit: "Look up",
    invalid: "Enter a Canadian postal code such as K1A 0A6 (letter, digit, letter, digit, letter, digit).",
    looking: "Looking up {code}…",
    results: "Results for {code}",
    mp: "Your member of Parliament",
    "mp.none": "We could not link this postal code to a member of Parliament in our records.",
    riding: "Riding",
    party: "Party",
    member: "Member",
    profile: "Profile, votes and statements",
    provincial: "Provincial representatives",
    municipal: "Municipal representatives",
    none: "No representative is listed at this level for this postal code.",
    found: "Found the representatives for {code}.",
    "match.name": "Matched by name only; check the riding.",
  },
  {
    title: "Trouvez vos élus",
    intro: "Entrez un code postal pour trouver sa circonscription fédérale et son député, ainsi que les élus provinciaux et municipaux qui le desservent.",
    label: "Code postal",
    hint: "Six caractères, par exemple K1A 0A6",
    submit: "Chercher",
    invalid: "Entrez un code postal canadien comme K1A 0A6 (lettre, chiffre, lettre, chiffre, lettre, chiffre).",
    looking: "Recherche de {code}…",
    results: "Résultats pour {code}",
    mp: "Votre député fédéral",
    "mp.none": "Nous n’avons pas pu relier ce code postal à un député dans nos données.",
    riding: "Circonscription",
    party: "Parti",
    member: "Député",
    profile: "Profil, votes et interventions",
    provincial: "Élus provinciaux",
    municipal: "Élus municipaux",
    none: "Aucun élu n’est indiqué à cet ordre pour ce code postal.",
    found: "Élus trouvés pour {code}.",
    "match.name": "Correspondance par nom seulement\u00a0; vérifiez la circonscription.",
  },
);

/** Canada Post's format: no D, F, I, O, Q or U, and no W or Z first. */
const POSTAL_CODE = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d$/i;
const pretty = (code: string) => {
  const c = code.replace(/[ -]/g, "").toUpperCase();
  return `${c.slice(0, 3)} ${c.slice(3)}`;
};

export default function postcodes(ctx: PageContext): PageView {
  const inputField = textField({
    label: m("label"),
    name: "code",
    hint: m("hint"),
    autocomplete: "postal-code",
    required: true,
    maxlength: 7,
    spellcheck: false,
    value: ctx.query.get("code"),
  });
  const input = inputField.querySelector("input")!;
  const form = h(
    "form",
    { class: "inline-form", role: "search", "aria-label": m("title"), novalidate: true },
    inputField,
    h("button", { type: "submit", class: "button" }, m("submit")),
  );
  const results = h("div", { class: "postcode-results" });
  let controller: AbortController | null = null;

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const code = input.value.trim();
    if (!POSTAL_CODE.test(code)) {
      invalid();
      return;
    }
    clearFieldErrors(form);
    navigate(href(ctx.path, { code: code.replace(/[ -]/g, "").toUpperCase() }));
  });

  function invalid(focus = true): void {
    clearFieldErrors(form);
    const errorId = `${input.id}-error`;
    input.insertAdjacentElement("beforebegin", h("p", { class: "field-error", id: errorId }, m("invalid")));
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", `${input.id}-hint ${errorId}`);
    if (focus) input.focus();
  }

  async function lookup(code: string | null): Promise<void> {
    controller?.abort();
    if (!code) {
      results.replaceChildren();
      return;
    }
    if (!POSTAL_CODE.test(code)) {
      input.value = code;
      results.replaceChildren();
      invalid(false);
      return;
    }
    clearFieldErrors(form);
    input.value = pretty(code);
    controller = new AbortController();
    const signal = controller.signal;
    ctx.signal.addEventListener("abort", () => controller?.abort(), { once: true });
    results.replaceChildren(loadingState(m("looking", { code: pretty(code) })));
    try {
      const answer = await get("/api/v1/postcodes/{code}", {
        path: { code: code.replace(/[ -]/g, "") },
        query: { lang: getLang() },
        signal,
      });
      results.replaceChildren(...render(answer));
      announce(m("found", { code: pretty(answer.code) }));
    } catch (err) {
      if (isAbort(err)) return;
      results.replaceChildren(errorState(err, () => void lookup(code)));
    }
  }

  void lookup(ctx.query.get("code"));

  const node = h("div", { class: "page" }, h("h1", {}, m("title")), h("p", { class: "lead" }, m("intro")), form, results);
  return {
    title: m("title"),
    node,
    update(next) {
      void lookup(next.query.get("code"));
    },
  };
}

function render(answer: Schema<"Postcode">): Node[] {
  const headingId = uid("postcode");
  const where = [answer.city, answer.province ? provinceLabel(answer.province) : null].filter(Boolean).join(", ");
  // The document's item schema is the nullable one `federal_representative` uses; listed ones are never null.
  const listed = answer.representatives.filter((r) => r !== null);
  const provincial = listed.filter((r) => r.level === "provincial");
  const municipal = listed.filter((r) => r.level === "municipal");
  const mp = answer.member;
  const federal = answer.federal_representative;

  const mpBody: Node[] = [];
  if (mp || answer.riding) {
    mpBody.push(
      facts([
        [m("member"), mp ? link(memberPath(mp), mp.name) : (federal?.name ?? null)],
        [m("party"), mp?.party ? partyTag(mp.party, false) : (federal?.party_name ?? null)],
        [m("riding"), answer.riding ? field(answer.riding, "name") : (federal?.district_name ?? null)],
      ]),
    );
    if (mp) mpBody.push(h("p", {}, link(memberPath(mp), m("profile"))));
    if (answer.member_match === "name") mpBody.push(h("p", { class: "notice" }, m("match.name")));
  } else if (!federal) {
    mpBody.push(emptyState(m("mp.none")));
  }
  if (federal && (federal.email || federal.offices.length)) {
    mpBody.push(h("ul", { class: "card-grid" }, card(federal, "h3")));
  }

  return [
    h(
      "section",
      { class: "section", "aria-labelledby": headingId },
      h("h2", { id: headingId }, m("results", { code: pretty(answer.code) })),
      where && h("p", { class: "muted" }, where),
    ),
    section(m("mp"), ...mpBody),
    section(m("provincial"), provincial.length ? h("ul", { class: "card-grid" }, ...provincial.map((r) => card(r, "h3"))) : emptyState(m("none"))),
    section(m("municipal"), municipal.length ? h("ul", { class: "card-grid" }, ...municipal.map((r) => card(r, "h3"))) : emptyState(m("none"))),
  ];
}

function card(r: NonNullable<Schema<"PostcodeRepresentative">>, level: "h2" | "h3"): HTMLLIElement {
  return personCard({
    name: r.name,
    headingLevel: level,
    seat: `${r.elected_office}, ${r.representative_set_name}`,
    district: r.district_name,
    party: r.party_name,
    email: r.email,
    url: r.url,
    photo: r.photo_url,
    offices: r.offices,
  });
}
