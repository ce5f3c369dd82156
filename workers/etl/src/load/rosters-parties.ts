import { slugify } from "../parsers/common-text";

/**
 * The rosters name parties as the House does (`Conservative`, `NDP`, `New Democratic Party`,
 * `Green Party`); these are openparliament's parties (keyed by its id). A name not here
 * (`Independent Conservative`) is a party of its own, added with the name the roster gives it.
 */
const OPENPARLIAMENT_PARTY: Record<string, number> = {
  conservative: 1,
  ndp: 2,
  "new-democratic-party": 2,
  "bloc-quebecois": 3,
  liberal: 4,
  independent: 5,
  "green-party": 9,
  "canadian-alliance": 25,
  "progressive-conservative": 26,
  reform: 28,
  "forces-et-democratie": 39,
};

/** French names of parties only the rosters name. */
const NAMES_FR: Record<string, string> = {
  "independent-conservative": "Conservateur indépendant",
  "strength-in-democracy": "Forces et Démocratie",
};

/** `{ roster party name → parties.id }` for every name given, adding the parties no source had yet. */
export async function partyIdsByRosterName(db: D1Database, names: (string | null)[]): Promise<Map<string, number>> {
  const wanted = [...new Set(names.filter((n): n is string => n !== null))];
  const missing = wanted.filter((n) => OPENPARLIAMENT_PARTY[slugify(n)] === undefined);
  if (missing.length > 0) {
    await db.batch(
      missing.map((n) =>
        db
          .prepare(
            "INSERT INTO parties (slug, name_en, name_fr, short_name_en, short_name_fr, source) VALUES (?, ?, ?, ?, ?, 'roster') ON CONFLICT (slug) DO NOTHING",
          )
          .bind(slugify(n), n, NAMES_FR[slugify(n)] ?? null, n, NAMES_FR[slugify(n)] ?? null),
      ),
    );
  }
  const { results } = await db.prepare("SELECT id, slug, openparliament_id FROM parties").all<{ id: number; slug: string; openparliament_id: number | null }>();
  const byOpenparliament = new Map(results.filter((p) => p.openparliament_id !== null).map((p) => [p.openparliament_id!, p.id]));
  const bySlug = new Map(results.map((p) => [p.slug, p.id]));
  const ids = new Map<string, number>();
  for (const n of wanted) {
    const op = OPENPARLIAMENT_PARTY[slugify(n)];
    const id = op !== undefined ? byOpenparliament.get(op) : bySlug.get(slugify(n));
    if (id !== undefined) ids.set(n, id);
  }
  return ids;
}
