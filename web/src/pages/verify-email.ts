/** Confirms an account's email address with the one-time token from the confirmation email's link. */
import { isAbort, post } from "../api/client";
import { currentUser, updateUser } from "../auth";
import { h } from "../dom";
import { defineMessages } from "../i18n";
import type { PageContext, PageView } from "../router";
import { takeLinkToken } from "../ui/account-forms";
import { announce } from "../ui/live";
import { link } from "../ui/page";
import { errorState, loadingState } from "../ui/states";

const m = defineMessages(
  {
    title: "Confirm your email address",
    confirming: "Confirming your address…",
    confirmed: "Your email address is confirmed. Thank you.",
    account: "Go to your account",
    failed: "The address could not be confirmed",
    again: "Sign in and ask for a new link from your account page.",
    noToken: "This page confirms an address from the link in the email we sent. Open that link, or ask for a new one from your account page.",
  },
  {
    title: "Confirmez votre adresse courriel",
    confirming: "Confirmation de votre adresse…",
    confirmed: "Votre adresse courriel est confirmée. Merci.",
    account: "Aller à votre compte",
    failed: "L’adresse n’a pas pu être confirmée",
    again: "Connectez-vous et demandez un nouveau lien depuis la page de votre compte.",
    noToken:
      "Cette page confirme une adresse à partir du lien du courriel que nous avons envoyé. Ouvrez ce lien, ou demandez-en un nouveau depuis la page de votre compte.",
  },
);

export default function verifyEmail(ctx: PageContext): PageView {
  const token = takeLinkToken();
  const slot = h("div", { class: "form-status" });
  const node = h("div", { class: "page page-narrow" }, h("h1", {}, m("title")), slot);
  if (!token) {
    slot.replaceChildren(h("p", { class: "lead" }, m("noToken")), h("p", {}, link("/account", m("account"))));
    return { title: m("title"), node };
  }
  slot.replaceChildren(loadingState(m("confirming")));
  void (async () => {
    try {
      await post("/api/v1/auth/verify-email", { token }, { auth: false, signal: ctx.signal });
      const user = currentUser();
      if (user) updateUser({ ...user, email_verified: true });
      slot.replaceChildren(h("p", { class: "notice", role: "status" }, m("confirmed")), h("p", {}, link("/account", m("account"))));
      announce(m("confirmed"));
    } catch (err) {
      if (isAbort(err)) return;
      slot.replaceChildren(errorState(err, undefined, { title: m("failed") }), h("p", {}, m("again"), " ", link("/account", m("account"))));
    }
  })();
  return { title: m("title"), node };
}
