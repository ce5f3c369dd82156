/**
 * A tiny element builder. Children are appended as nodes or text nodes, never parsed as HTML,
 * so text that came from the API cannot inject markup.
 */

export type Child = Node | string | number | null | undefined | false;
type AttrValue = string | number | boolean | null | undefined | ((event: Event) => void);

/**
 * `on<Event>` attributes become listeners (`onClick` → "click"); `true` sets a boolean attribute,
 * `false`, `null` and `undefined` leave it out. `style` is applied through the CSSOM: the site's
 * Content-Security-Policy (web/public/_headers) refuses inline style attributes, not styles set
 * from script.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, AttrValue> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === "function") {
      el.addEventListener(name.slice(2).toLowerCase(), value);
      continue;
    }
    if (value === undefined || value === null || value === false) continue;
    if (name === "style") el.style.cssText = String(value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children.flat());
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

let nextId = 0;
/** A document-unique id for label/aria wiring. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

const SVG_NS = "http://www.w3.org/2000/svg";

// Drawn as SVG rather than Unicode symbols so the shapes look the same on every system font.
const ICON_PATHS: Record<string, string[]> = {
  ok: ["M4.5 8.5l2.5 2.5 4.5-5.5"],
  degraded: ["M8 6v3.6", "M8 11.8v.1"],
  down: ["M5.5 5.5l5 5", "M10.5 5.5l-5 5"],
  unknown: ["M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4", "M8 11.3v.2"],
};

/** A status shape (tick, exclamation, cross, question mark): decorative, the text says it. */
export function statusIcon(status: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("class", "icon");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const shape =
    status === "degraded"
      ? createSvg("path", { d: "M8 1.6l6.8 12.2H1.2z", class: "icon-shape" })
      : createSvg("circle", { cx: "8", cy: "8", r: "7", class: "icon-shape" });
  svg.appendChild(shape);
  for (const d of ICON_PATHS[status] ?? ICON_PATHS.unknown!) {
    svg.appendChild(createSvg("path", { d, class: "icon-mark" }));
  }
  return svg;
}

function createSvg(tag: string, attrs: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}
