import "./styles.css";
import { fetchHealth, HealthFetchError, type FetchFailure, type PlatformHealth } from "./api";
import { h } from "./dom";
import { getLang, isLang, setLang, t, type Lang, type MessageKey } from "./i18n";
import { renderBanner, renderError, renderMeta, renderServices, summaryText } from "./status";

const REFRESH_MS = 30_000;
const LANG_KEY = "openpolicy.lang";

type View =
  | { kind: "loading" }
  | { kind: "report"; report: PlatformHealth }
  | { kind: "error"; failure: FetchFailure };

const els = {
  langToggle: byId<HTMLButtonElement>("lang-toggle"),
  refresh: byId<HTMLButtonElement>("refresh"),
  progress: byId("progress"),
  live: byId("live"),
  status: byId("status"),
  servicesSection: byId("services-section"),
  services: byId("services"),
};

let view: View = { kind: "loading" };
let busy = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let dueWhileHidden = false;
const openChecks = new Map<string, boolean>();

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

async function refresh(announceAlways = false): Promise<void> {
  if (busy) return;
  busy = true;
  clearTimeout(timer);
  renderBusy();
  try {
    view = { kind: "report", report: await fetchHealth() };
  } catch (err) {
    view = { kind: "error", failure: err instanceof HealthFetchError ? err.failure : { kind: "network" } };
  }
  busy = false;
  render(announceAlways);
  schedule();
}

// Polling a hidden tab wastes the visitor's battery and our quota; catch up when it is shown.
function schedule(): void {
  timer = setTimeout(() => {
    if (document.hidden) dueWhileHidden = true;
    else void refresh();
  }, REFRESH_MS);
}

document.addEventListener("visibilitychange", () => {
  if (!document.hidden && dueWhileHidden) {
    dueWhileHidden = false;
    void refresh();
  }
});

function renderBusy(): void {
  els.refresh.setAttribute("aria-disabled", String(busy));
  els.progress.hidden = !busy || view.kind === "loading";
}

function render(announceAlways = false): void {
  renderBusy();
  const focus = rememberFocus();

  if (view.kind === "loading") {
    els.status.replaceChildren(
      h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), t("loading")),
    );
    els.servicesSection.hidden = true;
  } else if (view.kind === "error") {
    els.status.replaceChildren(renderError(view.failure, () => void refresh(true)));
    els.servicesSection.hidden = true;
    announce(`${t("error.title")}.`, announceAlways);
  } else {
    els.status.replaceChildren(renderBanner(view.report), renderMeta(view.report));
    els.services.replaceChildren(renderServices(view.report, openChecks));
    els.servicesSection.hidden = false;
    announce(summaryText(view.report), announceAlways);
  }

  focus();
}

// Screen readers repeat whatever lands in a live region, so the 30 s poll only speaks when the
// platform's state actually changed; an explicit refresh always gets an answer.
function announce(text: string, always: boolean): void {
  if (!always && els.live.textContent === text) return;
  els.live.textContent = "";
  requestAnimationFrame(() => {
    els.live.textContent = text;
  });
}

// Re-rendering replaces the nodes under the keyboard user's focus; put focus back on the
// equivalent control so a refresh never throws them to the top of the page.
function rememberFocus(): () => void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return () => {};
  const service = active.closest<HTMLElement>("details[data-service]")?.dataset.service;
  const wasRetry = active.id === "retry";
  return () => {
    if (active.isConnected) return;
    if (service !== undefined) {
      document.querySelector<HTMLElement>(`details[data-service="${CSS.escape(service)}"] > summary`)?.focus();
    } else if (wasRetry) {
      (document.getElementById("retry") ?? els.refresh).focus();
    }
  };
}

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get("lang");
  if (isLang(fromUrl)) return fromUrl;
  const stored = readStoredLang();
  if (isLang(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLang(base)) return base;
  }
  return "en";
}

function readStoredLang(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null; // storage can be blocked (private mode, strict cookie settings)
  }
}

function applyLang(lang: Lang): void {
  setLang(lang);
  document.documentElement.lang = lang;
  document.title = t("doc.title");
  for (const el of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n as MessageKey);
  }
  const other: Lang = lang === "en" ? "fr" : "en";
  els.langToggle.lang = other;
  els.langToggle.textContent = t("lang.switch");
  els.langToggle.setAttribute("aria-label", t("lang.switchLabel"));

  // The language lives in the URL too, so a copied link opens in the language the sender saw.
  const url = new URL(location.href);
  url.searchParams.set("lang", lang);
  history.replaceState(history.state, "", url);
}

els.langToggle.addEventListener("click", () => {
  const next: Lang = getLang() === "en" ? "fr" : "en";
  try {
    localStorage.setItem(LANG_KEY, next);
  } catch {
    // not remembered across visits, but the URL still carries it
  }
  applyLang(next);
  render();
});

els.refresh.addEventListener("click", () => void refresh(true));

applyLang(initialLang());
render();
void refresh();
