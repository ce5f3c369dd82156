// The search service's own keyword path, for the Node side of the search-latency benchmark: the
// baseline calls these functions against better-sqlite3, so it runs the SQL the Worker runs
// rather than a copy that could drift from it. Bundled by search-bundle.mjs; a rename in the
// service breaks this build loudly.
export { parseQuery } from "../../workers/search/src/query.ts";
export { readHits } from "../../workers/search/src/hits.ts";
export { hydrate } from "../../workers/search/src/hydrate.ts";
export { RESULT_TYPES } from "../../workers/search/src/indexes.ts";
