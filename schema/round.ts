// Round: one meeting of a track, held or planned, with its normalized facts and the disagreements between outlets.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { BadInputError } from '../functions/core/errors.ts';
import type { RoundItem, SourceItem } from '../functions/store/repository.ts';
import { builder, pagedComplexity } from './builder.ts';
import { ConflictRef, DelegationRef, DurationRef, ReportedValueRef, reportedValues } from './common.ts';
import { FactConnectionRef, FactKindEnum, FactRef, byReach, factConnection, factsOfTrack, selectFacts } from './fact.ts';
import { SourceRef } from './source.ts';
import { TrackRef } from './track.ts';

export const RoundRef = builder.objectRef<RoundItem>('Round');

export const RoundStatusEnum = builder.enumType('RoundStatus', { values: ['HELD', 'PLANNED'] as const });

/** Accepts a Round's global id; says clearly when it is something else. */
export function decodeRoundId(globalId: string): { slug: string; number: number } {
  let decoded: { typename: string; id: string } | null = null;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = null;
  }
  const [slug, number] = decoded?.typename === 'Round' ? decoded.id.split(':') : [];
  if (!slug || !number || !/^\d+$/.test(number)) {
    throw new BadInputError('`round` must be the id of a Round, as returned in Round.id.');
  }
  return { slug, number: Number(number) };
}

export const roundPath = (round: Pick<RoundItem, 'slug' | 'number'>) => `/briefings/${round.slug}/${round.number}.pdf`;

builder.node(RoundRef, {
  id: { resolve: (r) => `${r.slug}:${r.number}` },
  loadOne: async (id, ctx) => {
    const [slug, number] = id.split(':');
    if (!slug || !number) return null;
    return (await ctx.loaders.projection.load(slug)).rounds.find((r) => r.number === Number(number)) ?? null;
  },
  fields: (t) => ({
    track: t.field({ type: TrackRef, resolve: async (r, _args, ctx) => (await ctx.loaders.track.load(r.slug))! }),
    number: t.exposeInt('number', { description: '1 for the first round of the track, 2 for the second, ...' }),
    status: t.field({ type: RoundStatusEnum, resolve: (r) => r.status }),
    date: t.expose('date', { type: 'Date', nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    venue: t.exposeString('venue', { nullable: true }),
    duration: t.field({
      type: DurationRef,
      nullable: true,
      resolve: (r) => (r.duration ? { ...r.duration, slug: r.slug } : null),
    }),
    dateReports: t.field({
      type: [ReportedValueRef],
      description: 'Every date reported for this round, with its sources.',
      resolve: (r) => reportedValues(r.slug, r.reports.date),
    }),
    cityReports: t.field({
      type: [ReportedValueRef],
      description: 'Every city reported for this round, with its sources.',
      resolve: (r) => reportedValues(r.slug, r.reports.city),
    }),
    venueReports: t.field({
      type: [ReportedValueRef],
      description: 'Every venue reported for this round, with its sources.',
      resolve: (r) => reportedValues(r.slug, r.reports.venue),
    }),
    delegations: t.field({
      type: [DelegationRef],
      resolve: (r) => r.delegations.map((d) => ({ ...d, slug: r.slug })),
    }),
    facts: t.connection(
      {
        type: FactRef,
        complexity: pagedComplexity,
        description: 'Facts of this round, most widely reported first.',
        args: { kinds: t.arg({ type: [FactKindEnum] }), minSources: t.arg.int() },
        resolve: async (r, args, ctx) => {
          const facts = (await factsOfTrack(ctx, r.slug)).filter((f) => f.roundNumber === r.number);
          return factConnection(args, selectFacts(facts, args).sort(byReach));
        },
      },
      FactConnectionRef,
    ),
    conflicts: t.field({
      type: [ConflictRef],
      description: 'Fields on which the sources disagree.',
      resolve: (r) => r.conflicts.map((c) => ({ ...c, slug: r.slug })),
    }),
    sources: t.field({
      type: [SourceRef],
      resolve: async (r, _args, ctx) =>
        (await ctx.loaders.source.loadMany(r.sourceIds)).filter((s): s is SourceItem => s !== null && !(s instanceof Error)),
    }),
    briefingUrl: t.string({
      description: "Absolute URL of this round's one-page PDF briefing.",
      resolve: (r, _args, ctx) => `${ctx.baseUrl}${roundPath(r)}`,
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
