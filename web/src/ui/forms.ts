/**
 * Labelled form controls and the display of the API's field errors (`errors[].pointer` such as
 * `json.password` or `query.date_to`) next to the field they concern.
 */
import { ApiError } from "../api/client";
import { h, uid, type Child } from "../dom";
import { colon, defineMessages, getLang } from "../i18n";

const m = defineMessages(
  {
    "errors.summary": "Please correct the following:",
    optional: "(optional)",
  },
  {
    "errors.summary": "Veuillez corriger ce qui suit\u00a0:",
    optional: "(facultatif)",
  },
);

interface FieldOptions {
  label: string;
  name: string;
  hint?: string;
  optional?: boolean;
  className?: string;
}

function wrap(options: FieldOptions, control: HTMLElement): HTMLElement {
  const id = control.id || uid(`f-${options.name}`);
  control.id = id;
  const hintId = options.hint ? `${id}-hint` : undefined;
  if (hintId) control.setAttribute("aria-describedby", hintId);
  return h(
    "div",
    { class: `field ${options.className ?? ""}`.trim(), "data-field": options.name },
    h("label", { for: id }, options.label, options.optional && h("span", { class: "optional" }, ` ${m("optional")}`)),
    options.hint && h("p", { class: "hint", id: hintId }, options.hint),
    control,
  );
}

export function textField(
  options: FieldOptions & {
    type?: string;
    value?: string | null;
    autocomplete?: string;
    required?: boolean;
    inputmode?: string;
    placeholder?: string;
    minlength?: number;
    maxlength?: number;
    pattern?: string;
    spellcheck?: boolean;
  },
): HTMLElement {
  const input = h("input", {
    type: options.type ?? "text",
    name: options.name,
    value: options.value ?? undefined,
    autocomplete: options.autocomplete,
    required: options.required,
    inputmode: options.inputmode,
    placeholder: options.placeholder,
    minlength: options.minlength,
    maxlength: options.maxlength,
    spellcheck: options.spellcheck === undefined ? undefined : String(options.spellcheck),
  });
  return wrap(options, input);
}

export function selectField(options: FieldOptions & { value?: string | null; choices: [value: string, text: string][] }): HTMLElement {
  const select = h(
    "select",
    { name: options.name },
    ...options.choices.map(([value, text]) => h("option", { value, selected: value === (options.value ?? "") }, text)),
  );
  return wrap(options, select);
}

/** Non-empty values of a form, trimmed. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (typeof value === "string" && value.trim() !== "") values[key] = value.trim();
  }
  return values;
}

export function clearFieldErrors(form: HTMLFormElement): void {
  form.querySelector(".error-summary")?.remove();
  for (const el of form.querySelectorAll(".field-error")) el.remove();
  for (const control of form.querySelectorAll<HTMLElement>("[aria-invalid]")) {
    control.removeAttribute("aria-invalid");
    const describedBy = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => !id.endsWith("-error"));
    if (describedBy.length) control.setAttribute("aria-describedby", describedBy.join(" "));
    else control.removeAttribute("aria-describedby");
  }
}

/**
 * Shows the API's field errors beside their fields, with a summary at the top of the form that
 * takes focus; returns false when the error named no field of this form (show it another way).
 */
export function showFieldErrors(form: HTMLFormElement, err: unknown, labels: Record<string, string> = {}): boolean {
  clearFieldErrors(form);
  if (!(err instanceof ApiError) || !err.problem?.errors?.length) return false;
  const items: Child[] = [];
  for (const problem of err.problem.errors) {
    const name = problem.pointer.split(".").pop() ?? "";
    const control = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    if (!control) continue;
    const errorId = `${control.id}-error`;
    const existing = document.getElementById(errorId);
    const label = labels[name] ?? control.closest(".field")?.querySelector("label")?.firstChild?.textContent ?? name;
    if (existing) existing.append(`; ${problem.detail}`);
    else {
      control.insertAdjacentElement("beforebegin", h("p", { class: "field-error", id: errorId, lang: enIfFrench() }, problem.detail));
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-describedby", [control.getAttribute("aria-describedby"), errorId].filter(Boolean).join(" "));
    }
    items.push(
      h("li", {}, h("a", { href: `#${control.id}`, onClick: focusControl(control) }, colon(label), h("span", { lang: enIfFrench() }, problem.detail))),
    );
  }
  if (items.length === 0) return false;
  const summary = h(
    "div",
    { class: "error-summary", role: "alert", tabindex: "-1" },
    h("p", { class: "error-title" }, m("errors.summary")),
    h("ul", {}, ...items),
  );
  form.prepend(summary);
  summary.focus();
  return true;
}

const enIfFrench = (): string | undefined => (getLang() === "fr" ? "en" : undefined);

function focusControl(control: HTMLElement) {
  return (event: Event) => {
    event.preventDefault();
    control.focus();
  };
}

/** Marks a submit button busy (and ignores double submits) while `work` runs. */
export async function busy<T>(button: HTMLButtonElement, busyText: string, work: () => Promise<T>): Promise<T | undefined> {
  if (button.getAttribute("aria-disabled") === "true") return undefined;
  const text = button.textContent;
  button.setAttribute("aria-disabled", "true");
  button.textContent = busyText;
  try {
    return await work();
  } finally {
    button.removeAttribute("aria-disabled");
    button.textContent = text;
  }
}
