/**
 * The datasets the platform loads, as configuration: where each comes from, in what format, how
 * often it is refreshed and which datasets must be loaded before it (their rows are its foreign
 * keys). Production documents come from the publishers; with a mirror configured (local
 * runs, tests; see `MIRROR_KEY`) every document is fetched from that mirror of `data/sources/` instead, through
 * the same fetch → parse → validate → load path.
 */

export type SourceFormat =
  | "openparliament-sessions"
  | "openparliament-parties"
  | "openparliament-ridings"
  | "openparliament-politicians"
  | "ocd-divisions"
  | "hansard-xml"
  | "represent-json"
  | "legisinfo-json"
  | "ourcommons-members"
  | "lipad-members";

export interface SourceDefinition {
  name: string;
  title: string;
  publisher: string;
  format: SourceFormat;
  /** How the publisher names one document; `{…}` parts vary per document. */
  urlPattern: string;
  /** The publisher's documents loaded when no mirror is configured. */
  documents: string[];
  /** Where this source's files sit in the mirror (`data/sources/<mirrorPath>`). */
  mirrorPath: string;
  /** Mirror files that belong to this source (by name), when the folder holds several sources. */
  mirrorFiles?: RegExp;
  /** Hours after a successful load before the source is due again. */
  refreshHours: number;
  dependsOn: string[];
  /** Publications in two languages load as one document (Hansard `-en`/`-fr` twins). */
  bilingual?: boolean;
}

const OPENPARLIAMENT_FIXTURES = "https://raw.githubusercontent.com/michaelmulley/openparliament/master/parliament/core/fixtures";
const OCD_IDENTIFIERS = "https://raw.githubusercontent.com/opencivicdata/ocd-division-ids/master/identifiers/country-ca";

export const SOURCES: readonly SourceDefinition[] = [
  {
    name: "openparliament-sessions",
    title: "Sessions of Parliament",
    publisher: "openparliament.ca",
    format: "openparliament-sessions",
    urlPattern: `${OPENPARLIAMENT_FIXTURES}/sessions.json`,
    documents: [`${OPENPARLIAMENT_FIXTURES}/sessions.json`],
    mirrorPath: "openparliament",
    mirrorFiles: /^sessions\.json$/,
    refreshHours: 24 * 7,
    dependsOn: [],
  },
  {
    name: "openparliament-parties",
    title: "Federal parties",
    publisher: "openparliament.ca",
    format: "openparliament-parties",
    urlPattern: `${OPENPARLIAMENT_FIXTURES}/parties.json`,
    documents: [`${OPENPARLIAMENT_FIXTURES}/parties.json`],
    mirrorPath: "openparliament",
    mirrorFiles: /^parties\.json$/,
    refreshHours: 24 * 7,
    dependsOn: [],
  },
  {
    name: "openparliament-ridings",
    title: "Federal ridings",
    publisher: "openparliament.ca",
    format: "openparliament-ridings",
    urlPattern: `${OPENPARLIAMENT_FIXTURES}/ridings.json`,
    documents: [`${OPENPARLIAMENT_FIXTURES}/ridings.json`],
    mirrorPath: "openparliament",
    mirrorFiles: /^ridings\.json$/,
    refreshHours: 24 * 7,
    dependsOn: [],
  },
  {
    name: "openparliament-politicians",
    title: "Members and their terms",
    publisher: "openparliament.ca",
    format: "openparliament-politicians",
    urlPattern: `${OPENPARLIAMENT_FIXTURES}/politicians.json`,
    documents: [`${OPENPARLIAMENT_FIXTURES}/politicians.json`],
    mirrorPath: "openparliament",
    mirrorFiles: /^politicians\.json$/,
    refreshHours: 24,
    dependsOn: ["openparliament-parties", "openparliament-ridings"],
  },
  {
    name: "ocd-divisions",
    title: "Open Civic Data division identifiers",
    publisher: "Open Civic Data",
    format: "ocd-divisions",
    urlPattern: `${OCD_IDENTIFIERS}/{file}.csv`,
    documents: [
      `${OCD_IDENTIFIERS}/ca_provinces_and_territories.csv`,
      `${OCD_IDENTIFIERS}/ca_provinces_and_territories-name_fr.csv`,
      `${OCD_IDENTIFIERS}/ca_federal_electoral_districts-2013.csv`,
      `${OCD_IDENTIFIERS}/ca_federal_electoral_districts-2023.csv`,
      `${OCD_IDENTIFIERS}/ca_federal_electoral_districts-name_fr.csv`,
      `${OCD_IDENTIFIERS}/ca_census_subdivisions.csv`,
    ],
    mirrorPath: "ocd",
    refreshHours: 24 * 30,
    dependsOn: ["openparliament-ridings"],
  },
  {
    name: "house-rosters",
    title: "Members of the House of Commons (House rosters)",
    publisher: "House of Commons (ourcommons.ca)",
    format: "ourcommons-members",
    urlPattern: "https://www.ourcommons.ca/Members/en/search/XML?parliament={parliament}",
    documents: [
      "https://www.ourcommons.ca/Members/en/search/XML?parliament=43",
      "https://www.ourcommons.ca/Members/en/search/XML?parliament=44",
      "https://www.ourcommons.ca/Members/en/search?parliament=44",
    ],
    mirrorPath: "rosters",
    mirrorFiles: /^ourcommons-members-\d+(-search\.html|\.xml)$/,
    refreshHours: 24,
    // Seats name parties and ridings, and are matched to the members openparliament knows.
    dependsOn: ["openparliament-parties", "openparliament-politicians", "ocd-divisions"],
  },
  {
    name: "parlinfo-members",
    title: "Members' seats and parties over time (Parlinfo, via LiPaD)",
    publisher: "Library of Parliament (Parlinfo), published by LiPaD",
    format: "lipad-members",
    urlPattern: "https://www.lipad.ca/data/members/{member}.xml",
    documents: [],
    mirrorPath: "lipad-members-41",
    mirrorFiles: /^ca\.m\.\d+\.xml$/,
    refreshHours: 24 * 30,
    dependsOn: ["openparliament-parties", "openparliament-politicians", "ocd-divisions"],
  },
  {
    name: "hansard-debates",
    title: "House of Commons debates (Hansard)",
    publisher: "House of Commons (ourcommons.ca)",
    format: "hansard-xml",
    urlPattern: "https://www.ourcommons.ca/Content/House/{parliament}{session}/Debates/{sitting}/HAN{sitting}-{E|F}.XML",
    documents: [],
    mirrorPath: "hansard",
    // Sittings are named for their day (`44-1-303-en.xml`, `HAN086-E.xml`); evidence by publication id.
    mirrorFiles: /^(\d+-\d+-\d+-(en|fr)|HAN\d+-[EF])\.xml$/i,
    refreshHours: 6,
    // Speakers' ridings are matched against the ridings valid on the sitting's date (OCD dates),
    // and ballots' surnames against the members the rosters seat on that date.
    dependsOn: ["openparliament-sessions", "openparliament-politicians", "ocd-divisions", "house-rosters", "parlinfo-members"],
    bilingual: true,
  },
  {
    name: "hansard-committees",
    title: "Committee evidence (Hansard)",
    publisher: "House of Commons (ourcommons.ca)",
    format: "hansard-xml",
    urlPattern: "https://www.ourcommons.ca/Content/Committee/{parliament}{session}/{committee}/Evidence/EV{id}/{committee}EV{meeting}-{E|F}.XML",
    documents: [],
    mirrorPath: "hansard",
    mirrorFiles: /^\d{5,}-(en|fr)\.xml$/i,
    refreshHours: 6,
    dependsOn: ["openparliament-sessions", "openparliament-politicians", "ocd-divisions", "house-rosters", "parlinfo-members"],
    bilingual: true,
  },
  {
    name: "represent",
    title: "Provincial and municipal representatives",
    publisher: "Open North (Represent)",
    format: "represent-json",
    urlPattern: "https://represent.opennorth.ca/representatives/{set}/",
    documents: [],
    mirrorPath: "represent",
    refreshHours: 24,
    dependsOn: [],
  },
  {
    name: "legisinfo",
    title: "Bills (LEGISinfo)",
    publisher: "Library of Parliament (LEGISinfo)",
    format: "legisinfo-json",
    urlPattern: "https://www.parl.ca/legisinfo/en/bills/json?parlsession={session}",
    documents: ["https://www.parl.ca/legisinfo/en/bills/json?parlsession=44-1"],
    mirrorPath: "legisinfo",
    refreshHours: 6,
    dependsOn: ["openparliament-sessions", "openparliament-politicians"],
  },
];

export function sourceNamed(name: string): SourceDefinition | undefined {
  return SOURCES.find((s) => s.name === name);
}

/** A document of a run: its name, and the URL of each language's publication. */
export interface SourceDocument {
  document: string;
  urls: string[];
}

/**
 * The mirror lists its files in `manifest.json` (`{ "<folder>": ["file", …] }`), as a static
 * server cannot list a directory.
 */
export type MirrorManifest = Record<string, string[]>;

/** Which publications of a bilingual source are one document: same name but for the language. */
function languageStem(file: string): string {
  return file.replace(/-(en|fr|E|F)(\.xml)$/i, "$2").toLowerCase();
}

export function documentsFromMirror(source: SourceDefinition, manifest: MirrorManifest, mirrorUrl: string): SourceDocument[] {
  const files = (manifest[source.mirrorPath] ?? []).filter((f) => !source.mirrorFiles || source.mirrorFiles.test(f)).sort();
  const url = (file: string) => `${mirrorUrl.replace(/\/$/, "")}/${source.mirrorPath}/${encodeURIComponent(file)}`;
  if (!source.bilingual) return files.map((f) => ({ document: `${source.mirrorPath}/${f}`, urls: [url(f)] }));
  const byStem = Map.groupBy(files, languageStem);
  return [...byStem].map(([stem, twins]) => ({ document: `${source.mirrorPath}/${stem}`, urls: twins.map(url) }));
}
