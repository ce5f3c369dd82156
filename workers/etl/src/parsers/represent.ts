import type { JURISDICTION_LEVELS } from "#shared/db/civic";
import { z } from "zod";
import { type ParseResult, type RawSource, type Reject, SourceParseError, decodeText, readJsonArray, validate } from "./common";
import { PROVINCE_NAMES, type Province, isProvince } from "./common-provinces";
import { SlugSet, slugify } from "./common-text";
import { address, contactForm, email, personName, phone, text } from "./represent-text";

/**
 * Open North Represent representative sets: one file per legislature or council, named as in
 * scrapers-ca (`ca_on_toronto.json`), holding a JSON array of representatives.
 */

/** A row for `jurisdictions`, keyed by `slug`. */
export interface JurisdictionRecord {
  slug: string;
  nameEn: string;
  nameFr: string | null;
  level: (typeof JURISDICTION_LEVELS)[number];
  province: Province;
  /** The page every representative was scraped from, when they share one. */
  sourceUrl: string | null;
}

/** A row for `representative_offices`, in source order after empty placeholders are dropped. */
export interface RepresentativeOfficeRecord {
  position: number;
  type: string | null;
  tel: string | null;
  fax: string | null;
  postal: string | null;
}

/** A row for `representatives`, keyed by (`jurisdictionSlug`, `districtId`, `slug`). */
export interface RepresentativeRecord {
  jurisdictionSlug: string;
  slug: string;
  name: string;
  electedOffice: string;
  districtName: string | null;
  /** `""` when the source has none, as the schema's key column requires. */
  districtId: string;
  partyName: string | null;
  email: string | null;
  url: string | null;
  personalUrl: string | null;
  photoUrl: string | null;
  sourceUrl: string | null;
  extra: Record<string, unknown>;
  offices: RepresentativeOfficeRecord[];
}

export interface RepresentSet {
  jurisdiction: JurisdictionRecord;
  representatives: RepresentativeRecord[];
}

const Text = z.string().nullish();
const Office = z.object({ type: Text, tel: Text, fax: Text, postal: Text });
const Representative = z.object({
  name: z.string(),
  elected_office: z.string(),
  district_name: Text,
  district_id: Text,
  party_name: Text,
  email: Text,
  url: Text,
  personal_url: Text,
  photo_url: Text,
  source_url: Text,
  extra: z.record(z.string(), z.unknown()).nullish(),
  offices: z.array(Office).nullish(),
});
type Representative = z.output<typeof Representative>;

/** `ca_bc` is a provincial legislature; anything longer (`ca_on_toronto`, `ca_mb_municipalities`) is municipal. */
function jurisdictionOf(fileName: string) {
  const slug = fileName.replace(/^.*\//, "").replace(/\.json$/, "");
  const match = /^ca_([a-z]{2})(?:_([a-z0-9_]+))?$/.exec(slug);
  const province = match?.[1]?.toUpperCase() ?? "";
  if (!match || !isProvince(province)) throw new SourceParseError(`"${fileName}" is not a Represent set name like ca_on_toronto.json`);
  return { slug, province, place: match[2] ?? null };
}

/**
 * One Represent file. `fileName` names the jurisdiction. A zero-byte file is a set whose scraper
 * found nobody (`ca_sk.json`): a valid empty set, not a broken file.
 */
export function parseRepresentFile(raw: RawSource, fileName: string): ParseResult<RepresentSet> {
  const { slug, province, place } = jurisdictionOf(fileName);
  const content = decodeText(raw);
  const items = content.trim() === "" ? [] : readJsonArray(content, `a Represent representative set (${slug})`);
  const representatives: RepresentativeRecord[] = [];
  const rejects: Reject[] = [];
  const slugsByDistrict = new Map<string, SlugSet>();

  items.forEach((item, index) => {
    const row = validate(Representative, item);
    const representative = row.ok ? normalise(row.value, slug) : row.reason;
    if (typeof representative === "string") {
      rejects.push({ index, sourceId: sourceIdOf(item), reason: representative });
      return;
    }

    const slugs = slugsByDistrict.get(representative.districtId) ?? new SlugSet();
    slugsByDistrict.set(representative.districtId, slugs);
    representatives.push({ ...representative, slug: slugs.claim(slugify(representative.name)) });
  });

  const names = place === null ? PROVINCE_NAMES[province] : { en: municipalName(representatives, province, place), fr: null };
  const sourceUrls = new Set(representatives.map((r) => r.sourceUrl));
  const jurisdiction: JurisdictionRecord = {
    slug,
    nameEn: names.en,
    nameFr: names.fr,
    level: place === null ? "provincial" : "municipal",
    province,
    sourceUrl: sourceUrls.size === 1 ? [...sourceUrls][0]! : null,
  };
  return { records: { jurisdiction, representatives }, rejects };
}

/** The cleaned record, or the reason it cannot be loaded. */
function normalise(row: Representative, jurisdictionSlug: string): Omit<RepresentativeRecord, "slug"> | string {
  const name = personName(row.name);
  if (name === null) return "name is empty";
  const electedOffice = text(row.elected_office);
  if (electedOffice === null) return "elected_office is empty";

  const offices = (row.offices ?? [])
    .map((office) => ({ type: text(office.type), tel: phone(office.tel), fax: phone(office.fax), postal: address(office.postal) }))
    // Represent pads most lists with `{type: null}`; an office with no number or address says nothing.
    .filter((office) => office.tel !== null || office.fax !== null || office.postal !== null)
    .map((office, position) => ({ position, ...office }));

  return {
    jurisdictionSlug,
    name,
    electedOffice,
    districtName: text(row.district_name),
    districtId: text(row.district_id) ?? "",
    partyName: text(row.party_name),
    email: email(row.email),
    url: text(row.url),
    personalUrl: text(row.personal_url),
    photoUrl: text(row.photo_url),
    sourceUrl: text(row.source_url),
    extra: extraOf(row),
    offices,
  };
}

/** Represent's free-form links, cleaned; a contact form found in the e-mail field joins them. */
function extraOf(row: Representative): Record<string, unknown> {
  const extra = Object.fromEntries(Object.entries(row.extra ?? {}).map(([key, value]) => [key, typeof value === "string" ? text(value) : value]));
  const form = contactForm(row.email);
  if (form !== null && !("contact form" in extra)) extra["contact form"] = form;
  return extra;
}

/**
 * Represent prints each district as "<council> <district>" (`Montréal-Est district # 1`), so the
 * council's own name, accents and all, is what most district names start with. Province-wide
 * sets of municipalities are named for their province.
 */
function municipalName(representatives: RepresentativeRecord[], province: Province, place: string): string {
  if (place === "municipalities") return `${PROVINCE_NAMES[province].en} municipalities`;
  const counts = new Map<string, number>();
  for (const { districtName, districtId } of representatives) {
    if (districtName === null || !districtName.endsWith(districtId)) continue;
    const prefix = districtName.slice(0, districtName.length - districtId.length).trim();
    if (prefix !== "") counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return (
    best?.[0] ??
    place
      .split("_")
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(" ")
  );
}

/** Represent gives representatives no id; the name as published is how an operator finds the row. */
function sourceIdOf(item: unknown): string | null {
  const name = typeof item === "object" && item !== null ? (item as { name?: unknown }).name : undefined;
  return typeof name === "string" && name.trim() !== "" ? name.trim() : null;
}
