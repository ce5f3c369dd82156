/** Sign in with email and password; then back to where the visitor was going. */
import { ApiError } from "../api/client";
import { currentUser, signIn } from "../auth";
import { h } from "../dom";
import { defineMessages } from "../i18n";
import { href, navigate, type PageContext, type PageView } from "../router";
import { busy, clearFieldErrors, showFieldErrors, textField } from "../ui/forms";
import { announce } from "../ui/live";
import { link } from "../ui/page";
import { errorState } from "../ui/states";
import { passwordToggle, safeNext } from "../ui/account-forms";

const m = defineMessages(
  {
    title: "Sign in",
    intro: "Sign in to manage your account, your devices and your API keys.",
    email: "Email address",
    password: "Password",
    submit: "Sign in",
    busy: "Signing in…",
    failed: "Could not sign in",
    signedIn: "Signed in as {name}.",
    already: "You are signed in as {name}.",
    account: "Go to your account",
    "new": "New here?",
    signup: "Create an account",
    forgot: "Forgot your password?",
  },
  {
    title: "Connexion",
    intro: "Connectez-vous pour gérer votre compte, vos appareils et vos clés d’API.",
    email: "Adresse courriel",
    password: "Mot de passe",
    submit: "Se connecter",
    busy: "Connexion…",
    failed: "Connexion impossible",
    signedIn: "Connecté en tant que {name}.",
    already: "Vous êtes connecté en tant que {name}.",
    account: "Aller à votre compte",
    "new": "Nouveau sur le site\u00a0?",
    signup: "Créer un compte",
    forgot: "Mot de passe oublié\u00a0?",
  },
);

export default function signin(ctx: PageContext): PageView {
  const next = safeNext(ctx.query.get("next"));
  const user = currentUser();
  const status = h("div", { class: "form-status" });
  const password = textField({ label: m("password"), name: "password", type: "password", autocomplete: "current-password", required: true });
  const submit = h("button", { type: "submit", class: "button" }, m("submit"));
  const form = h(
    "form",
    { class: "stack-form", "aria-labelledby": "signin-title", novalidate: true },
    status,
    textField({ label: m("email"), name: "email", type: "email", autocomplete: "username", required: true, spellcheck: false }),
    password,
    passwordToggle(password.querySelector("input")!),
    submit,
  );

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const email = String(data.get("email") ?? "").trim();
    const secret = String(data.get("password") ?? "");
    status.replaceChildren();
    clearFieldErrors(form);
    void busy(submit, m("busy"), async () => {
      try {
        const account = await signIn(email, secret);
        announce(m("signedIn", { name: account.display_name || account.email }));
        navigate(href(next ?? "/account"));
      } catch (err) {
        if (err instanceof ApiError && err.status === 400 && showFieldErrors(form, err)) return;
        status.replaceChildren(errorState(err, undefined, { title: m("failed") }));
        status.querySelector<HTMLElement>(".error-panel")?.setAttribute("tabindex", "-1");
        status.querySelector<HTMLElement>(".error-panel")?.focus();
      }
    });
  });

  const node = h(
    "div",
    { class: "page page-narrow" },
    h("h1", { id: "signin-title" }, m("title")),
    user
      ? h("p", { class: "notice" }, m("already", { name: user.display_name || user.email }), " ", link("/account", m("account")))
      : h("p", { class: "lead" }, m("intro")),
    form,
    h("p", {}, link("/reset-password", m("forgot"))),
    h("p", {}, `${m("new")} `, link("/signup", m("signup"), next ? { next } : {})),
  );
  return { title: m("title"), node };
}
