/**
 * Every account's API keys: prefix, owner, tier, when each was created, last used, expires or
 * was revoked. An admin may revoke any key here (after confirming); the secrets themselves are
 * never shown, not even to admins.
 */
import { del, get, isAbort } from "../../api/client";
import { h } from "../../dom";
import { defineMessages, formatNumber } from "../../i18n";
import type { PageContext, PageView } from "../../router";
import { busy, selectField, textField } from "../../ui/forms";
import { filtersOf } from "../../ui/listpage";
import { announce } from "../../ui/live";
import { link } from "../../ui/page";
import { errorState } from "../../ui/states";
import { row, type Column } from "../../ui/table";
import { timeAgo, timeOf } from "./format";
import { keyStatusLabel, tierLabel } from "./labels";
import { adminHeader } from "./layout";
import { adminList } from "./list";
import type { AdminApiKey } from "./types";

const m = defineMessages(
  {
    title: "API keys",
    intro:
      "Every API key of every account. Keys act as their owner with their tier’s rate limits; only their prefix is ever shown, and a disabled owner’s keys stop working whatever their status.",
    filters: "Find API keys",
    q: "Prefix, key name or owner’s email contains",
    status: "Status",
    tier: "Tier",
    any: "Any",
    apply: "Find keys",
    caption: "API keys of every account, newest first",
    empty: "No API key matches.",
    count: "{n} keys",
    one: "1 key",
    "col.key": "Key (prefix, name)",
    "col.owner": "Owner",
    "col.tier": "Tier",
    "col.status": "Status",
    "col.created": "Created",
    "col.lastUsed": "Last used",
    "col.expires": "Expires",
    "col.action": "Action",
    never: "Never",
    noExpiry: "No expiry",
    ownerDisabled: "Owner disabled",
    ownerAccount: "Find {email} in users and roles",
    revoke: "Revoke",
    "revoke.of": "the key {prefix} of {email}",
    revoking: "Revoking…",
    "revoke.confirm": "Revoke the key {prefix} (“{name}”) of {email}? Programs using it stop working within 30 seconds, and a revoked key cannot be restored.",
    revoked: "The key {prefix} of {email} was revoked.",
    failed: "The key was not revoked",
  },
  {
    title: "Clés d’API",
    intro:
      "Toutes les clés d’API de tous les comptes. Les clés agissent au nom de leur titulaire avec les limites de leur palier\u00a0; seul leur préfixe est affiché, et les clés d’un titulaire désactivé cessent de fonctionner, quel que soit leur état.",
    filters: "Trouver des clés d’API",
    q: "Préfixe, nom de la clé ou courriel du titulaire contenant",
    status: "État",
    tier: "Palier",
    any: "Tous",
    apply: "Trouver des clés",
    caption: "Clés d’API de tous les comptes, de la plus récente à la plus ancienne",
    empty: "Aucune clé d’API ne correspond.",
    count: "{n} clés",
    one: "1 clé",
    "col.key": "Clé (préfixe, nom)",
    "col.owner": "Titulaire",
    "col.tier": "Palier",
    "col.status": "État",
    "col.created": "Création",
    "col.lastUsed": "Dernière utilisation",
    "col.expires": "Expiration",
    "col.action": "Action",
    never: "Jamais",
    noExpiry: "Sans expiration",
    ownerDisabled: "Titulaire désactivé",
    ownerAccount: "Trouver {email} dans les utilisateurs et rôles",
    revoke: "Révoquer",
    "revoke.of": "la clé {prefix} de {email}",
    revoking: "Révocation…",
    "revoke.confirm":
      "Révoquer la clé {prefix} («\u00a0{name}\u00a0») de {email}\u00a0? Les programmes qui l’utilisent cesseront de fonctionner d’ici 30 secondes, et une clé révoquée ne peut pas être rétablie.",
    revoked: "La clé {prefix} de {email} a été révoquée.",
    failed: "La clé n’a pas été révoquée",
  },
);

const columns: Column[] = [
  { label: m("col.key") },
  { label: m("col.owner") },
  { label: m("col.tier"), secondary: true },
  { label: m("col.status") },
  { label: m("col.created"), secondary: true },
  { label: m("col.lastUsed") },
  { label: m("col.expires"), secondary: true },
  { label: m("col.action") },
];

export default function apiKeys(ctx: PageContext): PageView {
  const list = adminList<AdminApiKey>({
    ctx,
    filterLabel: m("filters"),
    applyLabel: m("apply"),
    fields: (q) => [
      textField({ label: m("q"), name: "q", value: q.get("q"), spellcheck: false, maxlength: 100 }),
      selectField({
        label: m("status"),
        name: "status",
        value: q.get("status"),
        choices: [["", m("any")], ...(["active", "revoked", "expired"] as const).map((s): [string, string] => [s, keyStatusLabel(s)])],
      }),
      selectField({
        label: m("tier"),
        name: "tier",
        value: q.get("tier"),
        choices: [["", m("any")], ...["free", "partner"].map((t): [string, string] => [t, tierLabel(t)])],
      }),
    ],
    load: (q, cursor, signal) =>
      get("/api/v1/auth/admin/api-keys", {
        query: { q: q.get("q"), ...filtersOf(q, "status", "tier"), limit: 50, cursor },
        signal,
      }),
    caption: m("caption"),
    columns,
    row: keyRow,
    emptyText: m("empty"),
    countText: (n) => (n === 1 ? m("one") : m("count", { n: formatNumber(n) })),
  });
  void list.show(ctx.query, false);

  const title = m("title");
  const node = h("div", { class: "page admin-page" }, ...adminHeader(title, m("intro")), list.form, list.results);
  return { title, node, update: (next) => list.show(next.query, true) };
}

function keyRow(key: AdminApiKey): HTMLTableRowElement {
  const tr = row(
    [
      [h("code", {}, key.prefix), h("span", { class: "cell-note" }, key.name)],
      [
        link("/admin/users", [key.owner.email, h("span", { class: "visually-hidden" }, ` (${m("ownerAccount", { email: key.owner.email })})`)], {
          q: key.owner.email,
        }),
        key.owner.display_name && h("span", { class: "cell-note" }, key.owner.display_name),
        key.owner.disabled && h("span", { class: "tag tag-failed" }, m("ownerDisabled")),
      ],
      tierLabel(key.tier),
      [
        h("span", { class: `tag tag-key-${key.status}` }, keyStatusLabel(key.status)),
        key.revoked_at && h("span", { class: "cell-note" }, timeOf(key.revoked_at)),
      ],
      timeOf(key.created_at, "—", "date"),
      timeAgo(key.last_used_at, m("never")),
      timeOf(key.expires_at, m("noExpiry"), "date"),
      key.status === "active" ? revokeButton(key) : "—",
    ],
    columns,
  );
  tr.dataset.key = key.id;
  return tr;
}

function revokeButton(key: AdminApiKey): HTMLElement {
  const status = h("div", { class: "manage-status" });
  const button = h(
    "button",
    {
      type: "button",
      class: "button button-danger button-small",
      onClick: () => {
        status.replaceChildren();
        if (!window.confirm(m("revoke.confirm", { prefix: key.prefix, name: key.name, email: key.owner.email }))) return;
        void busy(button, m("revoking"), async () => {
          try {
            await del("/api/v1/auth/api-keys/{id}", { path: { id: key.id } });
            // Read back as the service now has it (its revocation time, not this browser's clock).
            const found = await get("/api/v1/auth/admin/api-keys", { query: { q: key.prefix, limit: 1 } }).catch(() => null);
            const revoked = found?.data.find((k) => k.id === key.id) ?? { ...key, status: "revoked" as const };
            const next = keyRow(revoked);
            button.closest("tr")?.replaceWith(next);
            // The button went with the key's active state: focus stays on the same row, on the owner's link.
            next.querySelector<HTMLElement>("a")?.focus();
            announce(m("revoked", { prefix: key.prefix, email: key.owner.email }));
          } catch (err) {
            if (isAbort(err)) return;
            status.replaceChildren(errorState(err, undefined, { title: m("failed") }));
          }
        });
      },
    },
    m("revoke"),
    h("span", { class: "visually-hidden" }, ` ${m("revoke.of", { prefix: key.prefix, email: key.owner.email })}`),
  );
  return h("div", {}, button, status);
}
