/** Building blocks every page uses: sections with headings, links to each kind of record, facts. */
import type { Schema } from "../api/client";
import { h, uid, type Child } from "../dom";
import { href } from "../router";
import { mailtoUrl, telUrl, webUrl } from "../safe-url";

export function section(title: string, ...children: (Child | Child[])[]): HTMLElement {
  const id = uid("section");
  return h("section", { class: "section", "aria-labelledby": id }, h("h2", { id }, title), ...children);
}

export function link(
  path: string,
  text: Child | Child[],
  query: Record<string, string | number | null | undefined> = {},
  attrs: Record<string, string> = {},
): HTMLAnchorElement {
  return h("a", { href: href(path, query), ...attrs }, ...(Array.isArray(text) ? text : [text]));
}

/**
 * A link off the site to an address from data; `noreferrer` keeps what the visitor was reading on
 * OpenPolicy to themselves. An address that is not plain http(s) (see safe-url.ts) is no link: the
 * page shows it as text.
 */
export function externalLink(url: string, text: Child): HTMLElement {
  const safe = webUrl(url);
  return safe ? h("a", { href: safe, rel: "noopener noreferrer", class: "external" }, text) : h("span", { class: "unlinked" }, url);
}

/** An email address from data, as a `mailto:` link when it is one, else as text. */
export function emailLink(address: string): HTMLElement {
  const href = mailtoUrl(address);
  return href ? h("a", { href }, address) : h("span", { class: "unlinked" }, address);
}

/** A phone number from data, as a `tel:` link when it can be dialled, else as text. */
export function telLink(number: string): HTMLElement {
  const href = telUrl(number);
  return href ? h("a", { href }, number) : h("span", {}, number);
}

export const memberPath = (member: Pick<Schema<"MemberRef">, "id" | "slug">): string => `/members/${encodeURIComponent(String(member.id ?? member.slug))}`;
export const billPath = (bill: NonNullable<Schema<"BillRef">>): string => `/bills/${encodeURIComponent(bill.session)}/${encodeURIComponent(bill.number)}`;
export const votePath = (session: string, number: number): string => `/votes/${encodeURIComponent(session)}/${number}`;
export const sittingPath = (date: string): string => `/debates/${encodeURIComponent(date)}`;
export const committeePath = (slug: string): string => `/committees/${encodeURIComponent(slug)}`;
export const meetingPath = (slug: string, session: string, number: number): string =>
  `/committees/${encodeURIComponent(slug)}/meetings/${encodeURIComponent(session)}/${number}`;

/** Label/value pairs as a description list. Pairs whose value is empty are left out. */
export function facts(pairs: [string, Child | Child[]][]): HTMLElement {
  const kept = pairs.filter(([, value]) => value !== null && value !== undefined && value !== "" && value !== false);
  return h("dl", { class: "facts" }, ...kept.map(([term, value]) => h("div", {}, h("dt", {}, term), h("dd", {}, ...(Array.isArray(value) ? value : [value])))));
}

/** Where this page sits: a trail of links ending with the page itself. */
export function breadcrumbs(label: string, trail: [text: string, path: string | null][]): HTMLElement {
  return h(
    "nav",
    { class: "breadcrumbs", "aria-label": label },
    h("ol", {}, ...trail.map(([text, path]) => h("li", {}, path === null ? h("span", { "aria-current": "page" }, text) : link(path, text)))),
  );
}

/** Shortens long text at a word boundary. */
export function clip(text: string | null | undefined, max = 180): string {
  if (!text) return "";
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max * 0.6 ? space : max).trimEnd()}…`;
}

/** Paragraphs from text whose paragraphs are separated by blank lines. */
export function paragraphs(text: string | null | undefined, attrs: Record<string, string | undefined> = {}): HTMLElement[] {
  if (!text) return [];
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => h("p", attrs, p));
}
