// Fact: one normalized statement about a round, with its citations; listed per round and across tracks.
import { BadInputError } from '../functions/core/errors.ts';
import { foldForSearch } from '../functions/core/text.ts';
import { FACT_KIND_ORDER, type FactKind } from '../functions/core/types.ts';
import type { FactItem } from '../functions/store/repository.ts';
import { builder, pagedComplexity } from './builder.ts';
import { CitationRef, citationsOf } from './common.ts';
import type { GraphQLContext } from './context.ts';
import { paginate, type PageArgs } from './pagination.ts';
import { RoundRef, decodeRoundId } from './round.ts';

export const FactKindEnum = builder.enumType('FactKind', {
  values: {
    AGREEMENT: { description: 'Both sides agreed on or did something together.' },
    PROPOSAL: { description: 'One side proposed, urged or called for something.' },
    CONCERN: { description: 'One side raised a concern, complaint or demand.' },
    STATEMENT: { description: 'An attributed statement or quote.' },
    NEXT_STEP: { description: 'A planned follow-up: next meeting, work due by then.' },
    CONTEXT: { description: 'Background that frames the round.' },
  } as const,
});

export const FactRef = builder.objectRef<FactItem>('Fact');

const KIND_ORDER = new Map<FactKind, number>(
  FACT_KIND_ORDER.map((k, i) => [k, i]),
);

/** Most widely reported first, then outcomes before background, then by text: a stable order for cursors. */
export const byReach = (a: FactItem, b: FactItem) =>
  b.sourceCount - a.sourceCount ||
  (KIND_ORDER.get(a.kind) ?? 9) - (KIND_ORDER.get(b.kind) ?? 9) ||
  (a.text < b.text ? -1 : a.text > b.text ? 1 : a.id < b.id ? -1 : 1);

/** Newest round first (undated rounds last), then by reach. */
const byRoundThenReach = (a: FactItem, b: FactItem) =>
  (b.roundDate ?? '').localeCompare(a.roundDate ?? '') ||
  a.slug.localeCompare(b.slug) ||
  b.roundNumber - a.roundNumber ||
  byReach(a, b);

export async function factsOfTrack(ctx: GraphQLContext, slug: string): Promise<FactItem[]> {
  return (await ctx.loaders.projection.load(slug)).facts;
}

export interface FactSelection {
  kinds?: readonly FactKind[] | null;
  minSources?: number | null;
  actor?: string | null;
  text?: string | null;
}

export function selectFacts(facts: readonly FactItem[], selection: FactSelection): FactItem[] {
  if (selection.minSources != null && selection.minSources < 0) throw new BadInputError('`minSources` must be zero or more.');
  if (selection.text != null && selection.text.length > 200) throw new BadInputError('`text` must be at most 200 characters.');
  const kinds = selection.kinds?.length ? new Set(selection.kinds) : null;
  const actor = selection.actor ? foldForSearch(selection.actor) : null;
  const words = selection.text ? foldForSearch(selection.text).split(/\s+/).filter(Boolean) : [];
  return facts.filter((fact) => {
    if (kinds && !kinds.has(fact.kind)) return false;
    if (selection.minSources != null && fact.sourceCount < selection.minSources) return false;
    if (actor && !fact.actors.some((a) => foldForSearch(a).includes(actor))) return false;
    if (words.length) {
      const text = foldForSearch(fact.text);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

export const FactConnectionRef = builder.connectionObject({
  type: FactRef,
  name: 'FactConnection',
  fields: (t) => ({
    totalCount: t.int({
      description: 'Facts matching the arguments, across all pages.',
      resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
    }),
  }),
});

export function factConnection(args: PageArgs, facts: FactItem[]) {
  return { ...paginate(args, facts), totalCount: facts.length };
}

builder.node(FactRef, {
  id: { resolve: (f) => `${f.slug}:${f.roundNumber}:${f.id}` },
  loadOne: async (id, ctx) => {
    const [slug, round, factId] = id.split(':');
    if (!slug || !round || !factId) return null;
    return (await factsOfTrack(ctx, slug)).find((f) => f.roundNumber === Number(round) && f.id === factId) ?? null;
  },
  fields: (t) => ({
    round: t.field({
      type: RoundRef,
      nullable: true,
      resolve: async (f, _args, ctx) =>
        (await ctx.loaders.projection.load(f.slug)).rounds.find((r) => r.number === f.roundNumber) ?? null,
    }),
    kind: t.field({ type: FactKindEnum, resolve: (f) => f.kind }),
    text: t.exposeString('text', { description: 'One normalized sentence.' }),
    actors: t.exposeStringList('actors', { description: 'Parties or people the fact is about.' }),
    citations: t.field({ type: [CitationRef], resolve: (f) => citationsOf(f.slug, f) }),
    sourceCount: t.exposeInt('sourceCount', {
      description: "Distinct outlets that reported it; a repost of another outlet's article does not count again.",
    }),
  }),
});

const FactFilter = builder.inputType('FactFilter', {
  fields: (t) => ({
    track: t.string({ description: 'Track slug.' }),
    round: t.id(),
    kinds: t.field({ type: [FactKindEnum] }),
    actor: t.string({ description: 'Party or person name.' }),
    minSources: t.int(),
    text: t.string({ description: "Case-insensitive words that must all appear in the fact's text." }),
  }),
});

builder.queryField('facts', (t) =>
  t.connection(
    {
      type: FactRef,
      complexity: pagedComplexity,
      description: 'Facts across rounds and tracks, newest round first.',
      args: { filter: t.arg({ type: FactFilter }) },
      resolve: async (_root, args, ctx) => {
        const filter = args.filter ?? {};
        let facts: FactItem[];
        if (filter.round) {
          const { slug, number } = decodeRoundId(String(filter.round));
          facts = (await factsOfTrack(ctx, slug)).filter((f) => f.roundNumber === number);
        } else if (filter.track) {
          facts = await factsOfTrack(ctx, filter.track);
        } else {
          // Across tracks: one projection Query per track, through the same loader the rounds use.
          const slugs = await ctx.repo.listTrackSlugs();
          facts = (await ctx.loaders.projection.loadMany(slugs)).flatMap((p) => (p instanceof Error ? [] : p.facts));
        }
        if (filter.track) facts = facts.filter((f) => f.slug === filter.track);
        return factConnection(args, selectFacts(facts, filter).sort(byRoundThenReach));
      },
    },
    FactConnectionRef,
  ),
);
