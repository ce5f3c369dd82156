/**
 * Monthly series: counts grouped by `YYYY-MM` in SQL come back only for months that have any,
 * but a time axis must show the quiet months as zeros, or a gap of years would look like none.
 */

/** `2014-06` → `2014-07`; December rolls over into the next year. */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(year + 1).padStart(4, "0")}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * Every month from the first to the last that `counts` holds, each with its counts or zeros.
 * `counts` maps a month to its values; an empty map gives an empty series.
 */
export function monthlySeries<K extends string>(counts: Map<string, Record<K, number>>, keys: readonly K[]): ({ month: string } & Record<K, number>)[] {
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return [];
  const zero = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const series: ({ month: string } & Record<K, number>)[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    series.push({ month, ...zero, ...counts.get(month) });
  }
  return series;
}
