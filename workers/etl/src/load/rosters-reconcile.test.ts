/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import search44 from "../../../../data/sources/rosters/ourcommons-members-44-search.html?raw";
import export43 from "../../../../data/sources/rosters/ourcommons-members-43.xml?raw";
import export44 from "../../../../data/sources/rosters/ourcommons-members-44.xml?raw";
import { parseLipadMember, parseMemberSearch, parseMembersExport, type RosterSeat } from "../parsers/rosters";
import { generalElections, peopleOfSeats, termsOfPerson, type SeatRow } from "./rosters-reconcile";

const LIPAD = import.meta.glob("../../../../data/sources/lipad-members-41/*.xml", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** Every roster's seats as `roster_seats` holds them. */
function allSeats(): SeatRow[] {
  const documents: [string, RosterSeat[]][] = [
    ["rosters/ourcommons-members-43.xml", parseMembersExport(export43).records],
    ["rosters/ourcommons-members-44.xml", parseMembersExport(export44).records],
    ["rosters/ourcommons-members-44-search.html", parseMemberSearch(search44).records],
    ...Object.entries(LIPAD).map(([path, xml]): [string, RosterSeat[]] => [`lipad-members-41/${path.split("/").at(-1)}`, parseLipadMember(xml).records]),
  ];
  let id = 0;
  return documents.flatMap(([roster, seats]) =>
    seats.map((s) => ({
      id: ++id,
      roster,
      entry: s.entry,
      house_person_id: s.personId,
      parlinfo_id: s.parlinfoId,
      name_given: s.givenName,
      name_family: s.familyName,
      riding: s.riding,
      party: s.party,
      start_date: s.startDate,
      end_date: s.endDate,
      member_id: null,
    })),
  );
}

/** A deterministic shuffle (a linear congruential generator), so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const grouping = (seats: SeatRow[]) =>
  peopleOfSeats(seats)
    .map(
      (p) =>
        `${p.key}: ${p.seats
          .map((s) => s.id)
          .sort((a, b) => a - b)
          .join(",")}`,
    )
    .sort();

describe("people from the rosters", () => {
  const seats = allSeats();
  const people = peopleOfSeats(seats);
  const person = (personId: number) => people.find((p) => p.personId === personId)!;

  it("makes the same people whatever order the seats come in", () => {
    const once = grouping(seats);
    for (const seed of [1, 7, 42]) expect(grouping(shuffled(seats, seed))).toEqual(once);
  });

  it("joins a member's seats in every roster under their House person id", () => {
    const laurel = person(105908);
    expect(laurel.seats.map((s) => s.roster).sort()).toEqual([
      "rosters/ourcommons-members-43.xml",
      "rosters/ourcommons-members-44-search.html",
      "rosters/ourcommons-members-44.xml",
    ]);
    const mulcair = person(26684);
    expect(new Set(mulcair.seats.map((s) => s.roster.split("/")[0]))).toEqual(new Set(["lipad-members-41"]));
    // Every person id is one person.
    expect(new Set(people.filter((p) => p.personId !== null).map((p) => p.personId)).size).toBe(people.filter((p) => p.personId !== null).length);
  });

  it("finds the general elections the rosters begin at", () => {
    expect(generalElections(seats)).toEqual(expect.arrayContaining(["2008-10-14", "2011-05-02", "2019-10-21", "2021-09-20"]));
    expect(generalElections(seats)).not.toContain("2023-06-19");
  });

  it("ends an open seat before the member's next seat, or the next general election the rosters know", () => {
    const elections = generalElections(seats);
    expect(termsOfPerson(person(105908), elections).map((t) => [t.start_date, t.end_date, t.party])).toEqual([
      ["2019-10-21", "2021-09-19", "NDP"],
      ["2021-09-20", null, "NDP"],
    ]);
    // Patricia Davidson's seat is open in the 2015 file, and she is not in the 43rd Parliament's roster.
    const davidson = people.find((p) => p.family === "Davidson" && p.given === "Patricia")!;
    expect(termsOfPerson(davidson, elections).at(-1)).toMatchObject({ start_date: "2011-05-02", end_date: "2019-10-20" });
  });
});
