// The ETL's own configuration and SQL, for the Node side of the benchmark: which sources exist,
// the table specs sittings load with, and the upsert statements the ETL writes them with.
// Bundled by etl-bundle.mjs.
export { SOURCES } from "../../workers/etl/src/sources.ts";
export { BALLOTS, DIVISIONS } from "../../workers/etl/src/load/hansard-divisions.ts";
export { singleRowUpsertSql } from "../../workers/etl/src/load/upsert.ts";
