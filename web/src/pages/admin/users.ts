/**
 * Accounts and their roles: find an account, grant or withdraw the analyst and administrator
 * roles, disable or enable it. Withdrawing a role and disabling ask first; an admin cannot
 * withdraw their own admin role or disable themselves here (nor can the API), and is told why.
 */
import { get, isAbort, patch, type Schema } from "../../api/client";
import { currentUser } from "../../auth";
import { h, uid } from "../../dom";
import { defineMessages, formatNumber } from "../../i18n";
import type { PageContext, PageView } from "../../router";
import { busy, selectField, textField } from "../../ui/forms";
import { filtersOf } from "../../ui/listpage";
import { announce } from "../../ui/live";
import { errorState } from "../../ui/states";
import { row, type Column } from "../../ui/table";
import { timeAgo, timeOf } from "./format";
import { roleLabel } from "./labels";
import { adminHeader } from "./layout";
import { adminList } from "./list";

type Account = Schema<"Account">;
type Role = Schema<"Role">;

const m = defineMessages(
  {
    title: "Users and roles",
    intro:
      "Find an account, grant or withdraw roles, disable or enable it. A change of roles reaches the person’s access within 15 minutes, at their next token refresh; disabling signs them out at once.",
    filters: "Find accounts",
    q: "Email or name contains",
    role: "Role",
    status: "Status",
    any: "Any",
    active: "Active",
    disabled: "Disabled",
    apply: "Find accounts",
    caption: "Accounts, newest first",
    empty: "No account matches.",
    count: "{n} accounts",
    one: "1 account",
    "col.account": "Account",
    "col.roles": "Roles",
    "col.status": "Status",
    "col.created": "Created",
    "col.lastLogin": "Last sign-in",
    "col.manage": "Manage",
    you: "You",
    unverified: "Email not confirmed",
    never: "Never",
    manage: "Manage",
    "manage.of": "the account {email}",
    roles: "Roles of {email}",
    "citizen.note": "Every account keeps it.",
    "analyst.note": "Reads ETL runs and evaluates access policies.",
    "admin.note": "Runs the platform: this dashboard, roles, accounts, data loads.",
    "self.admin": "You cannot withdraw your own administrator role: ask another administrator.",
    "self.disable": "You cannot disable your own account: ask another administrator.",
    save: "Save roles",
    saving: "Saving…",
    unchanged: "These are already the account’s roles.",
    "confirm.grantAdmin": "Make {email} an administrator? They will be able to change anyone’s roles, disable accounts, revoke API keys and start data loads.",
    "confirm.withdraw": "Withdraw {roles} from {email}? They lose what the role allows within 15 minutes, at their next token refresh.",
    saved: "Roles of {email} saved: {roles}.",
    failed: "The change was not saved",
    disable: "Disable the account",
    enable: "Enable the account",
    disabling: "Disabling…",
    enabling: "Enabling…",
    "confirm.disable":
      "Disable the account {email}? They are signed out everywhere at once, their API keys stop working, and they cannot sign in until an administrator enables the account again.",
    disabledNow: "The account {email} is disabled; it was signed out everywhere.",
    enabledNow: "The account {email} is enabled again; its owner can sign in.",
    since: "since {date}",
  },
  {
    title: "Utilisateurs et rôles",
    intro:
      "Trouver un compte, accorder ou retirer des rôles, le désactiver ou le réactiver. Un changement de rôles atteint les accès de la personne dans les 15 minutes, à son prochain renouvellement de jeton\u00a0; la désactivation la déconnecte immédiatement.",
    filters: "Trouver des comptes",
    q: "Courriel ou nom contenant",
    role: "Rôle",
    status: "État",
    any: "Tous",
    active: "Actif",
    disabled: "Désactivé",
    apply: "Trouver des comptes",
    caption: "Comptes, du plus récent au plus ancien",
    empty: "Aucun compte ne correspond.",
    count: "{n} comptes",
    one: "1 compte",
    "col.account": "Compte",
    "col.roles": "Rôles",
    "col.status": "État",
    "col.created": "Création",
    "col.lastLogin": "Dernière connexion",
    "col.manage": "Gérer",
    you: "Vous",
    unverified: "Courriel non confirmé",
    never: "Jamais",
    manage: "Gérer",
    "manage.of": "le compte {email}",
    roles: "Rôles de {email}",
    "citizen.note": "Chaque compte le conserve.",
    "analyst.note": "Consulte les exécutions ETL et évalue les politiques d’accès.",
    "admin.note": "Exploite la plateforme\u00a0: ce tableau de bord, les rôles, les comptes, les chargements de données.",
    "self.admin": "Vous ne pouvez pas retirer votre propre rôle d’administrateur\u00a0: demandez-le à un autre administrateur.",
    "self.disable": "Vous ne pouvez pas désactiver votre propre compte\u00a0: demandez-le à un autre administrateur.",
    save: "Enregistrer les rôles",
    saving: "Enregistrement…",
    unchanged: "Ce sont déjà les rôles du compte.",
    "confirm.grantAdmin":
      "Faire de {email} un administrateur\u00a0? Cette personne pourra changer les rôles de tous, désactiver des comptes, révoquer des clés d’API et lancer des chargements de données.",
    "confirm.withdraw":
      "Retirer {roles} à {email}\u00a0? La personne perdra ce que le rôle permet dans les 15 minutes, à son prochain renouvellement de jeton.",
    saved: "Rôles de {email} enregistrés\u00a0: {roles}.",
    failed: "Le changement n’a pas été enregistré",
    disable: "Désactiver le compte",
    enable: "Réactiver le compte",
    disabling: "Désactivation…",
    enabling: "Réactivation…",
    "confirm.disable":
      "Désactiver le compte {email}\u00a0? La personne est déconnectée partout immédiatement, ses clés d’API cessent de fonctionner et elle ne peut plus se connecter tant qu’un administrateur n’a pas réactivé le compte.",
    disabledNow: "Le compte {email} est désactivé\u00a0; il a été déconnecté partout.",
    enabledNow: "Le compte {email} est réactivé\u00a0; son titulaire peut se connecter.",
    since: "depuis le {date}",
  },
);

const GRANTABLE = ["analyst", "admin"] as const satisfies readonly Role[];

const columns: Column[] = [
  { label: m("col.account") },
  { label: m("col.roles") },
  { label: m("col.status") },
  { label: m("col.created"), secondary: true },
  { label: m("col.lastLogin"), secondary: true },
  { label: m("col.manage") },
];

export default function users(ctx: PageContext): PageView {
  const list = adminList<Account>({
    ctx,
    filterLabel: m("filters"),
    applyLabel: m("apply"),
    fields: (q) => [
      textField({ label: m("q"), name: "q", value: q.get("q"), spellcheck: false, maxlength: 100 }),
      selectField({
        label: m("role"),
        name: "role",
        value: q.get("role"),
        choices: [["", m("any")], ...(["citizen", "analyst", "admin"] as const).map((r): [string, string] => [r, roleLabel(r)])],
      }),
      selectField({
        label: m("status"),
        name: "status",
        value: q.get("status"),
        choices: [
          ["", m("any")],
          ["active", m("active")],
          ["disabled", m("disabled")],
        ],
      }),
    ],
    load: (q, cursor, signal) => get("/api/v1/auth/users", { query: { q: q.get("q"), ...filtersOf(q, "role", "status"), limit: 50, cursor }, signal }),
    caption: m("caption"),
    columns,
    row: (account) => accountRow(account, ctx.signal),
    emptyText: m("empty"),
    countText: (n) => (n === 1 ? m("one") : m("count", { n: formatNumber(n) })),
  });
  void list.show(ctx.query, false);

  const title = m("title");
  const node = h("div", { class: "page admin-page" }, ...adminHeader(title, m("intro")), list.form, list.results);
  return { title, node, update: (next) => list.show(next.query, true) };
}

function accountRow(account: Account, signal: AbortSignal): HTMLTableRowElement {
  const self = account.id === currentUser()?.id;
  const panelId = `manage-${account.id}`;
  const toggle = h(
    "button",
    { type: "button", class: "link-button manage-toggle", "aria-expanded": "false", "data-panel": panelId },
    m("manage"),
    h("span", { class: "visually-hidden" }, ` ${m("manage.of", { email: account.email })}`),
  );
  const tr = row(
    [
      [
        h("span", { class: "cell-title" }, account.email, self && [" ", h("span", { class: "tag tag-current" }, m("you"))]),
        account.display_name && h("span", { class: "cell-note" }, account.display_name),
        !account.email_verified && h("span", { class: "cell-note" }, m("unverified")),
      ],
      h("span", { class: "tag-list" }, ...account.roles.map((r) => h("span", { class: `tag ${r === "admin" ? "tag-stage" : ""}` }, roleLabel(r)))),
      account.disabled
        ? [h("span", { class: "tag tag-failed" }, m("disabled")), h("span", { class: "cell-note" }, ...sinceParts(account.disabled_at))]
        : h("span", { class: "tag tag-passed" }, m("active")),
      timeOf(account.created_at, "—", "date"),
      timeAgo(account.last_login_at, m("never")),
      toggle,
    ],
    columns,
  );
  tr.dataset.account = account.id;
  toggle.addEventListener("click", () => setOpen(tr, account, toggle.getAttribute("aria-expanded") !== "true", signal));
  return tr;
}

/**
 * An account's controls open in a row of their own under it, across the whole table, so they
 * have room on any screen and the account's row stays as it was.
 */
function setOpen(tr: HTMLTableRowElement, account: Account, open: boolean, signal: AbortSignal): HTMLTableRowElement | null {
  const toggle = tr.querySelector<HTMLButtonElement>(".manage-toggle")!;
  toggle.setAttribute("aria-expanded", String(open));
  let panel = tr.nextElementSibling instanceof HTMLTableRowElement && tr.nextElementSibling.dataset.panelFor === account.id ? tr.nextElementSibling : null;
  if (open && !panel) {
    const id = toggle.dataset.panel!;
    panel = h("tr", { class: "manage-row", "data-panel-for": account.id }, h("td", { colspan: columns.length, id }, manage(account, signal)));
    tr.after(panel);
    toggle.setAttribute("aria-controls", id);
  }
  if (panel) panel.hidden = !open;
  return panel;
}

function sinceParts(iso: string | null): (string | HTMLElement)[] {
  const [before = "", after = ""] = m("since").split("{date}");
  return [before, timeOf(iso), after];
}

function manage(account: Account, signal: AbortSignal): HTMLElement {
  const self = account.id === currentUser()?.id;
  const status = h("div", { class: "manage-status" });
  const formTitle = uid("roles");
  const boxes = new Map<Role, HTMLInputElement>();
  const choice = (role: Role, note: string, disabled: boolean) => {
    const id = uid(`role-${role}`);
    const noteId = `${id}-note`;
    const input = h("input", { type: "checkbox", id, name: "roles", value: role, checked: account.roles.includes(role), disabled, "aria-describedby": noteId });
    boxes.set(role, input);
    return h("div", { class: "check-field" }, input, h("label", { for: id }, roleLabel(role)), h("p", { class: "hint", id: noteId }, note));
  };
  const save = h("button", { type: "submit", class: "button button-small" }, m("save"));
  const form = h(
    "form",
    { class: "manage-form", "aria-labelledby": formTitle },
    h(
      "fieldset",
      {},
      h("legend", { id: formTitle }, m("roles", { email: account.email })),
      h(
        "div",
        { class: "check-fields" },
        choice("citizen", m("citizen.note"), true),
        choice("analyst", m("analyst.note"), false),
        // The API refuses this too (409); the box says why before anyone tries.
        choice("admin", self ? m("self.admin") : m("admin.note"), self && account.roles.includes("admin")),
      ),
    ),
    save,
  );
  const panel = h(
    "div",
    { class: "manage" },
    form,
    h("div", { class: "manage-account" }, self ? h("p", { class: "hint" }, m("self.disable")) : disableButton(account, status, signal)),
    status,
  );

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    status.replaceChildren();
    const wanted = GRANTABLE.filter((r) => boxes.get(r)!.checked);
    const had = GRANTABLE.filter((r) => account.roles.includes(r));
    const withdrawn = had.filter((r) => !wanted.includes(r));
    const granted = wanted.filter((r) => !had.includes(r));
    if (withdrawn.length === 0 && granted.length === 0) {
      status.replaceChildren(h("p", { class: "muted", role: "status" }, m("unchanged")));
      return;
    }
    if (self && withdrawn.includes("admin")) {
      status.replaceChildren(h("p", { class: "field-error", role: "alert" }, m("self.admin")));
      return;
    }
    if (withdrawn.length > 0 && !window.confirm(m("confirm.withdraw", { roles: withdrawn.map(roleLabel).join(", "), email: account.email }))) return;
    if (granted.includes("admin") && !window.confirm(m("confirm.grantAdmin", { email: account.email }))) return;
    void busy(save, m("saving"), async () => {
      try {
        const updated = await patch("/api/v1/auth/users/{id}", { roles: wanted }, { path: { id: account.id }, signal });
        replaceRow(account.id, updated, ".manage-form button", signal);
        announce(m("saved", { email: updated.email, roles: updated.roles.map(roleLabel).join(", ") }));
      } catch (err) {
        if (isAbort(err)) return;
        status.replaceChildren(errorState(err, undefined, { title: m("failed") }));
      }
    });
  });
  return panel;
}

function disableButton(account: Account, status: HTMLElement, signal: AbortSignal): HTMLButtonElement {
  const disabling = !account.disabled;
  return h(
    "button",
    {
      type: "button",
      class: `button button-small ${disabling ? "button-danger" : "button-secondary"}`,
      onClick: (event: Event) => {
        status.replaceChildren();
        if (disabling && !window.confirm(m("confirm.disable", { email: account.email }))) return;
        const button = event.currentTarget as HTMLButtonElement;
        void busy(button, disabling ? m("disabling") : m("enabling"), async () => {
          try {
            const updated = await patch("/api/v1/auth/users/{id}", { disabled: disabling }, { path: { id: account.id }, signal });
            replaceRow(account.id, updated, ".manage-account button", signal);
            announce(m(disabling ? "disabledNow" : "enabledNow", { email: updated.email }));
          } catch (err) {
            if (isAbort(err)) return;
            status.replaceChildren(errorState(err, undefined, { title: m("failed") }));
          }
        });
      },
    },
    disabling ? m("disable") : m("enable"),
  );
}

/** Shows the account as the API now has it, with its controls still open and focus where it was. */
function replaceRow(id: string, account: Account, focus: string, signal: AbortSignal): void {
  const current = document.querySelector<HTMLTableRowElement>(`tr[data-account="${CSS.escape(id)}"]`);
  if (!current) return;
  document.querySelector(`tr[data-panel-for="${CSS.escape(id)}"]`)?.remove();
  const next = accountRow(account, signal);
  current.replaceWith(next);
  setOpen(next, account, true, signal)?.querySelector<HTMLElement>(focus)?.focus();
}
