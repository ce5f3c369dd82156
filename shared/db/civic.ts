import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { BALLOTS, BILL_STAGES, CHAMBERS, DIVISION_RESULTS, DOCUMENT_KINDS, JURISDICTION_LEVELS, LANGUAGES, PROVINCES } from "../civic/vocabulary";

/**
 * D1 `civic`: the parliament data model, named the way openparliament.ca and the House
 * of Commons name things: session, sitting, division, ballot, statement. Source ids are kept
 * beside our own keys; every human-readable field has `_en` and `_fr` side by side.
 *
 * Conventions: dates are ISO-8601 `YYYY-MM-DD` text, timestamps ISO-8601 UTC text; `source` names
 * the dataset that last wrote a row (`openparliament`, `hansard`, `legisinfo`, `represent`, `ocd`)
 * and `updated_at` when. Full-text search is FTS5 over statements, bills, members, committees,
 * representatives and search topics, in hand-written migrations (migrations/civic/0001_search.sql and later) that
 * drizzle does not model: external-content indexes kept in step by triggers, whose rowids are the
 * integer primary keys here.
 */

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export { BALLOTS, BILL_STAGES, CHAMBERS, DIVISION_RESULTS, DOCUMENT_KINDS, JURISDICTION_LEVELS, LANGUAGES, PROVINCES };
export const MEMBER_ID_SCHEMES = ["hansard_affiliation", "house_person_id", "parlinfo_id", "freebase_id", "alternate_name"] as const;

/** A CHECK that a column holds one of a fixed list; written unqualified so table rebuilds keep working. */
const oneOf = (column: string, values: readonly string[]) => sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(", ")})`);

const provenance = {
  source: text("source").notNull(),
  updatedAt: text("updated_at").notNull().default(now),
};

// ---------------------------------------------------------------------------------------------
// Parliament: sessions, parties, ridings, members
// ---------------------------------------------------------------------------------------------

/** A session of a Parliament, keyed by the code everyone uses (`44-1`); openparliament `core.session`. */
export const sessions = sqliteTable(
  "sessions",
  {
    code: text("code").primaryKey(),
    parliamentNumber: integer("parliament_number").notNull(),
    sessionNumber: integer("session_number").notNull(),
    nameEn: text("name_en").notNull(),
    nameFr: text("name_fr"),
    /** Null when no source gives it: the Hansard names sessions but never their start date. */
    startDate: text("start_date"),
    /** Null while the session is open (the fixture's 40-3 has no end) or when unknown. */
    endDate: text("end_date"),
    ...provenance,
  },
  (t) => [uniqueIndex("sessions_parliament_session").on(t.parliamentNumber, t.sessionNumber)],
);

/**
 * Federal parties; openparliament `core.party`. Hansard prints its own abbreviations after a
 * speaker's riding (`Lib.`, `CPC` / `PCC`, `NDP` / `NPD`), which is how later parties are matched.
 */
export const parties = sqliteTable("parties", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  nameEn: text("name_en").notNull(),
  nameFr: text("name_fr"),
  shortNameEn: text("short_name_en").notNull(),
  shortNameFr: text("short_name_fr"),
  abbreviationEn: text("abbreviation_en"),
  abbreviationFr: text("abbreviation_fr"),
  openparliamentId: integer("openparliament_id").unique(),
  ...provenance,
});

/**
 * Federal electoral districts across representation orders; openparliament `core.riding` merged
 * with the OCD division CSVs. An `edid` is reused by different ridings in different orders, so it
 * is unique only together with the order; the API's `/ridings/{edid}` prefers the current one.
 */
export const ridings = sqliteTable(
  "ridings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Elections Canada district number; null for old ridings the fixtures list without one. */
    edid: integer("edid"),
    /** Year of the representation order (2003, 2013, 2023); null when unknown. */
    representationOrder: integer("representation_order"),
    slug: text("slug").notNull(),
    nameEn: text("name_en").notNull(),
    nameFr: text("name_fr"),
    province: text("province", { enum: PROVINCES }).notNull(),
    current: integer("current", { mode: "boolean" }).notNull().default(false),
    /** e.g. `ocd-division/country:ca/ed:35075-2013`. */
    ocdId: text("ocd_id").unique(),
    validFrom: text("valid_from"),
    validThrough: text("valid_through"),
    openparliamentId: integer("openparliament_id").unique(),
    ...provenance,
  },
  (t) => [
    uniqueIndex("ridings_edid_order").on(t.edid, t.representationOrder),
    index("ridings_province_current").on(t.province, t.current),
    index("ridings_current").on(t.current),
  ],
);

/**
 * A person who has sat in the House; openparliament `core.politician`. Members after 2010 exist
 * only in the Hansard and are created from it. Their source ids live in `member_identifiers`.
 */
export const members = sqliteTable(
  "members",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    /** ourcommons.ca PersonId when a source gives it; Hansard `DbId`s are not these (see below). */
    housePersonId: integer("house_person_id").unique(),
    name: text("name").notNull(),
    nameGiven: text("name_given"),
    nameFamily: text("name_family"),
    gender: text("gender", { enum: ["M", "F"] }),
    headshotUrl: text("headshot_url"),
    twitter: text("twitter"),
    webSite: text("web_site"),
    openparliamentId: integer("openparliament_id").unique(),
    ...provenance,
  },
  (t) => [index("members_name_family").on(t.nameFamily)],
);

/**
 * The many ids one member carries across sources; openparliament `core.politicianinfo`. Hansard
 * `Affiliation DbId`s identify a person *in a role* (MP, parliamentary secretary, committee member,
 * chair), so one member has many, and they share a namespace with the fixtures' `parl_id` values.
 * Speakers without a member (witnesses, clerks) are not recorded here.
 */
export const memberIdentifiers = sqliteTable(
  "member_identifiers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    scheme: text("scheme", { enum: MEMBER_ID_SCHEMES }).notNull(),
    value: text("value").notNull(),
    /** Hansard `Affiliation Type` (2 MP, 1 Prime Minister, 4 minister, 18 parl. secretary, 47 committee member…). */
    affiliationType: integer("affiliation_type"),
    ...provenance,
  },
  (t) => [uniqueIndex("member_identifiers_scheme_value").on(t.scheme, t.value), index("member_identifiers_member").on(t.memberId)],
);

/**
 * A member's seat over time: one row per stretch with the same party and riding; openparliament
 * `core.electedmember`, extended from Hansard speaker labels (`(Victoria, NDP)`).
 */
export const memberTerms = sqliteTable(
  "member_terms",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    partyId: integer("party_id").references(() => parties.id),
    ridingId: integer("riding_id").references(() => ridings.id),
    startDate: text("start_date").notNull(),
    /** Null while the term is current. */
    endDate: text("end_date"),
    openparliamentId: integer("openparliament_id").unique(),
    ...provenance,
  },
  (t) => [
    uniqueIndex("member_terms_member_start").on(t.memberId, t.startDate),
    index("member_terms_party").on(t.partyId, t.startDate),
    index("member_terms_riding").on(t.ridingId, t.startDate),
    index("member_terms_dates").on(t.startDate, t.endDate),
  ],
);

/**
 * A seat as one of the House's rosters states it (the members export, the member search page,
 * Parlinfo's files via LiPaD): who, in which riding, for which party, from when to when. Kept as
 * each document says it, so members and their terms are derived from all rosters at once,
 * whatever order the documents load in; `member_id` is the member the seat was reconciled to.
 */
export const rosterSeats = sqliteTable(
  "roster_seats",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The document: `rosters/ourcommons-members-44.xml`, `lipad-members-41/ca.m.100.xml`. */
    roster: text("roster").notNull(),
    /** The seat's natural key within the document. */
    entry: text("entry").notNull(),
    housePersonId: integer("house_person_id"),
    /** Parlinfo's id for the person (a GUID), which openparliament's politicians also carry. */
    parlinfoId: text("parlinfo_id"),
    nameGiven: text("name_given").notNull(),
    nameFamily: text("name_family").notNull(),
    riding: text("riding"),
    province: text("province"),
    /** As the roster names it: `Conservative`, `NDP`, `Independent Conservative`. */
    party: text("party"),
    /** Null for a roster without dates (the member search page). */
    startDate: text("start_date"),
    endDate: text("end_date"),
    memberId: integer("member_id").references(() => members.id, { onDelete: "set null" }),
    ...provenance,
  },
  (t) => [
    uniqueIndex("roster_seats_roster_entry").on(t.roster, t.entry),
    index("roster_seats_family").on(t.nameFamily),
    index("roster_seats_person").on(t.housePersonId),
    index("roster_seats_member").on(t.memberId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Bills
// ---------------------------------------------------------------------------------------------

/** A bill in one session; LEGISinfo's bill record, or created from a Hansard mention (`Bill C-47`). */
export const bills = sqliteTable(
  "bills",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sessionCode: text("session_code")
      .notNull()
      .references(() => sessions.code),
    /** As printed: `C-332`, `S-5`. */
    number: text("number").notNull(),
    /** The numeric part, for ordering (`C-2` before `C-10`). */
    numberOnly: integer("number_only").notNull(),
    originatingChamber: text("originating_chamber", { enum: CHAMBERS }).notNull(),
    longTitleEn: text("long_title_en"),
    longTitleFr: text("long_title_fr"),
    shortTitleEn: text("short_title_en"),
    shortTitleFr: text("short_title_fr"),
    /** LEGISinfo `BillTypeEn`, e.g. `House Government Bill`, `Private Member’s Bill`. */
    billType: text("bill_type"),
    privateMember: integer("private_member", { mode: "boolean" }),
    sponsorMemberId: integer("sponsor_member_id").references(() => members.id, { onDelete: "set null" }),
    /** Sponsor as the source prints it, kept when no member matches (Senate sponsors). */
    sponsorName: text("sponsor_name"),
    /** Latest stage reached (from `bill_stage_events`); what `/bills?status=` filters on. */
    status: text("status", { enum: BILL_STAGES }),
    statusChamber: text("status_chamber", { enum: CHAMBERS }),
    statusDate: text("status_date"),
    /** LEGISinfo `CurrentStatusEn/Fr`, verbatim. */
    statusTextEn: text("status_text_en"),
    statusTextFr: text("status_text_fr"),
    introducedDate: text("introduced_date"),
    /** LEGISinfo `BillId`; Hansard's `<Document DbId=… Type="3|4">` carries the same id. */
    legisinfoId: integer("legisinfo_id").unique(),
    ...provenance,
  },
  (t) => [
    uniqueIndex("bills_session_number").on(t.sessionCode, t.number),
    index("bills_session_status").on(t.sessionCode, t.status),
    index("bills_sponsor").on(t.sponsorMemberId),
  ],
);

/** Each stage a bill passed, with its date: the timeline on a bill page and the "new stage" event. */
export const billStageEvents = sqliteTable(
  "bill_stage_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    billId: integer("bill_id")
      .notNull()
      .references(() => bills.id, { onDelete: "cascade" }),
    stage: text("stage", { enum: BILL_STAGES }).notNull(),
    /** Royal assent is recorded as `senate`, the chamber where it is given. */
    chamber: text("chamber", { enum: CHAMBERS }).notNull(),
    date: text("date").notNull(),
    descriptionEn: text("description_en"),
    descriptionFr: text("description_fr"),
    /** The sitting where the stage happened, when a Hansard shows it. */
    documentId: integer("document_id").references(() => documents.id, { onDelete: "set null" }),
    ...provenance,
  },
  (t) => [uniqueIndex("bill_stage_events_bill_stage").on(t.billId, t.chamber, t.stage, t.date), index("bill_stage_events_date").on(t.date)],
);

// ---------------------------------------------------------------------------------------------
// Hansard: documents (sittings and committee evidence), statements, divisions and ballots
// ---------------------------------------------------------------------------------------------

/**
 * One House sitting (`debates`) or committee meeting transcript (`evidence`). The English and
 * French publications are one document: each language's Hansard root `id` is kept (often the
 * same number), and statements carry both texts.
 */
export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: DOCUMENT_KINDS }).notNull(),
    sessionCode: text("session_code")
      .notNull()
      .references(() => sessions.code),
    date: text("date").notNull(),
    /** Sitting number (`No. 303`) or committee meeting number (`NUMBER 053`). */
    number: integer("number").notNull(),
    /** `<Hansard id=…>` of the English and French publications. */
    sourceIdEn: text("source_id_en").unique(),
    sourceIdFr: text("source_id_fr").unique(),
    sourceUrlEn: text("source_url_en"),
    sourceUrlFr: text("source_url_fr"),
    ...provenance,
  },
  (t) => [
    uniqueIndex("documents_sitting").on(t.sessionCode, t.number).where(sql`kind = 'debates'`),
    index("documents_kind_date").on(t.kind, t.date),
    index("documents_session_date").on(t.sessionCode, t.date),
  ],
);

/**
 * What one person said, in order: a Hansard `Intervention` (or a part of one where the text names
 * a new speaker inline). Speakers without a member (witnesses, clerks, "Some hon. members") keep
 * their printed name and, where given, their `DbId` so they can be linked later.
 */
export const statements = sqliteTable(
  "statements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    /** The document's date, repeated so member/date filters need no join. */
    date: text("date").notNull(),
    sequence: integer("sequence").notNull(),
    /** `Intervention id`: identical in the en and fr publications, the key the merge uses. */
    sourceId: text("source_id"),
    memberId: integer("member_id").references(() => members.id, { onDelete: "set null" }),
    speakerDbId: integer("speaker_db_id"),
    speakerAffiliationType: integer("speaker_affiliation_type"),
    /** As printed before the colon, without the parenthesis: `Mr. Mark Gerretsen`, `Le Président`. */
    speakerNameEn: text("speaker_name_en"),
    speakerNameFr: text("speaker_name_fr"),
    /** The printed parenthesis: riding and party, or the role (`Kingston and the Islands, Lib.`). */
    speakerContextEn: text("speaker_context_en"),
    speakerContextFr: text("speaker_context_fr"),
    /** `OrderOfBusinessTitle` (e.g. Government Orders). */
    headingEn: text("heading_en"),
    headingFr: text("heading_fr"),
    /** `SubjectOfBusinessTitle` (e.g. Criminal Code), with its qualifier where printed. */
    subheadingEn: text("subheading_en"),
    subheadingFr: text("subheading_fr"),
    /** Wall-clock `HH:MM` (Ottawa time) of the last `<Timestamp>` before the statement. */
    time: text("time"),
    /** Publisher's `Intervention Type` (Debate, Interjection, Question, Answer, Statement…). */
    interventionType: text("intervention_type"),
    /** Language spoken on the floor (`FloorLanguage`); the other text is a translation. */
    floorLanguage: text("floor_language", { enum: LANGUAGES }),
    /** Plain text, paragraphs separated by a blank line; null where that publication is absent. */
    textEn: text("text_en"),
    textFr: text("text_fr"),
    procedural: integer("procedural", { mode: "boolean" }).notNull().default(false),
    wordCount: integer("word_count").notNull().default(0),
    ...provenance,
  },
  (t) => [
    uniqueIndex("statements_document_sequence").on(t.documentId, t.sequence),
    index("statements_document_source").on(t.documentId, t.sourceId),
    index("statements_member_date").on(t.memberId, t.date),
    index("statements_speaker_db_id").on(t.speakerDbId),
  ],
);

/** Bills a statement mentions (`<Document DbId=… Type="3|4">C-29</Document>`, or `Bill C-47` in text). */
export const statementBills = sqliteTable(
  "statement_bills",
  {
    statementId: integer("statement_id")
      .notNull()
      .references(() => statements.id, { onDelete: "cascade" }),
    billId: integer("bill_id")
      .notNull()
      .references(() => bills.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.statementId, t.billId] }), index("statement_bills_bill").on(t.billId)],
);

/** A recorded division of the House (`<Division DivisionNumber=…>`); openparliament `votequestion`. */
export const divisions = sqliteTable(
  "divisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sessionCode: text("session_code")
      .notNull()
      .references(() => sessions.code),
    number: integer("number").notNull(),
    date: text("date").notNull(),
    /** The sitting whose Hansard records the division. */
    documentId: integer("document_id").references(() => documents.id, { onDelete: "set null" }),
    /** `<Division id=…>`. */
    sourceId: text("source_id"),
    descriptionEn: text("description_en"),
    descriptionFr: text("description_fr"),
    result: text("result", { enum: DIVISION_RESULTS }).notNull(),
    /** Totals as printed (`<Total> -- 209</Total>`); the ballots must add up to them. */
    yeaTotal: integer("yea_total").notNull(),
    nayTotal: integer("nay_total").notNull(),
    pairedTotal: integer("paired_total").notNull().default(0),
    billId: integer("bill_id").references(() => bills.id, { onDelete: "set null" }),
    ...provenance,
  },
  (t) => [
    uniqueIndex("divisions_session_number").on(t.sessionCode, t.number),
    index("divisions_date").on(t.date),
    index("divisions_bill").on(t.billId),
    check("divisions_result", oneOf("result", DIVISION_RESULTS)),
  ],
);

/** How one member voted in one division: the largest table (≈ 300 rows per division), kept lean. */
export const ballots = sqliteTable(
  "ballots",
  {
    divisionId: integer("division_id")
      .notNull()
      .references(() => divisions.id, { onDelete: "cascade" }),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    ballot: text("ballot", { enum: BALLOTS }).notNull(),
    /** The member's party on the division's date, resolved from `member_terms` at load time. */
    partyId: integer("party_id").references(() => parties.id),
    /** The `Affiliation DbId` and surname as printed in the division list (`Sidhu (Brampton East)`). */
    speakerDbId: integer("speaker_db_id"),
    namePrinted: text("name_printed"),
  },
  (t) => [primaryKey({ columns: [t.divisionId, t.memberId] }), index("ballots_member").on(t.memberId), check("ballots_ballot", oneOf("ballot", BALLOTS))],
);

// ---------------------------------------------------------------------------------------------
// Committees
// ---------------------------------------------------------------------------------------------

/** A House (or joint) committee; named from evidence `InstitutionDebateEn/Fr` and `Acronyme`. */
export const committees = sqliteTable(
  "committees",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    /** Current acronym (ETHI, CIMM); acronyms change between Parliaments, slugs do not. */
    acronym: text("acronym"),
    nameEn: text("name_en").notNull(),
    nameFr: text("name_fr"),
    parentId: integer("parent_id").references((): AnySQLiteColumn => committees.id),
    joint: integer("joint", { mode: "boolean" }).notNull().default(false),
    ...provenance,
  },
  (t) => [index("committees_acronym").on(t.acronym)],
);

/** A numbered meeting of a committee in a session, and its evidence transcript when published. */
export const committeeMeetings = sqliteTable(
  "committee_meetings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    committeeId: integer("committee_id")
      .notNull()
      .references(() => committees.id, { onDelete: "cascade" }),
    sessionCode: text("session_code")
      .notNull()
      .references(() => sessions.code),
    number: integer("number").notNull(),
    date: text("date").notNull(),
    documentId: integer("document_id")
      .unique()
      .references(() => documents.id, { onDelete: "set null" }),
    ...provenance,
  },
  (t) => [uniqueIndex("committee_meetings_committee_number").on(t.committeeId, t.sessionCode, t.number), index("committee_meetings_date").on(t.date)],
);

// ---------------------------------------------------------------------------------------------
// Provincial and municipal representatives (Open North Represent)
// ---------------------------------------------------------------------------------------------

/**
 * A legislature or council whose members Represent publishes; slug as in scrapers-ca / the
 * Represent file name (`ca_on_toronto`, `ca_bc`, `ca_mb_municipalities`).
 */
export const jurisdictions = sqliteTable(
  "jurisdictions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    nameEn: text("name_en").notNull(),
    nameFr: text("name_fr"),
    level: text("level", { enum: JURISDICTION_LEVELS }).notNull(),
    province: text("province", { enum: PROVINCES }).notNull(),
    /** e.g. `ocd-division/country:ca/csd:3520005`; null for multi-municipality sets. */
    ocdId: text("ocd_id"),
    sourceUrl: text("source_url"),
    ...provenance,
  },
  (t) => [index("jurisdictions_level").on(t.level, t.province)],
);

/** One elected person in a jurisdiction, as Represent lists them. */
export const representatives = sqliteTable(
  "representatives",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    jurisdictionId: integer("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id, { onDelete: "cascade" }),
    /** Slug of `name`; unique only with the district (one person can hold two seats). */
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    electedOffice: text("elected_office").notNull(),
    districtName: text("district_name"),
    /** Represent `district_id` (free text: `Ward 42 Scarborough-Rouge River`); `''` when absent. */
    districtId: text("district_id").notNull().default(""),
    partyName: text("party_name"),
    email: text("email"),
    url: text("url"),
    personalUrl: text("personal_url"),
    photoUrl: text("photo_url"),
    sourceUrl: text("source_url"),
    /** Represent `extra` object as JSON (links keyed by free-form labels). */
    extra: text("extra", { mode: "json" }).$type<Record<string, unknown>>(),
    ...provenance,
  },
  (t) => [
    uniqueIndex("representatives_jurisdiction_district_slug").on(t.jurisdictionId, t.districtId, t.slug),
    index("representatives_jurisdiction_slug").on(t.jurisdictionId, t.slug),
    index("representatives_office").on(t.electedOffice),
  ],
);

/** A representative's contact points, in source order; `type` is the publisher's free text. */
export const representativeOffices = sqliteTable(
  "representative_offices",
  {
    representativeId: integer("representative_id")
      .notNull()
      .references(() => representatives.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    type: text("type"),
    tel: text("tel"),
    fax: text("fax"),
    postal: text("postal"),
  },
  (t) => [primaryKey({ columns: [t.representativeId, t.position] })],
);

export type SessionRow = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type PartyRow = typeof parties.$inferSelect;
export type NewParty = typeof parties.$inferInsert;
export type RidingRow = typeof ridings.$inferSelect;
export type NewRiding = typeof ridings.$inferInsert;
export type MemberRow = typeof members.$inferSelect;
export type NewMember = typeof members.$inferInsert;
export type MemberIdentifierRow = typeof memberIdentifiers.$inferSelect;
export type NewMemberIdentifier = typeof memberIdentifiers.$inferInsert;
export type MemberTermRow = typeof memberTerms.$inferSelect;
export type NewMemberTerm = typeof memberTerms.$inferInsert;
export type BillRow = typeof bills.$inferSelect;
export type NewBill = typeof bills.$inferInsert;
export type BillStageEventRow = typeof billStageEvents.$inferSelect;
export type NewBillStageEvent = typeof billStageEvents.$inferInsert;
export type DocumentRow = typeof documents.$inferSelect;
export type NewDocument = typeof documents.$inferInsert;
export type StatementRow = typeof statements.$inferSelect;
export type NewStatement = typeof statements.$inferInsert;
export type StatementBillRow = typeof statementBills.$inferSelect;
export type DivisionRow = typeof divisions.$inferSelect;
export type NewDivision = typeof divisions.$inferInsert;
export type BallotRow = typeof ballots.$inferSelect;
export type NewBallot = typeof ballots.$inferInsert;
export type CommitteeRow = typeof committees.$inferSelect;
export type NewCommittee = typeof committees.$inferInsert;
export type CommitteeMeetingRow = typeof committeeMeetings.$inferSelect;
export type NewCommitteeMeeting = typeof committeeMeetings.$inferInsert;
export type JurisdictionRow = typeof jurisdictions.$inferSelect;
export type NewJurisdiction = typeof jurisdictions.$inferInsert;
export type RepresentativeRow = typeof representatives.$inferSelect;
export type NewRepresentative = typeof representatives.$inferInsert;
export type RepresentativeOfficeRow = typeof representativeOffices.$inferSelect;
export type NewRepresentativeOffice = typeof representativeOffices.$inferInsert;
