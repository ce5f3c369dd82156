/** Platform status: the health of the API and each service, refreshed every 30 seconds while open. */
import { h } from "../dom";
import type { PageContext, PageView } from "../router";
import { fetchHealth, HealthFetchError, type FetchFailure, type PlatformHealth } from "../status/health";
import { renderBanner, renderError, renderMeta, renderServices, summaryText, t } from "../status/view";

const REFRESH_MS = 30_000;

type View = { kind: "loading" } | { kind: "report"; report: PlatformHealth } | { kind: "error"; failure: FetchFailure };

export default function status(ctx: PageContext): PageView {
  const refreshButton = h("button", { type: "button", id: "refresh", class: "button" }, t("refresh"));
  const progress = h("p", { class: "progress", hidden: true }, h("span", { class: "spinner", "aria-hidden": "true" }), t("refreshing"));
  // Its own live region: the 30-second poll speaks only when the platform's state changed.
  const live = h("div", { class: "visually-hidden", "aria-live": "polite", "aria-atomic": "true" });
  const statusSlot = h("div", { class: "status" });
  const services = h("div", {});
  const servicesSection = h(
    "section",
    { "aria-labelledby": "services-heading", hidden: true, class: "services-section" },
    h("h2", { id: "services-heading" }, t("services.heading")),
    services,
  );

  let view: View = { kind: "loading" };
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueWhileHidden = false;
  const openChecks = new Map<string, boolean>();

  async function refresh(announceAlways = false): Promise<void> {
    if (busy || ctx.signal.aborted) return;
    busy = true;
    clearTimeout(timer);
    renderBusy();
    try {
      view = { kind: "report", report: await fetchHealth() };
    } catch (err) {
      view = { kind: "error", failure: err instanceof HealthFetchError ? err.failure : { kind: "network" } };
    }
    busy = false;
    if (ctx.signal.aborted) return;
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

  const onVisible = () => {
    if (!document.hidden && dueWhileHidden) {
      dueWhileHidden = false;
      void refresh();
    }
  };
  document.addEventListener("visibilitychange", onVisible, { signal: ctx.signal });
  ctx.signal.addEventListener("abort", () => clearTimeout(timer), { once: true });

  function renderBusy(): void {
    refreshButton.setAttribute("aria-disabled", String(busy));
    progress.hidden = !busy || view.kind === "loading";
  }

  function render(announceAlways = false): void {
    renderBusy();
    const focus = rememberFocus();
    if (view.kind === "loading") {
      statusSlot.replaceChildren(h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), t("loading")));
      servicesSection.hidden = true;
    } else if (view.kind === "error") {
      statusSlot.replaceChildren(renderError(view.failure, () => void refresh(true)));
      servicesSection.hidden = true;
      announce(`${t("error.title")}.`, announceAlways);
    } else {
      statusSlot.replaceChildren(renderBanner(view.report), renderMeta(view.report));
      services.replaceChildren(renderServices(view.report, openChecks));
      servicesSection.hidden = false;
      announce(summaryText(view.report), announceAlways);
    }
    focus();
  }

  function announce(text: string, always: boolean): void {
    if (!always && live.textContent === text) return;
    live.textContent = "";
    requestAnimationFrame(() => {
      live.textContent = text;
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
        statusSlot.ownerDocument.querySelector<HTMLElement>(`details[data-service="${CSS.escape(service)}"] > summary`)?.focus();
      } else if (wasRetry) {
        (document.getElementById("retry") ?? refreshButton).focus();
      }
    };
  }

  refreshButton.addEventListener("click", () => void refresh(true));
  render();
  void refresh();

  const node = h(
    "div",
    { class: "page" },
    h("h1", {}, t("page.title")),
    h("p", { class: "lead" }, t("page.intro")),
    h("div", { class: "toolbar" }, refreshButton, progress),
    live,
    statusSlot,
    servicesSection,
  );
  return { title: t("page.title"), node };
}
