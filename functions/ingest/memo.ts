// Per-article memos. Several steps ask the same question of one clause (its party mentions, its verb); the answers are kept
// while one article is extracted and dropped before the next, so each article pays for its own work — a run that repeats
// an article (the bench) measures what a new one costs.
const MEMOS: Array<Map<string, unknown>> = [];
// A bound for callers outside an extraction (merging asks about parties too), which never start an article.
const MAX_ENTRIES = 2_000;

export interface ArticleMemo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

export function articleMemo<V>(): ArticleMemo<V> {
  const map = new Map<string, V>();
  MEMOS.push(map as Map<string, unknown>);
  return {
    get: (key) => map.get(key),
    set: (key, value) => {
      if (map.size >= MAX_ENTRIES) map.clear();
      map.set(key, value);
    },
  };
}

/** Forgets every memo: called when the extraction of a new article starts. */
export function startArticle(): void {
  for (const map of MEMOS) map.clear();
}
