// Writes a track's merged projection as items: only what changed, new facts before the rounds that list them.
import type { TrackProjection } from '../core/types.ts';
import { batchGetAll, batchWriteAll, type Db, type Item, type WriteOp } from './dynamo.ts';
import { keys, trackPk } from './keys.ts';
import { capAllCitations, compactCitations } from './citations.ts';
import { stripKeys, type FactItem, type PersonItem, type Repository, type RoundItem, type StoredProjectionItems } from './repository.ts';
import { foldForSearch } from '../core/text.ts';

export interface ProjectionItems {
  rounds: (RoundItem & Item)[];
  facts: (FactItem & Item)[];
  people: (PersonItem & Item)[];
  quotes: ({ text: string } & Item)[];
  /** Quote key → sentence, for turning the items' references back into citations. */
  quoteTexts: Map<string, string>;
}

/**
 * The items that represent a projection: one per round, fact and person, and one per distinct quote. Rounds and
 * facts reference quotes by key, so an item's size stays bounded however widely a round is covered.
 */
export function projectionToItems(slug: string, projection: TrackProjection): ProjectionItems {
  const quotes = new Map<string, string>();
  const rounds: (RoundItem & Item)[] = [];
  const facts: (FactItem & Item)[] = [];
  for (const round of projection.rounds) {
    const { facts: roundFacts, ...rest } = round;
    rounds.push({ ...keys.round(slug, round.number), slug, ...compactCitations(rest, quotes), factCount: roundFacts.length });
    for (const fact of roundFacts) {
      facts.push({
        ...keys.fact(slug, round.number, fact.id),
        slug,
        roundNumber: round.number,
        roundDate: round.date,
        ...compactCitations(fact, quotes),
      });
    }
  }
  // People live outside the track's partition, so their few title citations keep their quotes inline.
  const people = projection.people.map((person) => ({
    ...keys.person(person.id, slug, foldForSearch(person.name)),
    slug,
    ...capAllCitations(person),
  }));
  const quoteItems = [...quotes].map(([key, text]) => ({ ...keys.quote(slug, key), text }));
  return { rounds, facts, people, quotes: quoteItems, quoteTexts: quotes };
}

/** Stable serialization for comparing an item with its stored version (attribute order does not matter). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const keyOf = (item: { pk: string; sk: string }) => `${item.pk}\u0000${item.sk}`;

export interface StoredProjection extends StoredProjectionItems {
  people: PersonItem[];
}

/** Reads what is stored for a track now: rounds and facts (one Query) and its people (BatchGetItem). */
export async function readStoredProjection(repo: Repository, slug: string, personIds: string[]): Promise<StoredProjection> {
  const [projection, people] = await Promise.all([
    repo.getProjectionItems(slug),
    batchGetAll(repo.db, personIds.map((id) => ({ pk: `PERSON#${id}`, sk: trackPk(slug) }))),
  ]);
  return { ...projection, people: people.map((item) => stripKeys<PersonItem>(item)) };
}

/**
 * Writes the difference between the stored projection and the new one. Puts go first (quotes, facts and people,
 * then rounds), deletes last, so a reader never meets a round whose facts are gone; a crash part-way leaves a state
 * that the next ingestion of the track (or a retry) converges from.
 */
export async function writeProjection(db: Db, slug: string, stored: StoredProjection, next: ProjectionItems): Promise<number> {
  const storedItems = new Map<string, string>();
  const withKeys = (items: Item[]) => items as (Item & { pk: string; sk: string })[];
  for (const fact of stored.facts) storedItems.set(keyOf(keys.factKey(slug, fact.roundNumber, fact.id)), canonicalJson(fact));
  for (const round of stored.rounds) storedItems.set(keyOf(keys.round(slug, round.number)), canonicalJson(round));
  for (const person of stored.people) storedItems.set(keyOf({ pk: `PERSON#${person.id}`, sk: trackPk(slug) }), canonicalJson(person));
  for (const [key, text] of stored.quotes) storedItems.set(keyOf(keys.quote(slug, key)), canonicalJson({ text }));

  const nextKeys = new Set<string>();
  const changed = (item: Item & { pk: string; sk: string }) => {
    const key = keyOf(item);
    nextKeys.add(key);
    const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, ...attributes } = item;
    return storedItems.get(key) !== canonicalJson(attributes);
  };
  const puts = (items: Item[]): WriteOp[] => withKeys(items).filter(changed).map((item) => ({ put: item }));
  // Quotes before the facts that cite them, facts and people before the rounds that point at them.
  const first = [...puts(next.quotes), ...puts(next.facts), ...puts(next.people)];
  const second = puts(next.rounds);
  const deletes: WriteOp[] = [...storedItems.keys()]
    .filter((key) => !nextKeys.has(key))
    .map((key) => {
      const [pk, sk] = key.split('\u0000') as [string, string];
      return { delete: { pk, sk } };
    });
  await batchWriteAll(db, first);
  await batchWriteAll(db, second);
  await batchWriteAll(db, deletes);
  return first.length + second.length + deletes.length;
}
