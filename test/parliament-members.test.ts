import { beforeAll, describe, expect, it } from "vitest";
import { expectBadRequest, expectNotFound, getJson, walkPages, type Page } from "./fixtures/civic-api";
import { seedParliament } from "./fixtures/civic-parliament";
import type { Schema } from "../web/src/api/operations";

type Member = Schema<"Member">;

const slugs = (page: { data: { slug: string }[] }) => page.data.map((m) => m.slug);

const LIBERAL = {
  slug: "t99-liberal",
  name_en: "Liberal Party of Canada",
  name_fr: "Parti libéral du Canada",
  short_name_en: "Liberal",
  short_name_fr: "Libéral",
};
const TESTVILLE = { edid: 99001, slug: "t99-testville-centre", name_en: "Testville Centre", name_fr: "Testville-Centre", province: "ON" };

beforeAll(() => seedParliament());

describe("GET /api/v1/members", () => {
  it("lists who sat in a session by family name, with current party and riding", async () => {
    const page = await getJson<Page<Member>>("/api/v1/members?session=99-1");
    expect(slugs(page)).toEqual(["jean-essai-t99", "sam-prairie-t99", "pat-switcher-t99", "jane-testmember-t99"]);
    expect(page.pagination).toEqual({ next_cursor: null, limit: 50, total: 4 });
    expect(page.data[0]).toEqual({
      id: 9990300,
      slug: "jean-essai-t99",
      name: "Jean Essai",
      party: { slug: "t99-bloc", name_en: "Bloc Québécois", name_fr: "Bloc Québécois", short_name_en: "Bloc", short_name_fr: "Bloc" },
      riding: { edid: 99003, slug: "t99-lac-essai-montreal-nord", name_en: "Lac-Essai—Montreal North", name_fr: "Lac-Essai—Montréal-Nord", province: "QC" },
      in_office: true,
      headshot_url: null,
    });
  });

  it("shows a member who crossed the floor with the party of their latest term", async () => {
    const page = await getJson<Page<Member>>("/api/v1/members?q=Switcher");
    expect(page.data).toHaveLength(1);
    expect(page.data[0]?.party?.slug).toBe("t99-conservative");
  });

  it.each([
    ["party", "party=t99-liberal", ["guy-nobody-t99", "jane-testmember-t99"]],
    ["party within a session", "party=t99-liberal&session=99-1", ["jane-testmember-t99"]],
    ["province", "province=QC&session=99-1", ["jean-essai-t99"]],
    ["riding edid (the current riding of that number)", "riding=99002", ["pat-switcher-t99"]],
    ["riding slug", "riding=t99-bygone-falls", ["guy-nobody-t99", "olive-oldtimer-t99"]],
    ["name", "q=prairie", ["sam-prairie-t99"]],
    ["a session nobody sat in", "session=97-1", []],
  ])("filters by %s", async (_, query, expected) => {
    const page = await getJson<Page<Member>>(`/api/v1/members?${query}`);
    expect(slugs(page)).toEqual(expected);
    expect(page.pagination.total).toBe(expected.length);
  });

  it("pages one member at a time in the same order", async () => {
    const { rows, pages } = await walkPages<Member>("/api/v1/members?session=99-1", 1);
    expect(pages).toBe(4);
    expect(rows.map((m) => m.slug)).toEqual(["jean-essai-t99", "sam-prairie-t99", "pat-switcher-t99", "jane-testmember-t99"]);
  });

  it("adds party names in French", async () => {
    const page = await getJson<Page<Member>>("/api/v1/members?q=Testmember&lang=fr");
    expect(page.data[0]?.party).toMatchObject({ name: "Parti libéral du Canada", short_name: "Libéral" });
  });

  it("refuses malformed filters, each named", async () => {
    await expectBadRequest("/api/v1/members?session=44&province=XX&riding=Not%20A%20Riding&party=Liberal%20Party&limit=500", [
      "query.session",
      "query.province",
      "query.riding",
      "query.party",
      "query.limit",
    ]);
  });
});

describe("GET /api/v1/members/{id}", () => {
  it("answers a profile by House person id, with terms, ids, links and counts", async () => {
    expect(await getJson("/api/v1/members/9990001")).toEqual({
      id: 9990001,
      slug: "jane-testmember-t99",
      name: "Jane Testmember",
      party: LIBERAL,
      riding: TESTVILLE,
      in_office: true,
      headshot_url: "https://example.org/jane.jpg",
      name_given: "Jane",
      name_family: "Testmember",
      gender: "F",
      twitter: "janetest",
      web_site: "https://janetest.example.org",
      terms: [{ start_date: "2099-01-10", end_date: null, party: LIBERAL, riding: TESTVILLE }],
      identifiers: [
        { scheme: "hansard_affiliation", value: "9990101" },
        { scheme: "hansard_affiliation", value: "9990102" },
      ],
      links: [
        { rel: "ourcommons", url: "https://www.ourcommons.ca/Members/en/9990001" },
        { rel: "openparliament", url: "https://openparliament.ca/politicians/jane-testmember-t99/" },
        { rel: "web_site", url: "https://janetest.example.org" },
        { rel: "twitter", url: "https://twitter.com/janetest" },
      ],
      counts: { statements: 5, votes: 4, sponsored_bills: 2 },
    });
  });

  it.each([
    ["a Hansard Affiliation DbId of another role (parliamentary secretary)", "9990102", "jane-testmember-t99"],
    ["a house_person_id identifier", "9990300", "jean-essai-t99"],
    ["the MP role's DbId when a house_person_id exists too", "9990301", "jean-essai-t99"],
    ["a slug", "olive-oldtimer-t99", "olive-oldtimer-t99"],
    ["a slug in capitals", "OLIVE-OLDTIMER-T99", "olive-oldtimer-t99"],
  ])("resolves %s", async (_, id, slug) => {
    expect((await getJson<Member>(`/api/v1/members/${id}`)).slug).toBe(slug);
  });

  it("prints the same id for a member whichever id found them", async () => {
    expect((await getJson<Member>("/api/v1/members/9990301")).id).toBe(9990300);
  });

  it("shows every term of a member who changed party and riding, latest first", async () => {
    const pat = await getJson<Schema<"MemberProfile">>("/api/v1/members/pat-switcher-t99");
    expect(pat.terms.map((t) => [t.party!.slug, t.riding!.slug, t.end_date])).toEqual([
      ["t99-conservative", "t99-harbourview", null],
      ["t99-liberal", "t99-old-harbour-bayside", "2099-03-01"],
    ]);
    expect(pat.counts).toEqual({ statements: 1, votes: 3, sponsored_bills: 1 });
  });

  it("serves members known only from older sources with a null id", async () => {
    const olive = await getJson<Schema<"MemberProfile">>("/api/v1/members/olive-oldtimer-t99");
    expect(olive).toMatchObject({ id: null, in_office: false, identifiers: [{ scheme: "parlinfo_id", value: "9990400" }] });
    expect(olive.links).toEqual([{ rel: "openparliament", url: "https://openparliament.ca/politicians/olive-oldtimer-t99/" }]);
  });

  it("is a 404 naming the id, for unknown ids and for ParlInfo ids (another numbering)", async () => {
    await expectNotFound("/api/v1/members/999", "No member with id 999.");
    await expectNotFound("/api/v1/members/9990400", "No member with id 9990400.");
    await expectNotFound("/api/v1/members/nobody-t99", "No member with id nobody-t99.");
  });

  it("is a 400 for an id that is neither a number nor a slug", async () => {
    await expectBadRequest("/api/v1/members/jane%20test!", ["param.id"]);
  });
});

describe("GET /api/v1/members/{id}/votes", () => {
  type MemberBallot = Schema<"MemberBallot">;

  it("lists the member's ballots latest first, with the division and bill", async () => {
    const page = await getJson<Page<MemberBallot>>("/api/v1/members/9990001/votes");
    expect(page.data.map((v) => [v.session, v.number, v.ballot, v.bill?.number ?? null])).toEqual([
      ["99-2", 1, "yea", "C-1"],
      ["99-1", 3, "yea", null],
      ["99-1", 2, "nay", "C-10"],
      ["99-1", 1, "yea", "C-2"],
    ]);
    expect(page.data[3]).toEqual({
      session: "99-1",
      number: 1,
      date: "2099-01-16",
      description_en: "Second reading of Bill C-2",
      description_fr: "Deuxième lecture du projet de loi C-2",
      result: "passed",
      ballot: "yea",
      party: LIBERAL,
      bill: { session: "99-1", number: "C-2" },
    });
    expect(page.pagination.total).toBe(4);
  });

  it("gives the party the member had on the day of each vote", async () => {
    const page = await getJson<Page<MemberBallot>>("/api/v1/members/pat-switcher-t99/votes");
    expect(page.data.map((v) => [v.number, v.party?.slug])).toEqual([
      [3, "t99-conservative"],
      [2, "t99-conservative"],
      [1, "t99-liberal"],
    ]);
  });

  it("filters by session and ballot, and pages with totals", async () => {
    const page = await getJson<Page<MemberBallot>>("/api/v1/members/9990001/votes?session=99-1&ballot=nay");
    expect(page.data.map((v) => v.number)).toEqual([2]);
    const { rows, pages } = await walkPages<MemberBallot>("/api/v1/members/9990001/votes?session=99-1", 2);
    expect(pages).toBe(2);
    expect(rows.map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it("adds the description in French", async () => {
    const page = await getJson<Page<MemberBallot>>("/api/v1/members/9990001/votes?session=99-2&lang=fr");
    expect(page.data[0]?.description).toBe("Deuxième lecture du projet de loi C-1");
  });

  it("is a 404 for an unknown member and a 400 for a bad ballot", async () => {
    await expectNotFound("/api/v1/members/999/votes", "No member with id 999.");
    await expectBadRequest("/api/v1/members/9990001/votes?ballot=abstain", ["query.ballot"]);
  });
});

describe("GET /api/v1/members/{id}/statements", () => {
  type MemberStatement = Schema<"MemberStatement">;

  it("lists what the member said, latest first, in the House and in committee", async () => {
    const page = await getJson<Page<MemberStatement>>("/api/v1/members/9990001/statements");
    expect(page.data.map((s) => s.id)).toEqual([990010, 990008, 990007, 990004, 990002]);
    expect(page.data[1]?.document).toEqual({ kind: "evidence", session: "99-1", number: 1, committee: "t99-finance" });
    expect(page.pagination.total).toBe(5);
  });

  it("filters by dates (inclusive) and by text, taking % literally", async () => {
    const ranged = await getJson<Page<MemberStatement>>("/api/v1/members/9990001/statements?date_from=2099-01-16&date_to=2099-01-20");
    expect(ranged.data.map((s) => s.id)).toEqual([990008, 990007]);
    const worded = await getJson<Page<MemberStatement>>("/api/v1/members/9990001/statements?q=testing%20act");
    expect(worded.data.map((s) => s.id)).toEqual([990004, 990002]);
    const french = await getJson<Page<MemberStatement>>("/api/v1/members/9990001/statements?q=prairies%20sont");
    expect(french.data.map((s) => s.id)).toEqual([990007]);
    const percent = await getJson<Page<MemberStatement>>("/api/v1/members/pat-switcher-t99/statements?q=100%25");
    expect(percent.data.map((s) => s.id)).toEqual([990003]);
    const noWildcard = await getJson<Page<MemberStatement>>("/api/v1/members/9990001/statements?q=%25");
    expect(noWildcard.data).toEqual([]);
  });

  it("pages two statements at a time without gaps", async () => {
    const { rows, pages } = await walkPages<MemberStatement>("/api/v1/members/9990001/statements", 2);
    expect(pages).toBe(3);
    expect(rows.map((s) => s.id)).toEqual([990010, 990008, 990007, 990004, 990002]);
  });

  it("adds the French text with ?lang=fr", async () => {
    const page = await getJson<Page<MemberStatement>>("/api/v1/members/9990001/statements?lang=fr&date_to=2099-01-15");
    expect(page.data.map((s) => s.text)).toEqual([
      "La loi sur les essais mérite l'appui de la Chambre.",
      "Monsieur le Président, je prends la parole pour présenter le projet de loi C-2, la loi sur les essais.",
    ]);
  });

  it("refuses impossible dates and a range that ends before it starts", async () => {
    await expectBadRequest("/api/v1/members/9990001/statements?date_from=2099-02-30", ["query.date_from"]);
    await expectBadRequest("/api/v1/members/9990001/statements?date_from=2099-02-01&date_to=2099-01-01", ["query.date_to"]);
    await expectNotFound("/api/v1/members/999/statements", "No member with id 999.");
  });
});
