// Article: one report as filed, its cleaned text, and the facts it supports.
import type { ArticleItem } from '../functions/store/repository.ts';
import { builder } from './builder.ts';
import { FactRef, factsOfTrack } from './fact.ts';
import { SourceRef } from './source.ts';
import { TrackRef } from './track.ts';

export const ArticleRef = builder.objectRef<ArticleItem>('Article');

builder.node(ArticleRef, {
  id: { resolve: (a) => `${a.slug}:${a.id}` },
  loadOne: (id, ctx) => {
    const [slug, articleId] = id.split(':');
    return slug && articleId ? ctx.loaders.article.load(`${slug}|${articleId}`) : null;
  },
  fields: (t) => ({
    track: t.field({
      type: TrackRef,
      resolve: async (a, _args, ctx) => (await ctx.loaders.track.load(a.slug))!,
    }),
    source: t.field({
      type: SourceRef,
      resolve: async (a, _args, ctx) => (await ctx.loaders.source.load(a.sourceId)) ?? { id: a.sourceId, name: a.sourceName, articleCount: 0 },
    }),
    title: t.exposeString('title', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'Date', nullable: true }),
    ingestedAt: t.expose('ingestedAt', { type: 'DateTime', description: 'When the service filed this article.' }),
    text: t.exposeString('text', { description: 'Body after boilerplate removal.' }),
    duplicateOf: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'Set when this article repeats an earlier one.',
      resolve: (a, _args, ctx) => (a.duplicateOf ? ctx.loaders.article.load(`${a.slug}|${a.duplicateOf}`) : null),
    }),
    facts: t.field({
      type: [FactRef],
      description: 'Facts this article is cited for.',
      resolve: async (a, _args, ctx) =>
        (await factsOfTrack(ctx, a.slug)).filter((f) => f.citations.some((c) => c.articleId === a.id)),
    }),
  }),
});
