// Detects reposts and near-copies of an earlier article (word shingles) and exact re-ingestion (content hash).
import { createHash } from 'node:crypto';

const SHINGLE_WORDS = 5;
// Share of the smaller text's shingles found in the other: reposts with junk added stay high; rewrites of the same event stay low.
const CONTAINMENT_THRESHOLD = 0.6;
const JACCARD_THRESHOLD = 0.5;
const MIN_SHINGLES = 8;

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/** Overlapping word n-grams of a text. */
export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const tokens = words(text);
  const result = new Set<string>();
  for (let i = 0; i + size <= tokens.length; i += 1) result.add(tokens.slice(i, i + size).join(' '));
  if (tokens.length > 0 && tokens.length < size) result.add(tokens.join(' '));
  return result;
}

export interface Similarity {
  containment: number;
  jaccard: number;
}

export function similarity<T>(a: Set<T>, b: Set<T>): Similarity {
  if (a.size === 0 || b.size === 0) return { containment: 0, jaccard: 0 };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return { containment: shared / small.size, jaccard: shared / (a.size + b.size - shared) };
}

/** 32-bit FNV-1a: shingles as numbers take a fraction of the memory, and collisions are too rare to move a ratio. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Hashed shingles, remembered per text for the life of the process: every ingestion into a track compares the new
 * article with all earlier ones, whose texts never change. Bounded, oldest forgotten first.
 */
const shingleMemo = new Map<string, Set<number>>();
const SHINGLE_MEMO_ENTRIES = 5_000;
function hashedShingles(text: string): Set<number> {
  let set = shingleMemo.get(text);
  if (!set) {
    set = new Set([...shingles(text)].map(fnv1a));
    shingleMemo.set(text, set);
    if (shingleMemo.size > SHINGLE_MEMO_ENTRIES) shingleMemo.delete(shingleMemo.keys().next().value!);
  }
  return set;
}

export interface EarlierArticle {
  id: string;
  text: string;
}

/**
 * Earlier articles, shingled once, with an inverted index from shingle to article: finding the twin of a new text
 * compares it only with articles that share a shingle, so filing many articles costs far less than all pairs.
 */
export class DuplicateIndex {
  private readonly shinglesById = new Map<string, Set<number>>();
  private readonly idsByShingle = new Map<number, Set<string>>();

  constructor(earlier: Iterable<EarlierArticle> = []) {
    for (const article of earlier) this.add(article.id, article.text);
  }

  add(id: string, text: string): void {
    const set = hashedShingles(text);
    this.shinglesById.set(id, set);
    for (const shingle of set) {
      const ids = this.idsByShingle.get(shingle);
      if (ids) ids.add(id);
      else this.idsByShingle.set(shingle, new Set([id]));
    }
  }

  remove(id: string): void {
    for (const shingle of this.shinglesById.get(id) ?? []) this.idsByShingle.get(shingle)?.delete(id);
    this.shinglesById.delete(id);
  }

  /** The id of the earlier article this text repeats (repost, syndication, light edit), or null. */
  find(text: string): string | null {
    const mine = hashedShingles(text);
    if (mine.size === 0) return null;
    const candidates = new Set<string>();
    for (const shingle of mine) for (const id of this.idsByShingle.get(shingle) ?? []) candidates.add(id);
    let best: { id: string; score: number } | null = null;
    for (const id of [...candidates].sort()) {
      const theirs = this.shinglesById.get(id)!;
      if (Math.min(mine.size, theirs.size) < Math.min(MIN_SHINGLES, mine.size)) continue;
      const { containment, jaccard } = similarity(mine, theirs);
      if (containment < CONTAINMENT_THRESHOLD && jaccard < JACCARD_THRESHOLD) continue;
      const score = containment + jaccard;
      if (!best || score > best.score) best = { id, score };
    }
    return best?.id ?? null;
  }
}

/** The id of the earlier article this text repeats (repost, syndication, light edit), or null. */
export function findDuplicate(text: string, earlier: EarlierArticle[]): string | null {
  return new DuplicateIndex(earlier).find(text);
}

/** sha256 hex of the whitespace-normalized text, for exact re-ingestion. */
export function contentHash(text: string): string {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalized, 'utf8').digest('hex');
}
