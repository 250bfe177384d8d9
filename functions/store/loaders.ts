// Per-request DataLoaders: every resolver reads through these, so a query costs a fixed number of round trips.
import DataLoader from 'dataloader';
import type { CitationRef, PersonTitleView } from '../core/types.ts';
import type { ArticleItem, PersonItem, Repository, SourceItem, TrackItem, TrackProjectionItems } from './repository.ts';

/** A person across every track they appear in. */
export interface PersonShape {
  id: string;
  name: string;
  aliases: string[];
  titles: (PersonTitleView & { slug: string })[];
  rounds: { slug: string; number: number }[];
}

export interface SlugCitation extends CitationRef {
  slug: string;
}

function mergePersonParts(parts: PersonItem[]): PersonShape | null {
  const sorted = [...parts].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const first = sorted[0];
  if (!first) return null;
  // The canonical name is the one most tracks use; aliases gather every other spelling seen anywhere.
  const votes = new Map<string, number>();
  for (const part of sorted) votes.set(part.name, (votes.get(part.name) ?? 0) + 1);
  const name = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const aliases = new Set<string>();
  for (const part of sorted) {
    if (part.name !== name) aliases.add(part.name);
    for (const alias of part.aliases) if (alias !== name) aliases.add(alias);
  }
  return {
    id: first.id,
    name,
    aliases: [...aliases].sort(),
    titles: sorted.flatMap((part) => part.titles.map((title) => ({ ...title, slug: part.slug }))),
    rounds: sorted.flatMap((part) => part.roundNumbers.map((number) => ({ slug: part.slug, number }))),
  };
}

export function createLoaders(repo: Repository) {
  const byKey = <T, K>(items: T[], keyOf: (item: T) => K) => new Map(items.map((item) => [keyOf(item), item]));
  let peopleIndex: Promise<Map<string, PersonShape>> | null = null;
  const loaders = {
    track: new DataLoader<string, TrackItem | null>(async (slugs) => {
      const found = byKey(await repo.getTracks(slugs), (t) => t.slug);
      return slugs.map((slug) => found.get(slug) ?? null);
    }),
    projection: new DataLoader<string, TrackProjectionItems>(async (slugs) =>
      Promise.all(slugs.map((slug) => repo.getTrackProjection(slug))),
    ),
    article: new DataLoader<string, ArticleItem | null>(async (refs) => {
      const parsed = refs.map((ref) => {
        const [slug, id] = ref.split('|') as [string, string];
        return { slug, id };
      });
      const found = byKey(await repo.getArticles(parsed), (a) => `${a.slug}|${a.id}`);
      return refs.map((ref) => found.get(ref) ?? null);
    }),
    source: new DataLoader<string, SourceItem | null>(async (ids) => {
      const found = byKey(await repo.getSources(ids), (s) => s.id);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Everyone, read once per request: people are few next to facts, and one Query beats one per delegation. */
    people(): Promise<Map<string, PersonShape>> {
      peopleIndex ??= repo.listPeopleParts().then((parts) => {
        const groups = new Map<string, PersonItem[]>();
        for (const part of parts) groups.set(part.id, [...(groups.get(part.id) ?? []), part]);
        const index = new Map<string, PersonShape>();
        for (const [id, group] of groups) {
          const person = mergePersonParts(group);
          if (person) index.set(id, person);
        }
        return index;
      });
      return peopleIndex;
    },
    clearAll() {
      loaders.track.clearAll();
      loaders.projection.clearAll();
      loaders.article.clearAll();
      loaders.source.clearAll();
      peopleIndex = null;
    },
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
