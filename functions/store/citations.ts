// Citations as stored: each quote once per track, items holding short references, a bounded number per value.
import { createHash } from 'node:crypto';
import type { CitationRef } from '../core/types.ts';

/** Citations kept per value (a fact, a reported date, a delegation...): every outlet first, then the rest. */
export const MAX_STORED_CITATIONS = 200;

/**
 * Serialized size an item may reach, well under DynamoDB's 400 KB: a round reported in many different ways (dozens
 * of phrasings of its duration, each also listed in a conflict) keeps fewer citations per value until it fits.
 */
export const ITEM_BUDGET_BYTES = 200_000;
/** [citations per value, values per list]: values are trimmed (least cited first) only once citations cannot shrink. */
const FALLBACK_CAPS: [number, number][] = [
  [MAX_STORED_CITATIONS, Infinity], [100, Infinity], [50, Infinity], [20, Infinity], [10, Infinity],
  [5, Infinity], [3, Infinity], [1, Infinity], [1, 200], [1, 50], [1, 10],
];

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
export function capCitations(citations: readonly CitationRef[], cap = MAX_STORED_CITATIONS): CitationRef[] {
  if (citations.length <= cap) return [...citations];
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
  return [...firsts, ...rest].slice(0, cap);
}

type Mapper = (citations: unknown[]) => unknown[];

const isCitedValue = (v: unknown): v is { text: string; citations: unknown[] } =>
  !!v && typeof v === 'object' && Array.isArray((v as { citations?: unknown }).citations) && typeof (v as { text?: unknown }).text === 'string';

/** Keeps the `max` most cited entries of every list of reported values (stable: then by text). */
function trimValueLists<T>(value: T, max: number): T {
  if (max === Infinity) return value;
  if (Array.isArray(value)) {
    const items = value.map((v) => trimValueLists(v, max));
    if (items.length <= max || !items.every(isCitedValue)) return items as T;
    return [...items]
      .sort((a, b) => b.citations.length - a.citations.length || a.text.localeCompare(b.text))
      .slice(0, max) as T;
  }
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, trimValueLists(v, max)])) as T;
}

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

/**
 * Caps every citation list and swaps quotes for keys, collecting the quotes into `quotes`; the cap per value
 * shrinks until the item fits ITEM_BUDGET_BYTES.
 */
export function compactCitations<T>(value: T, quotes: Map<string, string>): T {
  for (const [cap, maxValues] of FALLBACK_CAPS) {
    const used = new Map<string, string>();
    const compacted = mapCitations(trimValueLists(value, maxValues), (citations) =>
      capCitations(citations as CitationRef[], cap).map((c): StoredCitation => {
        const q = quoteKey(c.quote);
        used.set(q, c.quote);
        return { a: c.articleId, s: c.sourceId, q };
      }),
    );
    if (maxValues === 10 || Buffer.byteLength(JSON.stringify(compacted)) <= ITEM_BUDGET_BYTES) {
      for (const [key, quote] of used) quotes.set(key, quote);
      return compacted;
    }
  }
  throw new Error('unreachable: the last cap always returns');
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
