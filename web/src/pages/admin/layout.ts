/** The top of every admin page: where it sits in the dashboard, its one h1 and what it is for. */
import { h, type Child } from "../../dom";
import { defineMessages } from "../../i18n";
import { breadcrumbs } from "../../ui/page";
import "./admin.css";

const m = defineMessages({ crumbs: "Breadcrumb", admin: "Administration" }, { crumbs: "Fil d’Ariane", admin: "Administration" });

export const ADMIN_PATH = "/admin";

/**
 * `trail` lists the pages between the dashboard and this one (e.g. the ETL page above a run);
 * the overview itself passes none and gets no breadcrumb.
 */
export function adminHeader(title: string, intro: Child, trail: [text: string, path: string][] | null = []): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (trail !== null) parts.push(breadcrumbs(m("crumbs"), [[m("admin"), ADMIN_PATH], ...trail, [title, null]]));
  parts.push(h("h1", {}, title));
  if (intro) parts.push(h("p", { class: "lead" }, intro));
  return parts;
}
