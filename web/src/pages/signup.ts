/** Create an account; the new account is signed in straight away when the address was free. */
import { ApiError } from "../api/client";
import { signUp } from "../auth";
import { h } from "../dom";
import { defineMessages, getLang } from "../i18n";
import { href, navigate, type PageContext, type PageView } from "../router";
import { busy, clearFieldErrors, showFieldErrors, textField } from "../ui/forms";
import { announce } from "../ui/live";
import { link } from "../ui/page";
import { passwordToggle, safeNext } from "../ui/account-forms";
import { errorState } from "../ui/states";

const m = defineMessages(
  {
    title: "Create an account",
    intro: "An account lets you create API keys and see where you are signed in. We send one email to confirm your address.",
    email: "Email address",
    name: "Display name",
    password: "Password",
    "password.hint":
      "At least 12 characters, mixing at least two kinds (lower case, capitals, digits, spaces or symbols). A few words strung together work well.",
    submit: "Create account",
    busy: "Creating your account…",
    failed: "Could not create the account",
    created: "Account created. You are signed in.",
    "check.title": "Check your inbox",
    "check.signin": "Then sign in",
    have: "Already have an account?",
    signin: "Sign in",
  },
  {
    title: "Créer un compte",
    intro: "Un compte vous permet de créer des clés d’API et de voir où vous êtes connecté. Nous envoyons un courriel pour confirmer votre adresse.",
    email: "Adresse courriel",
    name: "Nom affiché",
    password: "Mot de passe",
    "password.hint":
      "Au moins 12 caractères, d’au moins deux sortes (minuscules, majuscules, chiffres, espaces ou symboles). Quelques mots à la suite conviennent bien.",
    submit: "Créer le compte",
    busy: "Création du compte…",
    failed: "Impossible de créer le compte",
    created: "Compte créé. Vous êtes connecté.",
    "check.title": "Consultez votre boîte de réception",
    "check.signin": "Puis connectez-vous",
    have: "Vous avez déjà un compte\u00a0?",
    signin: "Se connecter",
  },
);

export default function signup(ctx: PageContext): PageView {
  const next = safeNext(ctx.query.get("next"));
  const status = h("div", { class: "form-status" });
  const password = textField({
    label: m("password"),
    name: "password",
    type: "password",
    autocomplete: "new-password",
    required: true,
    hint: m("password.hint"),
    minlength: 12,
  });
  const submit = h("button", { type: "submit", class: "button" }, m("submit"));
  const form = h(
    "form",
    { class: "stack-form", "aria-labelledby": "signup-title", novalidate: true },
    status,
    textField({ label: m("email"), name: "email", type: "email", autocomplete: "email", required: true, spellcheck: false }),
    textField({ label: m("name"), name: "display_name", autocomplete: "name", optional: true, maxlength: 100 }),
    password,
    passwordToggle(password.querySelector("input")!),
    submit,
  );

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const displayName = String(data.get("display_name") ?? "").trim();
    status.replaceChildren();
    clearFieldErrors(form);
    void busy(submit, m("busy"), async () => {
      try {
        const result = await signUp({
          email: String(data.get("email") ?? "").trim(),
          password: String(data.get("password") ?? ""),
          ...(displayName ? { display_name: displayName } : {}),
          locale: getLang(),
        });
        if (result.signedIn) {
          announce(m("created"));
          navigate(href(next ?? "/account"));
          return;
        }
        const panel = h(
          "div",
          { class: "notice-panel", role: "status", tabindex: "-1" },
          h("p", { class: "error-title" }, m("check.title")),
          h("p", { lang: getLang() === "en" ? undefined : "en" }, result.detail),
          h("p", {}, link("/signin", m("check.signin"), next ? { next } : {})),
        );
        status.replaceChildren(panel);
        panel.focus();
      } catch (err) {
        if (err instanceof ApiError && err.status === 400 && showFieldErrors(form, err)) return;
        status.replaceChildren(errorState(err, undefined, { title: m("failed") }));
      }
    });
  });

  const node = h(
    "div",
    { class: "page page-narrow" },
    h("h1", { id: "signup-title" }, m("title")),
    h("p", { class: "lead" }, m("intro")),
    form,
    h("p", {}, `${m("have")} `, link("/signin", m("signin"), next ? { next } : {})),
  );
  return { title: m("title"), node };
}
