// Value types shared by rounds, people and facts: citations, reported values, durations, delegations, conflicts.
import type { ConflictView, DelegationView, DurationView, PersonTitleView, ReportedValue } from '../functions/core/types.ts';
import { headEvidenceOf } from '../functions/core/types.ts';
import type { SlugCitation } from '../functions/store/loaders.ts';
import { builder } from './builder.ts';
import { ArticleRef } from './article.ts';
import { PersonRef } from './person.ts';
import { SourceRef } from './source.ts';

/** Values carry their track's slug so citations can load their article. */
type InTrack<T> = T & { slug: string };
const withSlug = <T extends object>(slug: string, items: T[]) => items.map((item) => ({ ...item, slug }));
export const citationsOf = (slug: string, value: { citations: SlugCitation[] | Omit<SlugCitation, 'slug'>[] }) =>
  withSlug(slug, value.citations as Omit<SlugCitation, 'slug'>[]);

export const CitationRef = builder.objectRef<SlugCitation>('Citation').implement({
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      resolve: async (c, _args, ctx) => {
        const article = await ctx.loaders.article.load(`${c.slug}|${c.articleId}`);
        if (!article) throw new Error(`Citation points at missing article ${c.articleId}`);
        return article;
      },
    }),
    source: t.field({
      type: SourceRef,
      resolve: async (c, _args, ctx) => {
        const source = await ctx.loaders.source.load(c.sourceId);
        if (!source) throw new Error(`Citation points at missing source ${c.sourceId}`);
        return source;
      },
    }),
    quote: t.exposeString('quote', { description: 'The supporting sentence, verbatim from the cleaned article.' }),
  }),
});

export const ReportedValueRef = builder.objectRef<InTrack<ReportedValue>>('ReportedValue').implement({
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The value as the source phrased it, e.g. "5 1/2 hours".' }),
    citations: t.field({ type: [CitationRef], resolve: (v) => citationsOf(v.slug, v) }),
  }),
});

export const reportedValues = (slug: string, values: ReportedValue[]) => withSlug(slug, values);

export const DurationRef = builder.objectRef<InTrack<DurationView>>('Duration').implement({
  fields: (t) => ({
    minMinutes: t.exposeInt('minMinutes', { description: 'Range across all reports, in minutes.' }),
    maxMinutes: t.exposeInt('maxMinutes', {
      nullable: true,
      description: 'Null when only a lower bound was reported ("over six hours").',
    }),
    text: t.exposeString('text', { description: 'For people, e.g. "5-5.5 hours".' }),
    reports: t.field({ type: [ReportedValueRef], resolve: (d) => reportedValues(d.slug, d.reports) }),
  }),
});

export const HeadEvidenceEnum = builder.enumType('HeadEvidence', {
  description: 'What says the shown head led the side in this round.',
  values: {
    REPORTED: { description: 'A report says so ("led by", "head of the delegation", the two heads meeting).' },
    ROLE: { description: 'No report says who led; a report names this person by a role for the side ("US negotiator X").' },
    ANOTHER_ROUND: { description: "No report says who led; this person headed the side in another round and the round's reports name them." },
    OFFICIAL: { description: "No report says who led, nor names the side's head of another round; an official of the side with a post whom the round's reports name (no head of state or government)." },
    ADJACENT_ROUND: { description: "No report of this round names anyone for the side; the head the nearest round reports outright, cited with that round's sentences." },
  } as const,
});

export const DelegationRef = builder.objectRef<InTrack<DelegationView>>('Delegation').implement({
  fields: (t) => ({
    party: t.exposeString('party', { description: 'Country or side, e.g. Russia, United States, Ukraine.' }),
    head: t.field({
      type: PersonRef,
      nullable: true,
      resolve: async (d, _args, ctx) => (d.headId ? ((await ctx.loaders.people()).get(d.headId) ?? null) : null),
    }),
    headTitle: t.exposeString('headTitle', { nullable: true, description: "The head's title as reported for this round." }),
    headEvidence: t.field({
      type: HeadEvidenceEnum,
      nullable: true,
      description: 'What says the head led the side; null when no head is shown. The citations hold the sentences.',
      resolve: (d) => headEvidenceOf(d),
    }),
    citations: t.field({ type: [CitationRef], resolve: (d) => citationsOf(d.slug, d) }),
  }),
});

export const ConflictRef = builder.objectRef<InTrack<ConflictView>>('Conflict').implement({
  fields: (t) => ({
    field: t.exposeString('field', { description: 'DATE, CITY, VENUE, DURATION, HEAD, HEAD_TITLE, ...' }),
    party: t.string({
      nullable: true,
      description: 'For HEAD and HEAD_TITLE: the side whose head or title is disputed.',
      resolve: (c) => c.party ?? null,
    }),
    values: t.field({ type: [ReportedValueRef], resolve: (c) => reportedValues(c.slug, c.values) }),
  }),
});

export const PersonTitleRef = builder.objectRef<InTrack<PersonTitleView>>('PersonTitle').implement({
  fields: (t) => ({
    title: t.exposeString('title'),
    roundNumber: t.exposeInt('roundNumber', { description: 'The round at which this title was reported.' }),
    citations: t.field({ type: [CitationRef], resolve: (p) => citationsOf(p.slug, p) }),
  }),
});
