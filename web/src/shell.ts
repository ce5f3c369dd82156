/**
 * The frame around every page: header with the main navigation, the account links and the
 * language switch, the footer, and the phone menu. Pages render into <main>; the shell follows
 * the route (current link) and the session (account links, admin link).
 */
import { currentUser, onAuthChange, signOut } from "./auth";
import { h } from "./dom";
import { getLang, isLang, pick, setLang, t, type CoreKey, type Lang } from "./i18n";
import { currentPath, currentRouteIsGated, href, navigate, navRoutes, onNavigate, rerender } from "./router";
import { announce } from "./ui/live";

const LANG_KEY = "openpolicy.lang";

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

export function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get("lang");
  if (isLang(fromUrl)) return fromUrl;
  try {
    const stored = localStorage.getItem(LANG_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // storage can be blocked (private mode, strict settings)
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLang(base)) return base;
  }
  return "en";
}

/** The language of a URL someone opened wins, and is remembered for their next visit. */
export function applyLang(lang: Lang, remember: boolean): void {
  setLang(lang);
  document.documentElement.lang = lang;
  if (remember) {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // not remembered; the URL still carries it
    }
  }
}

export function startShell(): void {
  const langToggle = byId<HTMLButtonElement>("lang-toggle");
  const menuToggle = byId<HTMLButtonElement>("menu-toggle");
  const navBar = byId("site-nav");

  langToggle.addEventListener("click", () => {
    applyLang(getLang() === "en" ? "fr" : "en", true);
    renderShell();
    rerender();
  });

  menuToggle.addEventListener("click", () => setMenu(menuToggle.getAttribute("aria-expanded") !== "true"));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menuToggle.getAttribute("aria-expanded") === "true") {
      setMenu(false);
      menuToggle.focus();
    }
  });

  function setMenu(open: boolean): void {
    menuToggle.setAttribute("aria-expanded", String(open));
    navBar.classList.toggle("open", open);
  }

  onNavigate((path) => {
    setMenu(false);
    renderAccount();
    markCurrent(path);
  });

  onAuthChange((change) => {
    renderShell();
    if (change === "ended") announce(t("nav.sessionEnded"));
    if ((change === "ended" || change === "signed-out" || change === "signed-in") && currentRouteIsGated()) rerender();
  });

  renderShell();
}

export function renderShell(): void {
  for (const el of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n as CoreKey);
  }
  const langToggle = byId<HTMLButtonElement>("lang-toggle");
  const other: Lang = getLang() === "en" ? "fr" : "en";
  langToggle.lang = other;
  langToggle.textContent = t("lang.switch");
  langToggle.setAttribute("aria-label", t("lang.switchLabel"));

  byId<HTMLAnchorElement>("brand").href = href("/");
  byId<HTMLAnchorElement>("status-link").href = href("/status");
  byId("main-nav").setAttribute("aria-label", t("nav.label"));
  byId("footer-nav").setAttribute("aria-label", t("footer.label"));

  byId("nav-list").replaceChildren(
    ...navRoutes().map((route) =>
      h("li", {}, h("a", { href: href(route.path), "data-path": route.path }, typeof route.nav === "string" ? t(route.nav as CoreKey) : pick(route.nav!))),
    ),
  );
  renderAccount();
  markCurrent(currentPath());
}

function renderAccount(): void {
  const user = currentUser();
  const container = byId("account-links");
  container.setAttribute("role", "group");
  container.setAttribute("aria-label", t("nav.accountLabel"));
  if (!user) {
    const next = currentPath() === "/signin" || currentPath() === "/signup" ? undefined : `${location.pathname}${stripLang(location.search)}`;
    container.replaceChildren(
      h("a", { href: href("/signin", next && next !== "/" ? { next } : {}), "data-path": "/signin" }, t("nav.signin")),
      h("a", { href: href("/signup"), class: "account-signup", "data-path": "/signup" }, t("nav.signup")),
    );
    return;
  }
  const signOutButton = h(
    "button",
    {
      type: "button",
      class: "link-button",
      onClick: async () => {
        signOutButton.setAttribute("aria-disabled", "true");
        const gated = currentRouteIsGated();
        // Signed out here even if the server could not be told: the refresh token is forgotten.
        await signOut().catch(() => undefined);
        announce(t("nav.signedOut"));
        if (gated) navigate(href("/"));
      },
    },
    t("nav.signout"),
  );
  container.replaceChildren(
    h(
      "a",
      { href: href("/account"), "data-path": "/account" },
      h("span", { class: "visually-hidden" }, `${t("nav.account")}: `),
      user.display_name || user.email,
    ),
    signOutButton,
  );
}

function stripLang(search: string): string {
  const params = new URLSearchParams(search);
  params.delete("lang");
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}

/** `aria-current="page"` on the link to this very page; the section's link is marked as current too. */
function markCurrent(path: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".site-header a[data-path]")) {
    const linkPath = link.dataset.path!;
    const exact = linkPath === path;
    const section = !exact && linkPath !== "/" && path.startsWith(`${linkPath}/`);
    if (exact) link.setAttribute("aria-current", "page");
    else if (section) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
}
