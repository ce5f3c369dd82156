/**
 * Client-side routing over the History API. Each route names a lazily imported page module; the
 * router gates routes that need a role, shows loading and error states, keeps `?lang=` in every
 * URL, restores scroll on back/forward and moves focus to the new page's heading.
 */
import { ApiError, isAbort } from "./api/client";
import type { Schema } from "./api/client";
import { currentUser, hasRole, ready as authReady } from "./auth";
import { getLang, type CoreKey, type Localized, t } from "./i18n";
import { errorState, loadingState } from "./ui/states";
import { h } from "./dom";

export interface PageContext {
  /** Path parameters, decoded: `/members/:id` → `{ id }`. */
  params: Record<string, string>;
  /** The query string without `lang` (the router owns that one). */
  query: URLSearchParams;
  path: string;
  /** Aborted when the visitor leaves the page: pass it to requests, stop timers on it. */
  signal: AbortSignal;
}

export interface PageView {
  /** The page's name for the document title; the node holds the matching h1. */
  title: string;
  node: Node;
  /**
   * Called instead of a full render when only the query string changed (filters, facets,
   * back/forward between them); focus stays where the visitor is.
   */
  update?: (ctx: PageContext) => void | Promise<void>;
}

export type PageRender = (ctx: PageContext) => PageView | Promise<PageView>;
export interface PageModule {
  default: PageRender;
}

export interface RouteDef {
  /** `/bills/:session/:number`; a `:name` segment matches one path segment. */
  path: string;
  page: () => Promise<PageModule>;
  /** Signed-in users holding at least this role; others get "sign in first" or "not allowed". */
  role?: Schema<"Role">;
  /** Shown in the main navigation under this label (to holders of `role` only, when set). */
  nav?: CoreKey | Localized;
}

interface Matched {
  route: RouteDef | null;
  params: Record<string, string>;
}

interface Current {
  route: RouteDef | null;
  paramsKey: string;
  view: PageView | null;
  controller: AbortController;
  url: URL;
}

let routes: RouteDef[] = [];
let main: HTMLElement;
let current: Current | null = null;
let sequence = 0;
const navigationListeners = new Set<(path: string) => void>();

/** Excluded from client routing: served by the gateway through the Pages Functions. */
const SERVER_PATHS = /^\/(api|docs|sources)(\/|$)/;

/** An internal link with the current language and the given query (empty values are dropped). */
export function href(path: string, query: Record<string, string | number | null | undefined> | URLSearchParams = {}): string {
  const url = new URL(path, location.origin);
  const entries = query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query);
  for (const [key, value] of entries) {
    if (value === undefined || value === null || value === "" || key === "lang") continue;
    url.searchParams.set(key, String(value));
  }
  url.searchParams.set("lang", getLang());
  return `${url.pathname}${url.search}${url.hash}`;
}

export function onNavigate(listener: (path: string) => void): () => void {
  navigationListeners.add(listener);
  return () => navigationListeners.delete(listener);
}

export function currentPath(): string {
  return location.pathname;
}

export function startRouter(table: RouteDef[], mainElement: HTMLElement): void {
  routes = table;
  main = mainElement;
  history.scrollRestoration = "manual";
  document.addEventListener("click", onClick);
  window.addEventListener("popstate", (event) => {
    // A jump to an anchor within the page also lands here; the page itself follows the hash.
    if (current && location.pathname === current.url.pathname && location.search === current.url.search) return;
    const scrollY = typeof event.state?.scrollY === "number" ? (event.state.scrollY as number) : 0;
    void render(new URL(location.href), { focus: true, scrollY });
  });
  const url = withLang(new URL(location.href));
  history.replaceState({ scrollY: 0 }, "", url);
  // The first page keeps focus at the top of the document, where the skip link is.
  void render(url, { focus: false, scrollY: null });
}

/** Goes to an internal URL; `replace` for changes that should not make a history entry. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = withLang(new URL(to, location.href));
  history.replaceState({ ...(history.state as object), scrollY: window.scrollY }, "");
  // Following a link to the page already shown makes no new history entry.
  if (options.replace || url.href === location.href) history.replaceState({ scrollY: 0 }, "", url);
  else history.pushState({ scrollY: 0 }, "", url);
  void render(url, { focus: true, scrollY: 0 });
}

/** Renders the current page again (language switched, session changed); focus stays put. */
export function rerender(): void {
  const url = withLang(new URL(location.href));
  history.replaceState(history.state, "", url);
  if (current) current.paramsKey = "";
  void render(url, { focus: false, scrollY: window.scrollY, full: true });
}

/** The current route declares a role, so a change of session must re-check it. */
export function currentRouteIsGated(): boolean {
  return current?.route?.role !== undefined;
}

/** The navigation entries the signed-in user may see, in table order. */
export function navRoutes(): RouteDef[] {
  return routes.filter((r) => r.nav !== undefined && (r.role === undefined || hasRole(r.role, currentUser())));
}

function withLang(url: URL): URL {
  if (url.origin === location.origin && !SERVER_PATHS.test(url.pathname)) url.searchParams.set("lang", getLang());
  return url;
}

function onClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.("a");
  if (!anchor?.href || anchor.hasAttribute("download")) return;
  const target = anchor.getAttribute("target");
  if (target && target !== "_self") return;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin || SERVER_PATHS.test(url.pathname)) return;
  // A jump within the page is the browser's (and the page's hashchange handler's) business.
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  navigate(url.href);
}

function match(pathname: string): Matched {
  const parts = pathname.replace(/\/+$/, "").split("/").filter(Boolean);
  for (const route of routes) {
    const pattern = route.path.split("/").filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < pattern.length; i++) {
      const expected = pattern[i]!;
      let actual: string;
      try {
        actual = decodeURIComponent(parts[i]!);
      } catch {
        ok = false;
        break;
      }
      if (expected.startsWith(":")) params[expected.slice(1)] = actual;
      else if (expected !== actual) {
        ok = false;
        break;
      }
    }
    if (ok) return { route, params };
  }
  return { route: null, params: {} };
}

function contextOf(url: URL, params: Record<string, string>, signal: AbortSignal): PageContext {
  const query = new URLSearchParams(url.search);
  query.delete("lang");
  return { params, query, path: url.pathname, signal };
}

async function render(url: URL, options: { focus: boolean; scrollY: number | null; full?: boolean }): Promise<void> {
  const { route, params } = match(url.pathname);
  const paramsKey = `${url.pathname}`;
  for (const listener of navigationListeners) listener(url.pathname);

  // Same page, new query: let the page update itself in place.
  if (!options.full && current && current.route === route && current.paramsKey === paramsKey && current.view?.update) {
    current.url = url;
    const token = ++sequence;
    await current.view.update(contextOf(url, params, current.controller.signal));
    if (token === sequence && options.scrollY !== null && options.scrollY !== 0) window.scrollTo(0, options.scrollY);
    return;
  }

  current?.controller.abort();
  const controller = new AbortController();
  const token = ++sequence;
  current = { route, paramsKey, view: null, controller, url };
  const stale = () => token !== sequence;

  // A spinner only for slow pages, so fast ones do not flash.
  const spinnerTimer = setTimeout(() => {
    if (stale()) return;
    main.setAttribute("aria-busy", "true");
    main.replaceChildren(loadingState(t("loading.page")));
  }, 250);

  let view: PageView;
  try {
    view = await resolveView(route, params, url, controller.signal);
  } catch (err) {
    if (isAbort(err) || stale()) return;
    view = errorView(err);
  } finally {
    clearTimeout(spinnerTimer);
  }
  if (stale()) return;

  current.view = view;
  main.removeAttribute("aria-busy");
  main.replaceChildren(view.node);
  document.title = view.title === t("site.name") ? view.title : `${view.title} · ${t("site.name")}`;
  if (options.focus) focusHeading();
  if (options.scrollY !== null) restoreScroll(options.scrollY, controller.signal);
  if (url.hash) scrollToHash(url.hash);
}

async function resolveView(route: RouteDef | null, params: Record<string, string>, url: URL, signal: AbortSignal): Promise<PageView> {
  if (!route) return notFoundView();
  if (route.role) {
    await authReady;
    const user = currentUser();
    if (!user) return signInGate(url);
    if (!hasRole(route.role, user)) return forbiddenView(route.role);
  }
  let module: PageModule;
  try {
    module = await route.page();
  } catch {
    return chunkErrorView();
  }
  return module.default(contextOf(url, params, signal));
}

/**
 * Back to where the visitor was on this page. Its lists arrive after the first render, so the
 * page may not be tall enough yet: keep trying while it grows, for a moment, unless the visitor
 * scrolls first.
 */
function restoreScroll(y: number, signal: AbortSignal): void {
  window.scrollTo(0, y);
  if (y === 0 || Math.abs(window.scrollY - y) < 2) return;
  const stop = new AbortController();
  const done = () => {
    observer.disconnect();
    stop.abort();
  };
  const observer = new ResizeObserver(() => {
    window.scrollTo(0, y);
    if (Math.abs(window.scrollY - y) < 2) done();
  });
  observer.observe(main);
  for (const type of ["wheel", "touchstart", "keydown", "mousedown"]) window.addEventListener(type, done, { once: true, signal: stop.signal });
  signal.addEventListener("abort", done, { once: true, signal: stop.signal });
  setTimeout(done, 3000);
}

function focusHeading(): void {
  const heading = main.querySelector("h1");
  const target = heading ?? main;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
}

function scrollToHash(hash: string): void {
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return;
  }
  const target = document.getElementById(id);
  if (target) target.scrollIntoView();
}

function notFoundView(): PageView {
  return {
    title: t("notFound.title"),
    node: h(
      "div",
      { class: "page page-narrow" },
      h("h1", {}, t("notFound.title")),
      h("p", {}, t("notFound.text")),
      h("p", {}, h("a", { href: href("/") }, t("notFound.home"))),
    ),
  };
}

function signInGate(url: URL): PageView {
  const next = `${url.pathname}${url.search}`;
  return {
    title: t("gate.signin.title"),
    node: h(
      "div",
      { class: "page page-narrow" },
      h("h1", {}, t("gate.signin.title")),
      h("p", {}, t("gate.signin.text")),
      h(
        "p",
        { class: "actions" },
        h("a", { class: "button", href: href("/signin", { next }) }, t("gate.signin.link")),
        h("a", { href: href("/signup", { next }) }, t("gate.signup.link")),
      ),
    ),
  };
}

function forbiddenView(role: Schema<"Role">): PageView {
  return {
    title: t("gate.forbidden.title"),
    node: h(
      "div",
      { class: "page page-narrow" },
      h("h1", {}, t("gate.forbidden.title")),
      h("p", {}, t("gate.forbidden.text", { role })),
      h("p", {}, h("a", { href: href("/") }, t("notFound.home"))),
    ),
  };
}

function chunkErrorView(): PageView {
  const reload = h("button", { type: "button", class: "button", onClick: () => location.reload() }, t("error.reload"));
  return {
    title: t("error.title"),
    node: h("div", { class: "page page-narrow" }, h("h1", {}, t("error.title")), h("p", {}, t("error.chunk")), reload),
  };
}

function errorView(err: unknown): PageView {
  const notFound = err instanceof ApiError && err.status === 404;
  const title = notFound ? t("notFound.title") : t("error.title");
  return {
    title,
    node: h(
      "div",
      { class: "page page-narrow" },
      h("h1", {}, title),
      errorState(err, notFound ? undefined : () => rerender()),
      notFound && h("p", {}, h("a", { href: href("/") }, t("notFound.home"))),
    ),
  };
}
