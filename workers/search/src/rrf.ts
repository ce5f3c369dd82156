/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): each ranking gives a result
 * 1 / (k + rank), ranks from 1, and the fused score is the sum. Only ranks are used, so bm25
 * scores and cosine similarities never have to be put on one scale. k = 60 is the paper's value:
 * it keeps one list's top result from outweighing agreement between lists.
 */

export const RRF_K = 60;

export interface Fused<K> {
  key: K;
  score: number;
  /** The result's rank (from 1) in each input list, or null where it is absent. */
  ranks: (number | null)[];
}

/**
 * Fuses rankings of keys (each best first, keys compared with `===`). Ties in fused score keep
 * the order of the earlier lists, then first appearance, so the fusion is deterministic.
 */
export function reciprocalRankFusion<K>(lists: readonly (readonly K[])[], k = RRF_K): Fused<K>[] {
  const fused = new Map<K, Fused<K> & { first: number }>();
  let seen = 0;
  lists.forEach((list, which) => {
    list.forEach((key, index) => {
      let entry = fused.get(key);
      if (!entry) {
        entry = { key, score: 0, ranks: lists.map(() => null), first: seen++ };
        fused.set(key, entry);
      }
      // A key listed twice in one ranking counts at its best rank only.
      if (entry.ranks[which] !== null) return;
      entry.ranks[which] = index + 1;
      entry.score += 1 / (k + index + 1);
    });
  });
  return [...fused.values()]
    .sort((a, b) => b.score - a.score || tieBreak(a.ranks, b.ranks) || a.first - b.first)
    .map(({ key, score, ranks }) => ({ key, score, ranks }));
}

function tieBreak(a: (number | null)[], b: (number | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? Infinity;
    const y = b[i] ?? Infinity;
    if (x !== y) return x - y;
  }
  return 0;
}
