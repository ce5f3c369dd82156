import type { ChartKind } from "../kind";
import { billsByStage } from "./bills-by-stage";
import { memberActivity } from "./member-activity";
import { mentionsOverTime } from "./mentions-over-time";
import { partyCohesion } from "./party-cohesion";
import { voteByParty } from "./vote-by-party";

/** Every chart kind, in the order the API documents them. */
export const KINDS = [voteByParty, billsByStage, memberActivity, partyCohesion, mentionsOverTime] as const;

export type KindName = (typeof KINDS)[number]["kind"];
export const KIND_NAMES = KINDS.map((k) => k.kind) as [KindName, ...KindName[]];

/** The kinds by name; their parameter and data types differ, so callers see the common shape. */
export const KIND_BY_NAME: ReadonlyMap<string, ChartKind> = new Map(KINDS.map((k) => [k.kind, k as unknown as ChartKind]));
