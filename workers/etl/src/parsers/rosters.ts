import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DomUtils, parseDocument } from "htmlparser2";
import { z } from "zod";
import { FirstSeen, type ParseResult, type RawSource, type Reject, SourceParseError, decodeText, validate } from "./common";
import { addDays, cleanText, isoDate, ridingName } from "./common-text";

/**
 * The House's own rosters of who sat, for which party and where: the House of Commons "Members of
 * Parliament" XML export (one Parliament, as of the day it was saved), the House's member search
 * page (the same members with their House person id, the id in ourcommons.ca URLs) and Parlinfo's
 * member files as LiPaD publishes them (dated Commons seats and party memberships, with the
 * person id in the member's profile link). Each parser yields seats: one person in one riding for
 * one party over a period, as the document states it.
 */
export interface RosterSeat {
  /** The seat's natural key within its document. */
  entry: string;
  /** House of Commons person id, where the document gives one. */
  personId: number | null;
  /** Parlinfo's id for the person (a GUID), where the document gives one. */
  parlinfoId: string | null;
  givenName: string;
  familyName: string;
  riding: string | null;
  province: string | null;
  /** The party or caucus as the document names it (`Conservative`, `Independent Conservative`). */
  party: string | null;
  /** Null when the document gives no dates (the search page). */
  startDate: string | null;
  /** Null while the seat is held, as of the document's day. */
  endDate: string | null;
}

const Name = z.string().trim().min(1);

function xmlOf(raw: RawSource, what: string, arrays: readonly string[]): Record<string, unknown> {
  const text = decodeText(raw);
  if (text.trim() === "") throw new SourceParseError(`empty file: expected ${what}`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new SourceParseError(`not well-formed XML (${valid.err.msg}, line ${valid.err.line}): expected ${what}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}

/** `2021-09-20T00:00:00` → `2021-09-20`; a nil or empty element → null. */
function dayOf(value: unknown): string | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  return value.trim().slice(0, 10);
}

const ExportMember = z.object({
  PersonShortHonorific: z.unknown(),
  PersonOfficialFirstName: Name,
  PersonOfficialLastName: Name,
  ConstituencyName: Name,
  ConstituencyProvinceTerritoryName: Name,
  CaucusShortName: Name,
  FromDateTime: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T/, "expected a date-time"),
  ToDateTime: z.unknown(),
});

/** `ourcommons-members-44.xml`: `ArrayOfMemberOfParliament` / `MemberOfParliament`. */
export function parseMembersExport(raw: RawSource): ParseResult<RosterSeat[]> {
  const what = "the House of Commons members export (ArrayOfMemberOfParliament)";
  const root = xmlOf(raw, what, ["MemberOfParliament"]).ArrayOfMemberOfParliament as Record<string, unknown> | undefined;
  if (!root || typeof root !== "object") throw new SourceParseError(`no ArrayOfMemberOfParliament element: expected ${what}`);
  const rows = (root.MemberOfParliament as unknown[] | undefined) ?? [];
  if (rows.length === 0) throw new SourceParseError(`no MemberOfParliament: expected ${what}`);
  const records: RosterSeat[] = [];
  const rejects: Reject[] = [];
  const seen = new FirstSeen();
  for (const [index, row] of rows.entries()) {
    const member = validate(ExportMember, row);
    if (!member.ok) {
      rejects.push({ index, sourceId: null, reason: member.reason });
      continue;
    }
    const m = member.value;
    const seat: RosterSeat = {
      entry: "",
      personId: null,
      parlinfoId: null,
      givenName: cleanText(m.PersonOfficialFirstName)!,
      familyName: cleanText(m.PersonOfficialLastName)!,
      riding: ridingName(m.ConstituencyName),
      province: cleanText(m.ConstituencyProvinceTerritoryName),
      party: cleanText(m.CaucusShortName),
      startDate: dayOf(m.FromDateTime),
      endDate: dayOf(m.ToDateTime),
    };
    seat.entry = `${seat.familyName}|${seat.givenName}|${seat.riding}|${seat.startDate}`;
    const reason =
      seat.endDate && seat.endDate < seat.startDate!
        ? `ToDateTime ${seat.endDate} is before FromDateTime ${seat.startDate}`
        : seen.duplicate(seat.entry, index, "member");
    if (reason) {
      rejects.push({ index, sourceId: seat.entry, reason });
      continue;
    }
    records.push(seat);
  }
  return { records, rejects };
}

/**
 * The House's member search page: one table row per member, `<tr id="mp-list-id-105908">` with
 * the name as `Family, Given`, the caucus, the constituency and the province.
 */
export function parseMemberSearch(raw: RawSource): ParseResult<RosterSeat[]> {
  const what = "the House of Commons member search page";
  const text = decodeText(raw);
  if (text.trim() === "") throw new SourceParseError(`empty file: expected ${what}`);
  const document = parseDocument(text);
  const rows = DomUtils.findAll((el) => el.name === "tr" && /^mp-list-id-\d+$/.test(el.attribs.id ?? ""), document.children);
  if (rows.length === 0) throw new SourceParseError(`no member rows (tr id="mp-list-id-…"): expected ${what}`);
  const records: RosterSeat[] = [];
  const rejects: Reject[] = [];
  const seen = new FirstSeen();
  for (const [index, row] of rows.entries()) {
    const personId = Number(row.attribs.id!.slice("mp-list-id-".length));
    const cells = DomUtils.getChildren(row).filter((c) => DomUtils.isTag(c) && c.name === "td");
    const [name, caucus, riding, province] = cells.map((c) => cleanText(DomUtils.textContent(c)));
    const comma = name?.indexOf(",") ?? -1;
    if (cells.length < 4 || !name || comma < 1 || !riding) {
      rejects.push({ index, sourceId: String(personId), reason: "expected cells: Family, Given · caucus · constituency · province" });
      continue;
    }
    const reason = seen.duplicate(String(personId), index, "person id");
    if (reason) {
      rejects.push({ index, sourceId: String(personId), reason });
      continue;
    }
    records.push({
      entry: String(personId),
      personId,
      parlinfoId: null,
      // Ministers are listed as `LeBlanc, Hon. Dominic`: the title is not part of the name.
      givenName: name
        .slice(comma + 1)
        .trim()
        .replace(/^(?:the\s+)?(?:right\s+)?hon\.\s+/i, ""),
      familyName: name.slice(0, comma).trim(),
      riding: ridingName(riding),
      province: province ?? null,
      party: caucus ?? null,
      startDate: null,
      endDate: null,
    });
  }
  return { records, rejects };
}

interface Period {
  from: string;
  till: string | null;
}

const PeriodSchema = z.object({ "@from": isoDate, "@till": z.union([isoDate, z.literal("present")]) });

function periodOf(membership: Record<string, unknown>): Period | string {
  const period = validate(PeriodSchema, membership.period);
  if (!period.ok) return `period: ${period.reason}`;
  const till = period.value["@till"] === "present" ? null : period.value["@till"];
  if (till !== null && till < period.value["@from"]) return `period ends ${till} before it starts ${period.value["@from"]}`;
  return { from: period.value["@from"], till };
}

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/**
 * One LiPaD member file (`ca.m.100.xml`): the person's Commons seats, cut wherever their party
 * changed, so each seat has one party (a seat with no party membership over part of it keeps
 * that part with no party). The person id is read from the House profile link
 * (`…/members/en/Mark-Eyking(1806)`); 19 of the 41st Parliament's files have none.
 */
export function parseLipadMember(raw: RawSource): ParseResult<RosterSeat[]> {
  const what = "a LiPaD member file (pm:member)";
  const root = xmlOf(raw, what, ["membership", "link"]).root as Record<string, unknown> | undefined;
  const member = root?.member as Record<string, unknown> | undefined;
  if (!member || typeof member !== "object") throw new SourceParseError(`no pm:member element: expected ${what}`);
  const name = member.name as Record<string, unknown> | undefined;
  const given = cleanText(typeof name?.first === "string" ? name.first : null);
  const family = cleanText(typeof name?.last === "string" ? name.last : null);
  const lipadId = String(member["@id"] ?? "");
  if (!given || !family) throw new SourceParseError(`member ${lipadId || "?"} has no pm:first or pm:last name`);
  const links = (((member.links as Record<string, unknown> | undefined)?.link as unknown[]) ?? []).map((l) =>
    typeof l === "string" ? l : String((l as Record<string, unknown>)["#text"] ?? ""),
  );
  const profile = links.map((l) => l.match(/\/members\/(?:en\/)?[^/()]+\((\d+)\)\s*$/i)).find((m) => m !== null);
  const personId = profile ? Number(profile[1]) : null;
  const parlinfo = links.map((l) => l.match(/Parliamentarian\.aspx\?Item=([0-9a-f-]{36})/i)).find((m) => m !== null);
  const parlinfoId = parlinfo ? parlinfo[1]!.toLowerCase() : null;

  const memberships = ((member.memberships as Record<string, unknown> | undefined)?.membership as Record<string, unknown>[]) ?? [];
  const rejects: Reject[] = [];
  const seats: { riding: string | null; province: string | null; period: Period }[] = [];
  const parties: { party: string; period: Period }[] = [];
  for (const [index, m] of memberships.entries()) {
    const body = m["@body"];
    const party = cleanText(typeof m["@party-name"] === "string" ? m["@party-name"] : null);
    // A Commons membership without a district is a House office (House Leader), not a seat.
    const seat = body === "commons" && typeof m["@district"] === "string";
    if (!seat && (body === "commons" || !party)) continue;
    const period = periodOf(m);
    if (typeof period === "string") {
      rejects.push({ index, sourceId: `${lipadId}#${index}`, reason: period });
      continue;
    }
    if (seat) seats.push({ riding: ridingName(m["@district"] as string | undefined), province: cleanText(m["@province"] as string | undefined), period });
    else parties.push({ party: party!, period });
  }

  const records: RosterSeat[] = [];
  for (const seat of seats) {
    // The seat's days, cut at every party start or end inside it.
    const cuts = new Set([seat.period.from]);
    for (const p of parties) {
      if (p.period.from > seat.period.from && (seat.period.till === null || p.period.from <= seat.period.till)) cuts.add(p.period.from);
      if (p.period.till !== null && p.period.till >= seat.period.from && (seat.period.till === null || p.period.till < seat.period.till)) {
        cuts.add(addDays(p.period.till, 1));
      }
    }
    const starts = [...cuts].sort();
    starts.forEach((start, i) => {
      const next = starts[i + 1];
      const end = next ? addDays(next, -1) : seat.period.till;
      const party = parties.find((p) => p.period.from <= start && (p.period.till === null || p.period.till >= start));
      const last = records.at(-1);
      // A party membership that ends and restarts in the same party is one period.
      if (last && last.party === (party?.party ?? null) && last.riding === seat.riding && last.endDate === addDays(start, -1)) {
        last.endDate = end;
        return;
      }
      records.push({
        entry: `${personId ?? lipadId}|${start}`,
        personId,
        parlinfoId,
        givenName: given,
        familyName: family,
        riding: seat.riding,
        province: seat.province,
        party: party?.party ?? null,
        startDate: start,
        endDate: earlier(end, seat.period.till),
      });
    });
  }
  if (records.length === 0 && rejects.length === 0) throw new SourceParseError(`member ${lipadId} has no Commons seat`);
  return { records: records.sort((a, b) => a.startDate!.localeCompare(b.startDate!)), rejects };
}
