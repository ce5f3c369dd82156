/**
 * A forgotten password: without a token, ask for a reset link by email; with the one-time token
 * from that email's link, choose the new password.
 */
import { ApiError, post } from "../api/client";
import { h } from "../dom";
import { defineMessages, getLang } from "../i18n";
import type { PageContext, PageView } from "../router";
import { passwordToggle, takeLinkToken } from "../ui/account-forms";
import { busy, clearFieldErrors, showFieldErrors, textField } from "../ui/forms";
import { announce } from "../ui/live";
import { link } from "../ui/page";
import { errorState } from "../ui/states";

const m = defineMessages(
  {
    title: "Reset your password",
    "ask.intro": "Give the email address of your account and we will send it a link to choose a new password.",
    email: "Email address",
    "ask.submit": "Send the link",
    "ask.busy": "Sending…",
    "choose.intro": "Choose a new password for your account. Every device signed in to it will be signed out.",
    password: "New password",
    "password.hint": "At least 12 characters; a few plain words make a good one.",
    "choose.submit": "Set the new password",
    "choose.busy": "Saving…",
    changed: "Your password is changed.",
    signin: "Sign in with it",
    failed: "The password could not be changed",
    askAgain: "Ask for a new link",
  },
  {
    title: "Réinitialiser votre mot de passe",
    "ask.intro": "Indiquez l’adresse courriel de votre compte et nous y enverrons un lien pour choisir un nouveau mot de passe.",
    email: "Adresse courriel",
    "ask.submit": "Envoyer le lien",
    "ask.busy": "Envoi…",
    "choose.intro": "Choisissez un nouveau mot de passe pour votre compte. Tous les appareils connectés à ce compte seront déconnectés.",
    password: "Nouveau mot de passe",
    "password.hint": "Au moins 12 caractères\u00a0; quelques mots simples en font un bon.",
    "choose.submit": "Enregistrer le nouveau mot de passe",
    "choose.busy": "Enregistrement…",
    changed: "Votre mot de passe est changé.",
    signin: "Connectez-vous avec celui-ci",
    failed: "Le mot de passe n’a pas pu être changé",
    askAgain: "Demander un nouveau lien",
  },
);

export default function resetPassword(_ctx: PageContext): PageView {
  const token = takeLinkToken();
  const node = h("div", { class: "page page-narrow" }, h("h1", { id: "reset-title" }, m("title")), token ? chooseForm(token) : askForm());
  return { title: m("title"), node };
}

function askForm(): HTMLElement {
  const status = h("div", { class: "form-status" });
  const submit = h("button", { type: "submit", class: "button" }, m("ask.submit"));
  const form = h(
    "form",
    { class: "stack-form", "aria-labelledby": "reset-title", novalidate: true },
    h("p", { class: "lead" }, m("ask.intro")),
    status,
    textField({ label: m("email"), name: "email", type: "email", autocomplete: "username", required: true, spellcheck: false }),
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const email = String(new FormData(form).get("email") ?? "").trim();
    status.replaceChildren();
    clearFieldErrors(form);
    void busy(submit, m("ask.busy"), async () => {
      try {
        const answer = await post("/api/v1/auth/password-reset/request", { email }, { auth: false });
        // The API's words say the same for every address, so they reveal nothing about accounts.
        status.replaceChildren(h("p", { class: "notice", role: "status", lang: getLang() === "en" ? undefined : "en" }, answer.detail));
        announce(answer.detail);
      } catch (err) {
        if (err instanceof ApiError && err.status === 400 && showFieldErrors(form, err)) return;
        status.replaceChildren(errorState(err));
      }
    });
  });
  return form;
}

function chooseForm(token: string): HTMLElement {
  const status = h("div", { class: "form-status" });
  const password = textField({
    label: m("password"),
    name: "password",
    type: "password",
    autocomplete: "new-password",
    required: true,
    hint: m("password.hint"),
  });
  const submit = h("button", { type: "submit", class: "button" }, m("choose.submit"));
  const form = h(
    "form",
    { class: "stack-form", "aria-labelledby": "reset-title", novalidate: true },
    h("p", { class: "lead" }, m("choose.intro")),
    status,
    password,
    passwordToggle(password.querySelector("input")!),
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const secret = String(new FormData(form).get("password") ?? "");
    status.replaceChildren();
    clearFieldErrors(form);
    void busy(submit, m("choose.busy"), async () => {
      try {
        await post("/api/v1/auth/password-reset/confirm", { token, password: secret }, { auth: false });
        form.replaceWith(
          h("div", { class: "form-status" }, h("p", { class: "notice", role: "status" }, m("changed")), h("p", {}, link("/signin", m("signin")))),
        );
        announce(m("changed"));
      } catch (err) {
        // A password that breaks the rules is shown at its field; the token stays usable.
        if (err instanceof ApiError && err.status === 400 && err.problem?.errors?.every((e) => e.pointer === "json.password") && showFieldErrors(form, err))
          return;
        status.replaceChildren(errorState(err, undefined, { title: m("failed") }), h("p", {}, link("/reset-password", m("askAgain"))));
      }
    });
  });
  return form;
}
