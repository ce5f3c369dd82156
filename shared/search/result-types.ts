/** What a search finds, in the order types rank among equals. Free of imports, so the web app shares it. */
export const RESULT_TYPES = ["statement", "bill", "member", "committee", "representative"] as const;
export type ResultType = (typeof RESULT_TYPES)[number];
