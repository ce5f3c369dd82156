/**
 * The response shapes the pages read, as the parliament, search and auth services serve them
 * (see their zod schemas). Bilingual fields come as `_en`/`_fr`, plus the plain name for the
 * language asked for; `field()` in i18n.ts reads them.
 */
import type { Page } from "./client";
import { BALLOTS, BILL_STAGES, DIVISION_RESULTS, PROVINCES, type Ballot, type BillStage, type Chamber, type DivisionResult, type Province } from "../../../shared/civic/vocabulary";
import { RESULT_TYPES, type ResultType } from "../../../shared/search/result-types";

export type { Page };

export type Role = "citizen" | "analyst" | "admin" | "service";
export type { Ballot, BillStage, Chamber, DivisionResult, Province };
export { BALLOTS, BILL_STAGES, DIVISION_RESULTS, PROVINCES };

export interface Session {
  code: string;
  parliament_number: number;
  session_number: number;
  name_en: string;
  name_fr: string | null;
  name?: string | null;
  start_date: string | null;
  end_date: string | null;
}

export interface PartyRef {
  slug: string;
  name_en: string;
  name_fr: string | null;
  short_name_en: string;
  short_name_fr: string | null;
  name?: string | null;
  short_name?: string | null;
}

export interface RidingRef {
  edid: number | null;
  slug: string;
  name_en: string;
  name_fr: string | null;
  province: Province;
  name?: string | null;
}

export interface MemberRef {
  id: number | null;
  slug: string;
  name: string;
}

export interface Member extends MemberRef {
  party: PartyRef | null;
  riding: RidingRef | null;
  in_office: boolean;
  headshot_url: string | null;
}

export interface MemberProfile extends Member {
  name_given: string | null;
  name_family: string | null;
  twitter: string | null;
  web_site: string | null;
  terms: { start_date: string; end_date: string | null; party: PartyRef | null; riding: RidingRef | null }[];
  links: { rel: string; url: string }[];
  counts: { statements: number; votes: number; sponsored_bills: number };
}

export interface BillRef {
  session: string;
  number: string;
}

export interface Bill extends BillRef {
  originating_chamber: Chamber;
  short_title_en: string | null;
  short_title_fr: string | null;
  long_title_en: string | null;
  long_title_fr: string | null;
  title?: string | null;
  private_member: boolean | null;
  sponsor: { member: MemberRef | null; name: string | null };
  status: BillStage | null;
  status_date: string | null;
  introduced_date: string | null;
}

export interface BillDetail extends Bill {
  bill_type: string | null;
  status_chamber: Chamber | null;
  status_text_en: string | null;
  status_text_fr: string | null;
  status_text?: string | null;
  legisinfo_id: number | null;
  sponsor: { member: MemberRef | null; name: string | null; party: PartyRef | null };
  links: { rel: string; url: string }[];
  stages: {
    stage: BillStage;
    chamber: Chamber;
    date: string;
    description_en: string | null;
    description_fr: string | null;
    description?: string | null;
    sitting: { date: string; number: number } | null;
  }[];
  votes: Division[];
  debates: { kind: "debates" | "evidence"; date: string; session: string; number: number; committee: string | null; statements: number }[];
}

/** A division within its session: the question, the result and the totals printed in the Hansard. */
export interface Division {
  number: number;
  date: string;
  description_en: string | null;
  description_fr: string | null;
  description?: string | null;
  result: DivisionResult;
  yea_total: number;
  nay_total: number;
  paired_total: number;
}

export interface Vote extends Division {
  session: string;
  bill: BillRef | null;
}

export interface Tally {
  yea: number;
  nay: number;
  paired: number;
}

export interface VoteDetail extends Omit<Vote, "bill"> {
  sitting: { date: string; number: number } | null;
  bill:
    | (BillRef & { short_title_en: string | null; short_title_fr: string | null; long_title_en: string | null; long_title_fr: string | null })
    | null;
  counted: Tally;
  parties: (Tally & { party: PartyRef | null })[];
}

export interface BallotRow {
  member_id: number | null;
  member_slug: string;
  name: string;
  party: PartyRef | null;
  ballot: Ballot;
}

export interface MemberBallot {
  session: string;
  number: number;
  date: string;
  description_en: string | null;
  description_fr: string | null;
  description?: string | null;
  result: DivisionResult;
  ballot: Ballot;
  party: PartyRef | null;
  bill: BillRef | null;
}

export interface CommitteeRef {
  slug: string;
  acronym: string | null;
  name_en: string;
  name_fr: string | null;
  name?: string | null;
}

export interface Debate {
  kind: "debates" | "evidence";
  date: string;
  session: string;
  number: number;
  committee: CommitteeRef | null;
  statements: number;
  source_url_en: string | null;
  source_url_fr: string | null;
  href: string;
}

export interface Topic {
  heading_en: string | null;
  heading_fr: string | null;
  subheading_en: string | null;
  subheading_fr: string | null;
  heading?: string | null;
  subheading?: string | null;
  first_sequence: number;
  statements: number;
}

export interface Sitting {
  date: string;
  session: string;
  number: number;
  source_url_en: string | null;
  source_url_fr: string | null;
  statements: number;
  topics: Topic[];
  votes: { number: number; description_en: string | null; description_fr: string | null; description?: string | null; result: DivisionResult }[];
}

export interface Statement {
  id: number;
  date: string;
  sequence: number;
  time: string | null;
  speaker: {
    member: MemberRef | null;
    name_en: string | null;
    name_fr: string | null;
    context_en: string | null;
    context_fr: string | null;
    name?: string | null;
    context?: string | null;
  };
  heading_en: string | null;
  heading_fr: string | null;
  subheading_en: string | null;
  subheading_fr: string | null;
  text_en: string | null;
  text_fr: string | null;
  heading?: string | null;
  subheading?: string | null;
  text?: string | null;
  floor_language: "en" | "fr" | null;
  intervention_type: string | null;
  procedural: boolean;
  bills: BillRef[];
}

export interface MemberStatement extends Statement {
  document: { kind: "debates" | "evidence"; session: string; number: number; committee: string | null };
}

export interface Committee extends CommitteeRef {
  joint: boolean;
  parent: string | null;
  meetings: number;
}

export interface CommitteeDetail extends Committee {
  parent_committee: CommitteeRef | null;
  subcommittees: CommitteeRef[];
  sessions: { session: string; meetings: number; last_meeting: string }[];
}

export interface Meeting {
  session: string;
  number: number;
  date: string;
  evidence: boolean;
  statements: number;
  href: string | null;
}

export interface MeetingDetail extends Meeting {
  committee: CommitteeRef;
  source_url_en: string | null;
  source_url_fr: string | null;
  topics: Topic[];
}

export interface Office {
  type: string | null;
  tel: string | null;
  fax: string | null;
  postal: string | null;
}

export interface Representative {
  jurisdiction: { slug: string; name_en: string; name_fr: string | null; name?: string | null; level: "provincial" | "municipal"; province: Province };
  slug: string;
  name: string;
  elected_office: string;
  district_name: string | null;
  district_id: string | null;
  party_name: string | null;
  email: string | null;
  url: string | null;
  photo_url: string | null;
  offices: Office[];
  href: string;
}

export interface RepresentativeDetail extends Representative {
  personal_url: string | null;
  source_url: string | null;
  extra: Record<string, unknown> | null;
}

export interface PostcodeRepresentative {
  level: "federal" | "provincial" | "municipal";
  elected_office: string;
  name: string;
  district_name: string | null;
  representative_set_name: string;
  party_name: string | null;
  email: string | null;
  url: string | null;
  photo_url: string | null;
  offices: Office[];
}

export interface Postcode {
  code: string;
  city: string | null;
  province: string | null;
  riding: (RidingRef & { representation_order: number | null; current: boolean; href: string }) | null;
  member: (MemberRef & { party: PartyRef | null; href: string }) | null;
  member_match: "riding_and_name" | "riding" | "name" | null;
  federal_representative: PostcodeRepresentative | null;
  representatives: PostcodeRepresentative[];
  boundaries: { boundary_set_name: string; name: string; external_id: string | null }[];
}

/** `GET /api/v1/search/suggest`: a completion of what was typed. */
export interface Suggestion {
  type: "member" | "bill" | "topic";
  /** House id or slug (members), `session/number` (bills), the title (topics). */
  id: string;
  text: string;
  /** `text` as HTML, the completed words in `<mark>`. */
  html: string;
  url: string;
  statements?: number;
  lang?: "en" | "fr";
}

export { RESULT_TYPES, type ResultType };

export interface SearchResult {
  type: ResultType;
  id: string;
  title: string;
  url: string;
  snippet: string;
  score: number;
  date: string | null;
  session: string | null;
  party: string | null;
  member: MemberRef | null;
  statement?: {
    sequence: number;
    speaker: string | null;
    heading: string | null;
    subheading: string | null;
    document: { kind: "debates" | "evidence"; number: number; committee: string | null };
  };
  bill?: { number: string; status: string | null };
  committee?: { acronym: string | null };
  representative?: { jurisdiction: string; office: string; district: string | null; party_name: string | null };
}

export interface Facet {
  value: string | null;
  label?: string | null;
  count: number;
}

export interface SearchPage extends Page<SearchResult> {
  facets: { type: Facet[]; party: Facet[]; session: Facet[]; year: Facet[] };
}

export interface Account {
  id: string;
  email: string;
  display_name: string | null;
  locale: "en" | "fr";
  roles: Role[];
  email_verified: boolean;
  email_verified_at: string | null;
  disabled: boolean;
  disabled_at: string | null;
  created_at: string;
  last_login_at: string | null;
}

export interface AuthSession {
  id: string;
  user_agent: string | null;
  device_name: string | null;
  created_at: string;
  last_used_at: string;
  expires_at: string;
}

export interface TokenResponse {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  refresh_token: string;
  refresh_expires_in: number;
  session: AuthSession;
  user: Account;
}

export interface Device extends AuthSession {
  current: boolean;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  tier: string;
  status: "active" | "revoked" | "expired";
  owner_user_id: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface CreatedApiKey extends ApiKey {
  key: string;
}

/** `GET /charts/{kind}`: `chart` is a ready Chart.js configuration (plain JSON). */
export interface ChartResponse {
  kind: string;
  title: { en: string; fr: string } | string;
  data: unknown;
  chart: {
    type: string;
    data: { labels?: unknown[]; datasets: { label?: string; data: unknown[] }[] };
    options?: Record<string, unknown>;
  };
}
