/** Reference lists many pages filter by (sessions, parties): read once per language and kept. */
import { get, type Schema } from "../api/client";
import { field, getLang } from "../i18n";
import { partyName } from "./labels";

const kept = new Map<string, Promise<unknown>>();

function keep<T>(key: string, load: () => Promise<T>): Promise<T> {
  const id = `${getLang()} ${key}`;
  let value = kept.get(id) as Promise<T> | undefined;
  if (!value) {
    value = load();
    kept.set(id, value);
    value.catch(() => kept.delete(id));
  }
  return value;
}

export function sessions(): Promise<Schema<"Session">[]> {
  return keep("sessions", async () => (await get("/api/v1/sessions", { query: { limit: 200, lang: getLang() } })).data);
}

export function parties(): Promise<Schema<"Party">[]> {
  return keep("parties", async () => (await get("/api/v1/parties", { query: { limit: 200, lang: getLang() } })).data);
}

export const sessionChoices = (list: Schema<"Session">[]): [string, string][] => list.map((s) => [s.code, `${s.code} · ${field(s, "name") ?? s.code}`]);

export const partyChoices = (list: Schema<"Party">[]): [string, string][] =>
  list.map((p): [string, string] => [p.slug, partyName(p)]).sort((a, b) => a[1].localeCompare(b[1]));
