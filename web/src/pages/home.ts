/** Home: find your MP, search, and what Parliament did last (sittings, divisions, bills that moved). */
import { get, type Schema } from "../api/client";
import { h } from "../dom";
import { defineMessages, field, fieldLang, formatDate, formatNumber, getLang, t } from "../i18n";
import { href, navigate, type PageContext, type PageView } from "../router";
import { textField } from "../ui/forms";
import { billTitle, resultTag, stageTag } from "../ui/labels";
import { billPath, clip, link, section, sittingPath, votePath } from "../ui/page";
import { emptyState, loadInto } from "../ui/states";
import { withSuggestions } from "../ui/suggest";

const m = defineMessages(
  {
    title: "Follow Parliament, find your representatives",
    lead: "Who represents you, what the House of Commons is debating, and how every member voted — in English and French, from the official record.",
    "postcode.heading": "Find your member of Parliament",
    "postcode.label": "Your postal code",
    "postcode.hint": "For example K1A 0A6",
    "postcode.submit": "Find my MP",
    "search.heading": "Search what was said",
    "search.label": "Words or phrases",
    "search.hint": "Debates, bills, members and committees",
    "search.submit": "Search",
    sittings: "Latest sittings",
    "sittings.empty": "No sittings have been loaded yet.",
    sitting: "Sitting No. {number}",
    statements: "{n} statements",
    "sittings.all": "All debates",
    votes: "Latest votes",
    "votes.empty": "No votes have been loaded yet.",
    vote: "Division No. {number}",
    tally: "{yea} yea, {nay} nay",
    "votes.all": "All votes",
    bills: "Bills that moved recently",
    "bills.empty": "No bills have been loaded yet.",
    "bills.all": "All bills",
  },
  {
    title: "Suivez le Parlement, trouvez vos élus",
    lead: "Qui vous représente, ce que débat la Chambre des communes et comment chaque député a voté — en français et en anglais, d’après les sources officielles.",
    "postcode.heading": "Trouver votre député fédéral",
    "postcode.label": "Votre code postal",
    "postcode.hint": "Par exemple K1A 0A6",
    "postcode.submit": "Trouver mon député",
    "search.heading": "Chercher dans les débats",
    "search.label": "Mots ou expressions",
    "search.hint": "Débats, projets de loi, députés et comités",
    "search.submit": "Rechercher",
    sittings: "Dernières séances",
    "sittings.empty": "Aucune séance n’a encore été chargée.",
    sitting: "Séance nº\u00a0{number}",
    statements: "{n} interventions",
    "sittings.all": "Tous les débats",
    votes: "Derniers votes",
    "votes.empty": "Aucun vote n’a encore été chargé.",
    vote: "Vote nº\u00a0{number}",
    tally: "{yea} pour, {nay} contre",
    "votes.all": "Tous les votes",
    bills: "Projets de loi récemment à l’étude",
    "bills.empty": "Aucun projet de loi n’a encore été chargé.",
    "bills.all": "Tous les projets de loi",
  },
);

function billLine(b: Schema<"Bill">): HTMLElement {
  const title = billTitle(b);
  return h("p", { lang: title.lang === getLang() ? undefined : title.lang }, clip(title.text, 120));
}

export default function home(ctx: PageContext): PageView {
  const postcodeForm = h(
    "form",
    {
      class: "inline-form",
      role: "search",
      "aria-labelledby": "home-postcode",
      onSubmit: (event: Event) => {
        event.preventDefault();
        const code = new FormData(event.target as HTMLFormElement).get("code");
        navigate(href("/postcodes", { code: String(code ?? "").trim() }));
      },
    },
    textField({
      label: m("postcode.label"),
      name: "code",
      hint: m("postcode.hint"),
      autocomplete: "postal-code",
      required: true,
      maxlength: 7,
      spellcheck: false,
    }),
    h("button", { type: "submit", class: "button" }, m("postcode.submit")),
  );
  const searchForm = h(
    "form",
    {
      class: "inline-form",
      role: "search",
      "aria-labelledby": "home-search",
      onSubmit: (event: Event) => {
        event.preventDefault();
        const q = new FormData(event.target as HTMLFormElement).get("q");
        navigate(href("/search", { q: String(q ?? "").trim() }));
      },
    },
    textField({ label: m("search.label"), name: "q", type: "search", hint: m("search.hint"), required: true }),
    h("button", { type: "submit", class: "button" }, m("search.submit")),
  );
  withSuggestions(searchForm.querySelector<HTMLInputElement>("input[name=q]")!);

  const sittings = h("div", { class: "slot" });
  const votes = h("div", { class: "slot" });
  const bills = h("div", { class: "slot" });

  void loadInto(
    sittings,
    () => get("/api/v1/debates", { query: { kind: "debates", limit: 5, lang: getLang() }, signal: ctx.signal }),
    (page) =>
      page.data.length === 0
        ? emptyState(m("sittings.empty"))
        : h(
            "ul",
            { class: "card-list" },
            ...page.data.map((d) =>
              h(
                "li",
                { class: "card" },
                h("p", { class: "card-title" }, link(sittingPath(d.date), formatDate(d.date))),
                h("p", { class: "muted" }, m("sitting", { number: d.number }), " · ", m("statements", { n: formatNumber(d.statements) })),
              ),
            ),
          ),
  );

  void loadInto(
    votes,
    () => get("/api/v1/votes", { query: { limit: 5, lang: getLang() }, signal: ctx.signal }),
    (page) =>
      page.data.length === 0
        ? emptyState(m("votes.empty"))
        : h(
            "ul",
            { class: "card-list" },
            ...page.data.map((v) =>
              h(
                "li",
                { class: "card" },
                h("p", { class: "card-title" }, link(votePath(v.session, v.number), m("vote", { number: v.number })), " ", resultTag(v.result)),
                h("p", { class: "muted" }, formatDate(v.date), " · ", m("tally", { yea: v.yea_total, nay: v.nay_total })),
                h("p", { lang: fieldLang(v, "description") }, clip(field(v, "description"), 160)),
              ),
            ),
          ),
  );

  void loadInto(
    bills,
    () => get("/api/v1/bills", { query: { sort: "recent", limit: 6, lang: getLang() }, signal: ctx.signal }),
    (page) => {
      const recent = page.data.filter((b) => b.status_date);
      return recent.length === 0
        ? emptyState(m("bills.empty"))
        : h(
            "ul",
            { class: "card-list" },
            ...recent.map((b) =>
              h(
                "li",
                { class: "card" },
                h("p", { class: "card-title" }, link(billPath(b), `${b.number}`), " ", stageTag(b.status)),
                billLine(b),
                h("p", { class: "muted" }, formatDate(b.status_date), " · ", b.session),
              ),
            ),
          );
    },
  );

  const node = h(
    "div",
    { class: "page home" },
    h("div", { class: "hero" }, h("h1", {}, m("title")), h("p", { class: "lead" }, m("lead"))),
    h(
      "div",
      { class: "home-forms" },
      h("div", { class: "panel" }, h("h2", { id: "home-postcode" }, m("postcode.heading")), postcodeForm),
      h("div", { class: "panel" }, h("h2", { id: "home-search" }, m("search.heading")), searchForm),
    ),
    h(
      "div",
      { class: "home-grid" },
      section(m("sittings"), sittings, h("p", { class: "more-link" }, link("/debates", m("sittings.all")))),
      section(m("votes"), votes, h("p", { class: "more-link" }, link("/votes", m("votes.all")))),
      section(m("bills"), bills, h("p", { class: "more-link" }, link("/bills", m("bills.all")))),
    ),
  );
  return { title: t("site.name"), node };
}
