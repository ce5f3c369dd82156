import { z } from "zod";
import { type ParseResult, type RawSource, type Reject, SourceParseError, readJsonArray, validate } from "./common";

/**
 * openparliament.ca ships its core tables as Django fixtures: a JSON array of
 * `{ model, pk, fields }`. One file may hold several models (politicians.json holds
 * `core.politician`, `core.politicianinfo` and `core.electedmember`).
 */

export interface FixtureRow {
  index: number;
  model: string;
  pk: number | string;
  fields: Record<string, unknown>;
  /** `core.session:40-3`: pks repeat across models in one file, so the model qualifies them. */
  sourceId: string;
}

const Row = z.object({
  model: z.string(),
  pk: z.union([z.number().int(), z.string().min(1)]),
  fields: z.record(z.string(), z.unknown()),
});

/** A fixture's rows of the expected models; a file with none of them is not that fixture at all. */
export function readFixture(raw: RawSource, models: readonly string[], what: string): ParseResult<FixtureRow[]> {
  const items = readJsonArray(raw, `${what} (a Django fixture)`);
  const records: FixtureRow[] = [];
  const rejects: Reject[] = [];
  items.forEach((item, index) => {
    const row = validate(Row, item);
    if (!row.ok) {
      rejects.push({ index, sourceId: sourceIdOf(item), reason: `not a fixture row: ${row.reason}` });
    } else if (!models.includes(row.value.model)) {
      rejects.push({ index, sourceId: sourceIdOf(item), reason: `unexpected model ${row.value.model} in ${what}` });
    } else {
      records.push({ index, ...row.value, sourceId: `${row.value.model}:${row.value.pk}` });
    }
  });
  if (records.length === 0) {
    throw new SourceParseError(`no ${models.join(" / ")} rows: this is not ${what}`);
  }
  return { records, rejects };
}

function sourceIdOf(item: unknown): string | null {
  if (typeof item !== "object" || item === null) return null;
  const { model, pk } = item as { model?: unknown; pk?: unknown };
  if (typeof pk !== "string" && typeof pk !== "number") return null;
  return typeof model === "string" ? `${model}:${pk}` : String(pk);
}

/** A field that is either absent, `null` or `""` in the fixture means "not known". */
export const blankToNull = (value: string | null | undefined): string | null => (value === undefined || value === null || value.trim() === "" ? null : value);
