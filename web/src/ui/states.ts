/** Loading, error and empty states, the same on every page. */
import { ApiError, isAbort } from "../api/client";
import { h, statusIcon } from "../dom";
import { getLang, t } from "../i18n";

export function loadingState(text: string = t("loading")): HTMLElement {
  return h("p", { class: "loading", role: "status" }, h("span", { class: "spinner", "aria-hidden": "true" }), text);
}

export function emptyState(text: string): HTMLElement {
  return h("p", { class: "empty" }, text);
}

export interface Described {
  message: string;
  /** The API's own words (problem+json `detail`), always in English. */
  detail: string | null;
  requestId: string | null;
}

export function describeError(err: unknown): Described {
  if (!(err instanceof ApiError)) return { message: t("error.network"), detail: null, requestId: null };
  const detail = err.problem?.detail ?? null;
  const requestId = err.problem?.request_id ?? null;
  if (err.kind === "timeout") return { message: t("error.timeout"), detail, requestId };
  if (err.kind === "network") return { message: t("error.network"), detail, requestId };
  if (err.kind === "invalid") return { message: t("error.invalid"), detail, requestId };
  if (err.status === 429) {
    const wait = err.retryAfter === null ? "" : ` ${t("error.retryAfter", { seconds: err.retryAfter })}`;
    return { message: `${t("error.rateLimited")}${wait}`, detail, requestId };
  }
  return { message: detail ? "" : t("error.http", { status: err.status }), detail, requestId };
}

/**
 * An error panel: the API's `detail` when it gave one, else a plain explanation, and a retry
 * button when retrying can help. Announced as an alert, since it replaces what was loading.
 */
export function errorState(err: unknown, retry?: () => void, options: { title?: string; alert?: boolean } = {}): HTMLElement {
  const described = describeError(err);
  const button =
    retry &&
    h(
      "button",
      {
        type: "button",
        class: "button button-secondary",
        onClick: retry,
      },
      t("error.retry"),
    );
  return h(
    "div",
    { class: "error-panel", role: options.alert === false ? undefined : "alert" },
    statusIcon("down"),
    h(
      "div",
      { class: "error-text" },
      options.title && h("p", { class: "error-title" }, options.title),
      described.message && h("p", {}, described.message),
      described.detail && h("p", { class: "error-detail", lang: getLang() === "en" ? undefined : "en" }, described.detail),
      described.requestId && h("p", { class: "error-ref" }, t("error.reference", { id: described.requestId })),
      button,
    ),
  );
}

/**
 * Runs `load` into `slot`, with a loading state while it runs and an error state (with retry)
 * if it fails. Navigation aborts are silent.
 */
export async function loadInto<T>(
  slot: HTMLElement,
  load: () => Promise<T>,
  render: (value: T) => Node | Node[],
  options: { loadingText?: string; errorTitle?: string } = {},
): Promise<void> {
  slot.setAttribute("aria-busy", "true");
  const timer = setTimeout(() => slot.replaceChildren(loadingState(options.loadingText)), 150);
  try {
    const value = await load();
    clearTimeout(timer);
    const nodes = render(value);
    slot.replaceChildren(...(Array.isArray(nodes) ? nodes : [nodes]));
  } catch (err) {
    clearTimeout(timer);
    if (isAbort(err)) return;
    slot.replaceChildren(errorState(err, () => void loadInto(slot, load, render, options), { title: options.errorTitle }));
  } finally {
    slot.removeAttribute("aria-busy");
  }
}
