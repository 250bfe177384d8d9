// Citations as stored: each quote once per track, items holding short references, a bounded number per value.
import { createHash } from 'node:crypto';
import type { CitationRef } from '../core/types.ts';

/** Citations kept per value (a fact, a reported date, a delegation...): every outlet first, then the rest. */
export const MAX_STORED_CITATIONS = 200;

/** A citation inside an item: article id, source id and the key of the quote item holding the sentence. */
export interface StoredCitation {
  a: string;
  s: string;
  q: string;
}

export const quoteKey = (quote: string) => createHash('sha256').update(quote).digest('base64url').slice(0, 16);

/**
 * Keeps at most MAX_STORED_CITATIONS, deterministically: one per source first (so every outlet stays traceable),
 * then the others, each group in a stable order. Counts such as sourceCount are computed before this.
 */
export function capCitations(citations: readonly CitationRef[]): CitationRef[] {
  if (citations.length <= MAX_STORED_CITATIONS) return [...citations];
  const order = (a: CitationRef, b: CitationRef) =>
    a.sourceId.localeCompare(b.sourceId) || a.articleId.localeCompare(b.articleId) || a.quote.localeCompare(b.quote);
  const sorted = [...citations].sort(order);
  const seen = new Set<string>();
  const firsts: CitationRef[] = [];
  const rest: CitationRef[] = [];
  for (const citation of sorted) {
    if (seen.has(citation.sourceId)) rest.push(citation);
    else {
      seen.add(citation.sourceId);
      firsts.push(citation);
    }
  }
  return [...firsts, ...rest].slice(0, MAX_STORED_CITATIONS);
}

type Mapper = (citations: unknown[]) => unknown[];

/** Rebuilds `value` with every array under a `citations` key passed through `map`. */
function mapCitations<T>(value: T, map: Mapper): T {
  if (Array.isArray(value)) return value.map((v) => mapCitations(v, map)) as T;
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    out[key] = key === 'citations' && Array.isArray(inner) ? map(inner) : mapCitations(inner, map);
  }
  return out as T;
}

/** Caps every citation list and swaps quotes for keys, collecting the quotes into `quotes`. */
export function compactCitations<T>(value: T, quotes: Map<string, string>): T {
  return mapCitations(value, (citations) =>
    capCitations(citations as CitationRef[]).map((c): StoredCitation => {
      const q = quoteKey(c.quote);
      quotes.set(q, c.quote);
      return { a: c.articleId, s: c.sourceId, q };
    }),
  );
}

/** Caps every citation list, keeping quotes inline (for items stored outside the track's partition). */
export function capAllCitations<T>(value: T): T {
  return mapCitations(value, (citations) => capCitations(citations as CitationRef[]));
}

/** Turns stored references back into citations with their verbatim quotes. */
export function expandCitations<T>(value: T, quotes: ReadonlyMap<string, string>): T {
  return mapCitations(value, (citations) =>
    (citations as StoredCitation[]).map((c): CitationRef => ({ articleId: c.a, sourceId: c.s, quote: quotes.get(c.q) ?? '' })),
  );
}
