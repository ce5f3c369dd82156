// The query mix: what people type into a parliamentary search box, each kind of the grammar
// once, with and without the filters that narrow a search. Fixed, so runs compare.

/** @param {{ session: string, party: string }} f filter values that exist in the loaded data */
export function queryMix(f) {
  const years = { date_from: "2015-01-01", date_to: "2019-12-31" };
  return [
    { name: "word", params: { q: "government" } },
    { name: "rare word", params: { q: "pharmacare" } },
    { name: "two words", params: { q: "carbon tax" } },
    { name: "phrase", params: { q: '"climate change"' } },
    { name: "exclusion", params: { q: "budget -deficit" } },
    { name: "OR", params: { q: "housing OR logement" } },
    { name: "accent-folded", params: { q: "economie" } },
    { name: "word + session", params: { q: "government", session: f.session } },
    { name: "two words + party", params: { q: "carbon tax", party: f.party } },
    { name: "phrase + dates", params: { q: '"climate change"', ...years } },
    { name: "accent-folded + session", params: { q: "economie", session: f.session } },
    { name: "exclusion + party + dates", params: { q: "budget -deficit", party: f.party, ...years } },
  ];
}

/** The request as the search service reads it (routes/search.ts), with its defaults. */
export function requestOf(params, RESULT_TYPES) {
  return {
    q: params.q,
    filters: {
      types: [...RESULT_TYPES],
      session: params.session,
      party: params.party,
      member: params.member,
      dateFrom: params.date_from,
      dateTo: params.date_to,
      lang: params.lang,
    },
    sort: "relevance",
    limit: 20,
  };
}

export const pathOf = (params) => `/api/v1/search?${new URLSearchParams(params)}`;
