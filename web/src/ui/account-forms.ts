/** Pieces the sign-in and sign-up forms share. */
import { h, uid } from "../dom";
import { defineMessages } from "../i18n";

const m = defineMessages({ show: "Show password" }, { show: "Afficher le mot de passe" });

/** Only paths on this site, so a crafted link cannot send someone elsewhere after signing in. */
export function safeNext(value: string | null): string | null {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/^\/(signin|signup)(\?|$)/.test(value)) return null;
  return value;
}

export function passwordToggle(input: HTMLInputElement): HTMLElement {
  const id = uid("show-password");
  const box = h("input", {
    type: "checkbox",
    id,
    onChange: (event: Event) => {
      input.type = (event.target as HTMLInputElement).checked ? "text" : "password";
    },
  });
  return h("div", { class: "checkbox" }, box, h("label", { for: id }, m("show")));
}

/**
 * The one-time token an email's link carries in its fragment (`#token=…`), taken out of the
 * address at once so it stays in neither the history nor a bookmark. Null when there is none.
 */
export function takeLinkToken(): string | null {
  const token = new URLSearchParams(location.hash.slice(1)).get("token");
  if (location.hash) history.replaceState(history.state, "", `${location.pathname}${location.search}`);
  return token || null;
}
