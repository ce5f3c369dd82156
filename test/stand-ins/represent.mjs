// A stand-in for Open North's Represent postcode API, for tests (which have no internet): a small
// Worker that answers `GET /postcodes/{CODE}/` in Represent's documented JSON for a few codes
// whose districts and MPs are seeded by test/fixtures/civic-parliament.ts, 404 for any other
// code, and fails on purpose for the codes that test upstream failures. It runs as an auxiliary
// Worker and is the parliament Worker's `outboundService` (see vitest.config.ts), so whatever
// REPRESENT_BASE_URL says, the lookup lands here.

const office = (type, tel, postal) => ({ type, tel, postal });

const mp = (name, district, party, id, boundary) => ({
  name,
  first_name: name.split(" ")[0],
  last_name: name.split(" ").slice(1).join(" "),
  elected_office: "MP",
  district_name: district,
  representative_set_name: "House of Commons",
  party_name: party,
  email: `${name.toLowerCase().replace(/ /g, ".")}@parl.gc.ca`,
  url: `https://www.ourcommons.ca/Members/en/${id}`,
  photo_url: `https://www.ourcommons.ca/Content/Parliamentarians/Images/OfficialMPPhotos/44/${id}.jpg`,
  personal_url: "",
  source_url: "https://www.ourcommons.ca/Members/en/search",
  gender: "",
  offices: [office("legislature", "1 613-555-0100", "House of Commons\nOttawa ON  K1A 0A6")],
  extra: {},
  related: {
    boundary_url: `/boundaries/federal-electoral-districts/${boundary}/`,
    representative_set_url: "/representative-sets/house-of-commons/",
  },
});

const federal = (externalId, name, set = "federal-electoral-districts") => ({
  url: `/boundaries/${set}/${externalId}/`,
  boundary_set_name: set === "federal-electoral-districts" ? "Federal electoral district" : "Federal electoral district (2013)",
  name,
  external_id: externalId,
  related: { boundary_set_url: `/boundary-sets/${set}/` },
});

const local = (set, setName, externalId, name) => ({
  url: `/boundaries/${set}/${externalId}/`,
  boundary_set_name: setName,
  name,
  external_id: externalId,
  related: { boundary_set_url: `/boundary-sets/${set}/` },
});

const rep = (name, elected_office, district_name, representative_set_name, party_name = "") => ({
  name,
  first_name: name.split(" ")[0],
  last_name: name.split(" ").slice(1).join(" "),
  elected_office,
  district_name,
  representative_set_name,
  party_name,
  email: `${name.toLowerCase().replace(/ /g, ".")}@example.org`,
  url: "https://example.org/representatives",
  photo_url: "",
  personal_url: "",
  source_url: "https://example.org/representatives",
  gender: "",
  offices: [office("constituency", "1 555-555-0199", "1 Main Street\nTestville ON  K1A 0A6")],
  extra: {},
  related: {},
});

const answer = (code, city, province, boundaries, representatives) => ({
  code,
  city,
  province,
  centroid: { type: "Point", coordinates: [-75.6972, 45.4215] },
  boundaries_centroid: boundaries,
  representatives_centroid: representatives,
  boundaries_concordance: [],
  representatives_concordance: [],
});

export const REPRESENT_ANSWERS = {
  // Riding by number (the dated 2013 set's district comes first and must be passed over), MP by name.
  K1A0A6: answer(
    "K1A0A6",
    "Testville",
    "ON",
    [
      federal("99002", "Old Harbour—Bayside", "federal-electoral-districts-2013"),
      federal("99001", "Testville Centre"),
      local("ontario-electoral-districts", "Ontario electoral district", "99", "Testville Centre"),
      local("testville-wards", "Testville ward", "1", "Ward 1 Downtown"),
    ],
    [
      mp("Jane Testmember", "Testville Centre", "Liberal", 9990001, "99001"),
      rep("Robin Mayor", "Mayor", "Testville", "Testville City Council"),
      rep("Alex Mpp", "MPP", "Testville Centre", "Legislative Assembly of Ontario", "Ontario Liberal Party"),
      rep("Casey Councillor", "Councillor", "Ward 1 Downtown", "Testville City Council"),
    ],
  ),
  // Represent knows the district by a number we do not hold: the riding is found by its name.
  H0H0H0: answer(
    "H0H0H0",
    "Montréal-Nord-Essai",
    "QC",
    [federal("99999", "Lac-Essai--Montréal-Nord")],
    [
      mp("Jean Essai", "Lac-Essai--Montréal-Nord", "Bloc Québécois", 9990300, "99999"),
      rep("Marie Députée", "MNA", "Lac-Essai", "Assemblée nationale du Québec", "Coalition Avenir Québec"),
    ],
  ),
  // Represent's MP goes by another first name: the riding's sitting member is the link.
  S4P3Y2: answer("S4P3Y2", "Prairieville", "SK", [federal("99004", "Prairie Test")], [mp("Samuel Prairie", "Prairie Test", "NDP", 9990005, "99004")]),
  // A district we do not hold at all: only the MP's name links to a member.
  A1A1A1: answer("A1A1A1", "Nowhere", "NL", [federal("88888", "Nowhere Bay")], [mp("Pat Switcher", "Nowhere Bay", "Conservative", 9990201, "88888")]),
};

/**
 * Codes for which Represent misbehaves, each in one way an upstream can. `unreachable` throws, so
 * the parliament Worker's fetch fails as it does when Represent cannot be reached at all; only the
 * upstream-breaker test asks for it, in a runtime of its own, since it opens Represent's breaker.
 */
export const FAILING_CODES = { X0X0X0: "503", X1X1X1: "html", X2X2X2: "wrong-shape", X3X3X3: "unreachable" };

const script = `
const ANSWERS = ${JSON.stringify(REPRESENT_ANSWERS)};
const FAILING = ${JSON.stringify(FAILING_CODES)};
export default {
  async fetch(request) {
    const url = new URL(request.url);
    const match = url.pathname.match(/^\\/postcodes\\/([A-Z0-9]+)\\/?$/);
    if (!match) return new Response("Not found", { status: 404 });
    const code = match[1];
    if (FAILING[code] === "unreachable") throw new Error("connect ECONNREFUSED (stand-in for an unreachable Represent)");
    if (FAILING[code] === "503") return new Response("Service Unavailable", { status: 503 });
    if (FAILING[code] === "html") return new Response("<!doctype html><h1>Down for maintenance</h1>", { headers: { "content-type": "text/html" } });
    if (FAILING[code] === "wrong-shape") return Response.json({ objects: [], meta: { total_count: 0 } });
    const body = ANSWERS[code];
    if (!body) return Response.json({ error: "Not found" }, { status: 404 });
    return Response.json(body);
  },
};
`;

/** Miniflare options for the stand-in Worker (an entry of `miniflare.workers`). */
export const representStandIn = {
  name: "represent-stand-in",
  modules: true,
  script,
  compatibilityDate: "2026-04-01",
};
