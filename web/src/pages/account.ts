/** The signed-in account: profile, password, signed-in devices and API keys. */
import { ApiError, del, get, patch, post, type Schema } from "../api/client";
import { currentSessionId, updateUser } from "../auth";
import { h, uid } from "../dom";
import { defineMessages, formatDateTime, getLang } from "../i18n";
import type { PageContext, PageView } from "../router";
import { busy, clearFieldErrors, selectField, showFieldErrors, textField } from "../ui/forms";
import { announce } from "../ui/live";
import { facts, section } from "../ui/page";
import { emptyState, errorState, loadInto } from "../ui/states";
import { dataTable, row, type Column } from "../ui/table";

const m = defineMessages(
  {
    title: "Your account",
    profile: "Profile",
    email: "Email address",
    verified: "Confirmed",
    unverified: "Not confirmed yet",
    resend: "Send the confirmation email again",
    resending: "Sending…",
    name: "Display name",
    roles: "Roles",
    since: "Account created",
    lastLogin: "Last sign-in",
    "role.citizen": "Citizen",
    "role.analyst": "Analyst",
    "role.admin": "Administrator",
    "role.service": "Service",
    edit: "Change your details",
    "edit.name": "Display name",
    "edit.locale": "Language of our emails",
    "edit.save": "Save changes",
    "edit.saving": "Saving…",
    "edit.saved": "Your details were saved.",
    "edit.failed": "Your details were not saved",
    password: "Password",
    "password.current": "Current password",
    "password.new": "New password",
    "password.hint": "At least 12 characters, mixing at least two kinds of characters. Your other devices will be signed out.",
    "password.save": "Change password",
    "password.saving": "Changing…",
    "password.saved": "Your password was changed. Your other devices were signed out.",
    "password.failed": "The password was not changed",
    sessions: "Where you are signed in",
    "sessions.caption": "Devices signed in to your account",
    "sessions.empty": "No active sessions.",
    "col.device": "Device",
    "col.started": "Signed in",
    "col.lastUsed": "Last active",
    "col.expires": "Session ends",
    "col.action": "Action",
    thisDevice: "This device",
    unknownDevice: "Unknown device",
    signOutHere: "Use “Sign out” at the top of the page",
    revokeSession: "Sign out",
    "revokeSession.on": "on {device}, signed in {date}",
    signedOutDevice: "{device} was signed out.",
    keys: "API keys",
    "keys.intro": "Keys let your programs call the OpenPolicy API as you, with the free tier’s rate limits. Send a key as Authorization: Bearer <key>.",
    "keys.docs": "Read the API documentation",
    "keys.create": "Create a key",
    "keys.name": "Key name",
    "keys.name.hint": "Something to tell your keys apart, e.g. newsroom dashboard",
    "keys.expires": "Expires on",
    "keys.creating": "Creating…",
    "keys.failed": "The key was not created",
    "keys.new.title": "Your new key “{name}”",
    "keys.new.text": "Copy it now and keep it somewhere safe: this is the only time it is shown.",
    "keys.new.label": "New API key",
    "keys.copy": "Copy the key",
    "keys.copied": "The key was copied to the clipboard.",
    "keys.copyFailed": "Copying did not work; select the key and copy it yourself.",
    "keys.caption": "Your API keys, newest first",
    "keys.empty": "You have no API keys yet.",
    "col.name": "Name",
    "col.prefix": "Starts with",
    "col.tier": "Tier",
    "col.status": "Status",
    "col.created": "Created",
    "col.keyLastUsed": "Last used",
    "col.keyExpires": "Expires",
    "status.active": "Active",
    "status.revoked": "Revoked",
    "status.expired": "Expired",
    never: "Never",
    revoke: "Revoke",
    "revoke.confirm": "Revoke the key “{name}”? Programs using it will stop working.",
    revoked: "The key {name} was revoked.",
  },
  {
    title: "Votre compte",
    profile: "Profil",
    email: "Adresse courriel",
    verified: "Confirmée",
    unverified: "Pas encore confirmée",
    resend: "Renvoyer le courriel de confirmation",
    resending: "Envoi…",
    name: "Nom affiché",
    roles: "Rôles",
    since: "Compte créé le",
    lastLogin: "Dernière connexion",
    "role.citizen": "Citoyen",
    "role.analyst": "Analyste",
    "role.admin": "Administrateur",
    "role.service": "Service",
    edit: "Modifier vos renseignements",
    "edit.name": "Nom affiché",
    "edit.locale": "Langue de nos courriels",
    "edit.save": "Enregistrer",
    "edit.saving": "Enregistrement…",
    "edit.saved": "Vos renseignements ont été enregistrés.",
    "edit.failed": "Vos renseignements n’ont pas été enregistrés",
    password: "Mot de passe",
    "password.current": "Mot de passe actuel",
    "password.new": "Nouveau mot de passe",
    "password.hint": "Au moins 12 caractères, d’au moins deux sortes. Vos autres appareils seront déconnectés.",
    "password.save": "Changer le mot de passe",
    "password.saving": "Modification…",
    "password.saved": "Votre mot de passe a été changé. Vos autres appareils ont été déconnectés.",
    "password.failed": "Le mot de passe n’a pas été changé",
    sessions: "Où vous êtes connecté",
    "sessions.caption": "Appareils connectés à votre compte",
    "sessions.empty": "Aucune session active.",
    "col.device": "Appareil",
    "col.started": "Connexion",
    "col.lastUsed": "Dernière activité",
    "col.expires": "Fin de la session",
    "col.action": "Action",
    thisDevice: "Cet appareil",
    unknownDevice: "Appareil inconnu",
    signOutHere: "Utilisez «\u00a0Se déconnecter\u00a0» en haut de la page",
    revokeSession: "Déconnecter",
    "revokeSession.on": "{device}, connecté le {date}",
    signedOutDevice: "{device} a été déconnecté.",
    keys: "Clés d’API",
    "keys.intro":
      "Les clés permettent à vos programmes d’appeler l’API OpenPolicy en votre nom, avec les limites du palier gratuit. Envoyez une clé ainsi\u00a0: Authorization: Bearer <clé>.",
    "keys.docs": "Lire la documentation de l’API",
    "keys.create": "Créer une clé",
    "keys.name": "Nom de la clé",
    "keys.name.hint": "Pour distinguer vos clés, p. ex. tableau de bord de la rédaction",
    "keys.expires": "Expire le",
    "keys.creating": "Création…",
    "keys.failed": "La clé n’a pas été créée",
    "keys.new.title": "Votre nouvelle clé «\u00a0{name}\u00a0»",
    "keys.new.text": "Copiez-la maintenant et conservez-la en lieu sûr\u00a0: elle ne sera plus jamais affichée.",
    "keys.new.label": "Nouvelle clé d’API",
    "keys.copy": "Copier la clé",
    "keys.copied": "La clé a été copiée dans le presse-papiers.",
    "keys.copyFailed": "La copie n’a pas fonctionné\u00a0; sélectionnez la clé et copiez-la vous-même.",
    "keys.caption": "Vos clés d’API, de la plus récente à la plus ancienne",
    "keys.empty": "Vous n’avez encore aucune clé d’API.",
    "col.name": "Nom",
    "col.prefix": "Commence par",
    "col.tier": "Palier",
    "col.status": "État",
    "col.created": "Créée le",
    "col.keyLastUsed": "Dernière utilisation",
    "col.keyExpires": "Expire le",
    "status.active": "Active",
    "status.revoked": "Révoquée",
    "status.expired": "Expirée",
    never: "Jamais",
    revoke: "Révoquer",
    "revoke.confirm": "Révoquer la clé «\u00a0{name}\u00a0»\u00a0? Les programmes qui l’utilisent cesseront de fonctionner.",
    revoked: "La clé {name} a été révoquée.",
  },
);

export default async function account(ctx: PageContext): Promise<PageView> {
  const me = await get("/api/v1/auth/me", { signal: ctx.signal });
  const profileSlot = h("div", {});
  const renderProfile = (a: Schema<"Account">) => profileSlot.replaceChildren(profile(a));
  renderProfile(me);

  const node = h(
    "div",
    { class: "page" },
    h("h1", {}, m("title")),
    section(m("profile"), profileSlot, editForm(me, renderProfile)),
    section(m("password"), passwordForm()),
    sessionsSection(ctx),
    keysSection(ctx),
  );
  return { title: m("title"), node };
}

function profile(a: Schema<"Account">): HTMLElement {
  const resend =
    !a.email_verified &&
    h(
      "button",
      {
        type: "button",
        class: "link-button",
        onClick: (event: Event) => {
          const button = event.currentTarget as HTMLButtonElement;
          void busy(button, m("resending"), async () => {
            try {
              const answer = await post("/api/v1/auth/verify-email/resend", {});
              announce(answer.detail);
              button.replaceWith(h("span", { class: "muted", lang: getLang() === "en" ? undefined : "en" }, answer.detail));
            } catch (err) {
              button.after(errorState(err));
            }
          });
        },
      },
      m("resend"),
    );
  return facts([
    [
      m("email"),
      [
        a.email,
        " ",
        h("span", { class: a.email_verified ? "tag tag-passed" : "tag" }, a.email_verified ? m("verified") : m("unverified")),
        resend ? [" ", resend] : [],
      ].flat(),
    ],
    [m("name"), a.display_name ?? "—"],
    [m("roles"), a.roles.map((r) => m(`role.${r}` as "role.citizen")).join(", ")],
    [m("since"), formatDateTime(a.created_at)],
    [m("lastLogin"), formatDateTime(a.last_login_at)],
  ]);
}

function editForm(a: Schema<"Account">, rerender: (a: Schema<"Account">) => void): HTMLElement {
  const status = h("div", { class: "form-status" });
  const submit = h("button", { type: "submit", class: "button" }, m("edit.save"));
  const form = h(
    "form",
    { class: "stack-form", "aria-label": m("edit"), novalidate: true },
    status,
    textField({ label: m("edit.name"), name: "display_name", value: a.display_name, autocomplete: "name", maxlength: 100, optional: true }),
    selectField({
      label: m("edit.locale"),
      name: "locale",
      value: a.locale,
      choices: [
        ["en", "English"],
        ["fr", "Français"],
      ],
    }),
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const name = String(data.get("display_name") ?? "").trim();
    status.replaceChildren();
    clearFieldErrors(form);
    void busy(submit, m("edit.saving"), async () => {
      try {
        const updated = await patch("/api/v1/auth/me", { display_name: name || null, locale: String(data.get("locale")) as Schema<"ProfileUpdate">["locale"] });
        rerender(updated);
        updateUser(updated);
        status.replaceChildren(h("p", { class: "success", role: "status" }, m("edit.saved")));
      } catch (err) {
        if (!showFieldErrors(form, err)) status.replaceChildren(errorState(err, undefined, { title: m("edit.failed") }));
      }
    });
  });
  return h("details", { class: "disclosure" }, h("summary", {}, m("edit")), form);
}

function passwordForm(): HTMLElement {
  const status = h("div", { class: "form-status" });
  const submit = h("button", { type: "submit", class: "button" }, m("password.save"));
  const form = h(
    "form",
    { class: "stack-form", "aria-label": m("password"), novalidate: true },
    status,
    textField({ label: m("password.current"), name: "current_password", type: "password", autocomplete: "current-password", required: true }),
    textField({ label: m("password.new"), name: "new_password", type: "password", autocomplete: "new-password", required: true, hint: m("password.hint") }),
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    status.replaceChildren();
    clearFieldErrors(form);
    void busy(submit, m("password.saving"), async () => {
      try {
        await post("/api/v1/auth/password", {
          current_password: String(data.get("current_password") ?? ""),
          new_password: String(data.get("new_password") ?? ""),
        });
        form.reset();
        status.replaceChildren(h("p", { class: "success", role: "status" }, m("password.saved")));
      } catch (err) {
        if (!showFieldErrors(form, err)) status.replaceChildren(errorState(err, undefined, { title: m("password.failed") }));
      }
    });
  });
  return h("details", { class: "disclosure" }, h("summary", {}, m("password.save")), form);
}

function sessionsSection(ctx: PageContext): HTMLElement {
  const slot = h("div", {});
  const columns: Column[] = [
    { label: m("col.device") },
    { label: m("col.started"), secondary: true },
    { label: m("col.lastUsed") },
    { label: m("col.expires"), secondary: true },
    { label: m("col.action") },
  ];
  const load = () =>
    loadInto(
      slot,
      () => get("/api/v1/auth/sessions", { query: { limit: 100 }, signal: ctx.signal }),
      (page) => {
        if (page.data.length === 0) return emptyState(m("sessions.empty"));
        return dataTable({
          caption: m("sessions.caption"),
          captionHidden: true,
          columns,
          rows: page.data.map((device) => {
            const current = device.current || device.id === currentSessionId();
            const name = device.device_name || device.user_agent || m("unknownDevice");
            // This device signs out with the header's "Sign out", which also forgets its tokens here.
            const action = current
              ? h("span", { class: "muted" }, m("signOutHere"))
              : h(
                  "button",
                  {
                    type: "button",
                    class: "button button-secondary button-small",
                    onClick: (event: Event) => {
                      const button = event.currentTarget as HTMLButtonElement;
                      void busy(button, "…", async () => {
                        try {
                          await del("/api/v1/auth/sessions/{id}", { path: { id: device.id } });
                          announce(m("signedOutDevice", { device: name }));
                          await load();
                          slot.querySelector<HTMLElement>("button")?.focus();
                        } catch (err) {
                          button.after(errorState(err));
                        }
                      });
                    },
                  },
                  m("revokeSession"),
                  h("span", { class: "visually-hidden" }, ` ${m("revokeSession.on", { device: name, date: formatDateTime(device.created_at) })}`),
                );
            return row(
              [
                [name, current ? h("span", { class: "tag tag-current" }, ` ${m("thisDevice")}`) : null],
                formatDateTime(device.created_at),
                formatDateTime(device.last_used_at),
                formatDateTime(device.expires_at),
                action,
              ],
              columns,
            );
          }),
        }).frame;
      },
    );
  void load();
  return section(m("sessions"), slot);
}

function keysSection(ctx: PageContext): HTMLElement {
  const list = h("div", {});
  const reveal = h("div", {});
  const columns: Column[] = [
    { label: m("col.name") },
    { label: m("col.prefix") },
    { label: m("col.status") },
    { label: m("col.tier"), secondary: true },
    { label: m("col.created"), secondary: true },
    { label: m("col.keyLastUsed"), secondary: true },
    { label: m("col.keyExpires"), secondary: true },
    { label: m("col.action") },
  ];

  const load = () =>
    loadInto(
      list,
      () => get("/api/v1/auth/api-keys", { query: { limit: 100 }, signal: ctx.signal }),
      (page) => {
        if (page.data.length === 0) return emptyState(m("keys.empty"));
        return dataTable({
          caption: m("keys.caption"),
          columns,
          rows: page.data.map((key) =>
            row(
              [
                key.name,
                h("code", {}, key.prefix),
                h("span", { class: `tag tag-key-${key.status}` }, m(`status.${key.status}`)),
                key.tier,
                formatDateTime(key.created_at),
                key.last_used_at ? formatDateTime(key.last_used_at) : m("never"),
                key.expires_at ? formatDateTime(key.expires_at) : m("never"),
                key.status === "active"
                  ? h(
                      "button",
                      {
                        type: "button",
                        class: "button button-danger button-small",
                        onClick: (event: Event) => {
                          if (!window.confirm(m("revoke.confirm", { name: key.name }))) return;
                          const button = event.currentTarget as HTMLButtonElement;
                          void busy(button, "…", async () => {
                            try {
                              await del("/api/v1/auth/api-keys/{id}", { path: { id: key.id } });
                              announce(m("revoked", { name: key.name }));
                              await load();
                              list.querySelector<HTMLElement>("table")?.closest<HTMLElement>(".table-frame")?.focus();
                            } catch (err) {
                              button.after(errorState(err));
                            }
                          });
                        },
                      },
                      m("revoke"),
                      h("span", { class: "visually-hidden" }, ` ${key.name}`),
                    )
                  : "—",
              ],
              columns,
            ),
          ),
        }).frame;
      },
    );

  const status = h("div", { class: "form-status" });
  const submit = h("button", { type: "submit", class: "button" }, m("keys.create"));
  const form = h(
    "form",
    { class: "stack-form", "aria-label": m("keys.create"), novalidate: true },
    status,
    textField({ label: m("keys.name"), name: "name", hint: m("keys.name.hint"), required: true, maxlength: 100 }),
    textField({ label: m("keys.expires"), name: "expires_at", type: "date", optional: true }),
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const name = String(data.get("name") ?? "").trim();
    const expires = String(data.get("expires_at") ?? "");
    status.replaceChildren();
    clearFieldErrors(form);
    void busy(submit, m("keys.creating"), async () => {
      try {
        const created = await post("/api/v1/auth/api-keys", {
          name,
          ...(expires ? { expires_at: new Date(`${expires}T23:59:59`).toISOString() } : {}),
        });
        form.reset();
        showNewKey(created);
        void load();
      } catch (err) {
        if (err instanceof ApiError && err.status === 400 && showFieldErrors(form, err)) return;
        status.replaceChildren(errorState(err, undefined, { title: m("keys.failed") }));
      }
    });
  });

  /** The whole key exists only in this answer; it is shown once and never stored by the page. */
  function showNewKey(key: Schema<"CreatedApiKey">): void {
    const inputId = uid("new-key");
    const titleId = uid("new-key-title");
    const input = h("input", { id: inputId, type: "text", readonly: true, value: key.key, class: "key-value", spellcheck: "false", autocomplete: "off" });
    const feedback = h("p", { class: "copy-feedback", role: "status" });
    const copy = h(
      "button",
      {
        type: "button",
        class: "button",
        onClick: async () => {
          try {
            await navigator.clipboard.writeText(key.key);
            feedback.textContent = m("keys.copied");
          } catch {
            input.select();
            feedback.textContent = m("keys.copyFailed");
          }
        },
      },
      m("keys.copy"),
    );
    const panel = h(
      "div",
      { class: "new-key", role: "region", "aria-labelledby": titleId, tabindex: "-1" },
      h("h3", { id: titleId }, m("keys.new.title", { name: key.name })),
      h("p", {}, m("keys.new.text")),
      h("label", { for: inputId }, m("keys.new.label")),
      h("div", { class: "key-row" }, input, copy),
      feedback,
    );
    input.addEventListener("focus", () => input.select());
    reveal.replaceChildren(panel);
    panel.focus();
  }

  void load();
  return section(m("keys"), h("p", {}, m("keys.intro"), " ", h("a", { href: "/docs/" }, m("keys.docs"))), list, h("h3", {}, m("keys.create")), form, reveal);
}
