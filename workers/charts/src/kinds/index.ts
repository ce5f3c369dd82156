import type { ChartKind } from "../kind";
import { billsByStage } from "./bills-by-stage";
import { memberActivity } from "./member-activity";
import { mentionsOverTime } from "./mentions-over-time";
import { partyCohesion } from "./party-cohesion";
import { voteByParty } from "./vote-by-party";

/** Every chart kind, in the order the API documents them. */
export const KINDS = [voteByParty, billsByStage, memberActivity, partyCohesion, mentionsOverTime] as const;

export type KindName = (typeof KINDS)[number]["kind"];
export const KIND_NAMES = nonEmpty(KINDS.map((k) => k.kind));

/** The kinds by name; their parameter and data types differ, so callers see the common shape. */
export const KIND_BY_NAME: ReadonlyMap<string, ChartKind> = new Map<string, ChartKind>(KINDS.map((k) => [k.kind, k]));

/** A list as a non-empty tuple, for the schemas that need at least one member (`z.enum`, unions); it is never empty. */
export function nonEmpty<T>(items: readonly T[]): [T, ...T[]] {
  const [first, ...rest] = items;
  if (first === undefined) throw new Error("an empty list where at least one item is needed");
  return [first, ...rest];
}
