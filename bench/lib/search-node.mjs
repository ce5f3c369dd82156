// The search service's own keyword path, for the Node side of the search-latency benchmark: the
// baseline calls these functions against better-sqlite3, so it runs the SQL the Worker runs
// rather than a copy that could drift from it. Bundled by search-bundle.mjs; a rename in the
// service breaks this build loudly.
export { search } from "../../workers/search/src/search.ts";
export { RESULT_TYPES } from "../../workers/search/src/indexes.ts";
