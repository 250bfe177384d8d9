// Track: one negotiation followed over time; its rounds, articles, and the two mutations that feed it.
import { createGraphQLError } from 'graphql-yoga';
import { createTrack } from '../functions/service/create-track.ts';
import { ingestArticle, ingestArticles } from '../functions/service/ingest-article.ts';
import { encodeCursor } from '../functions/store/dynamo.ts';
import { keys } from '../functions/store/keys.ts';
import type { ArticleItem, RoundItem, TrackItem } from '../functions/store/repository.ts';
import { ArticleRef } from './article.ts';
import { builder, pagedComplexity } from './builder.ts';
import type { GraphQLContext } from './context.ts';
import { pageSize } from './pagination.ts';
import { RoundRef } from './round.ts';

export const TrackRef = builder.objectRef<TrackItem>('Track');

/** Held rounds by number, then planned ones. */
export const byRoundOrder = (a: RoundItem, b: RoundItem) =>
  (a.status === 'PLANNED' ? 1 : 0) - (b.status === 'PLANNED' ? 1 : 0) || a.number - b.number;

function requireToken(ctx: GraphQLContext): void {
  if (!ctx.authenticated) {
    throw createGraphQLError('This mutation needs the API token: send "Authorization: Bearer <token>".', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}

/** A page read straight from DynamoDB (Limit + ExclusiveStartKey), shaped as a connection. */
function keysetConnection<T>(items: T[], nextCursor: string | null, cursorOf: (item: T) => string, after: string | null) {
  return {
    edges: items.map((node, i) => ({ node, cursor: i === items.length - 1 && nextCursor ? nextCursor : cursorOf(node) })),
    pageInfo: {
      hasNextPage: nextCursor !== null,
      hasPreviousPage: after !== null,
      startCursor: items.length ? cursorOf(items[0]!) : null,
      endCursor: items.length ? (nextCursor ?? cursorOf(items[items.length - 1]!)) : null,
    },
  };
}

builder.node(TrackRef, {
  id: { resolve: (track) => track.slug },
  loadOne: (slug, ctx) => ctx.loaders.track.load(slug),
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    parties: t.exposeStringList('parties', { description: 'Parties seen across the track, e.g. Russia, United States.' }),
    rounds: t.field({
      type: [RoundRef],
      description: 'Held rounds by number, then planned ones.',
      resolve: async (track, _args, ctx) => [...(await ctx.loaders.projection.load(track.slug)).rounds].sort(byRoundOrder),
    }),
    round: t.field({
      type: RoundRef,
      nullable: true,
      args: { number: t.arg.int({ required: true }) },
      resolve: async (track, args, ctx) =>
        (await ctx.loaders.projection.load(track.slug)).rounds.find((r) => r.number === args.number) ?? null,
    }),
    articleCount: t.exposeInt('articleCount', { description: 'Articles filed, duplicates included.' }),
    articles: t.connection({
      type: ArticleRef,
      complexity: pagedComplexity,
      resolve: async (track, args, ctx) => {
        const page = await ctx.repo.listArticles(track.slug, pageSize(args.first), args.after ?? null);
        return keysetConnection<ArticleItem>(page.items, page.nextCursor, (a) => encodeCursor(keys.article(a.slug, a.id)), args.after ?? null);
      },
    }, { name: 'ArticleConnection' }, { name: 'ArticleEdge' }),
  }),
});

builder.queryFields((t) => ({
  tracks: t.connection({
    type: TrackRef,
    complexity: pagedComplexity,
    resolve: async (_root, args, ctx) => {
      const page = await ctx.repo.listTracks(pageSize(args.first), args.after ?? null);
      return keysetConnection(page.items, page.nextCursor, (tr) => encodeCursor(keys.track(tr.slug)), args.after ?? null);
    },
  }, { name: 'TrackConnection' }, { name: 'TrackEdge' }),
  track: t.field({
    type: TrackRef,
    nullable: true,
    description: 'A track by its slug.',
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.track.load(args.slug),
  }),
}));

const CreateTrackInput = builder.inputType('CreateTrackInput', {
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Lower-case words joined by hyphens, e.g. russia-us-embassy-talks.' }),
    title: t.string({ required: true }),
  }),
});

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  fields: (t) => ({
    track: t.string({ required: true, description: 'Slug of an existing track.' }),
    text: t.string({ required: true, description: 'The article as plain text or HTML.' }),
    source: t.string({ description: 'Outlet name. Detected from the text when absent.' }),
    url: t.string(),
    publishedAt: t.field({ type: 'Date', description: 'Detected from the text when absent.' }),
    title: t.string(),
  }),
});

interface IngestPayloadShape {
  article: ArticleItem;
  alreadyIngested: boolean;
  factsAdded: number;
  factsCorroborated: number;
  slug: string;
  roundNumbers: number[];
}

const IngestArticlePayload = builder.objectRef<IngestPayloadShape>('IngestArticlePayload').implement({
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (p) => p.article }),
    alreadyIngested: t.exposeBoolean('alreadyIngested', {
      description: 'True when this exact text was already ingested into the track; nothing new was written.',
    }),
    factsAdded: t.exposeInt('factsAdded', { description: 'Facts that did not exist before this article.' }),
    factsCorroborated: t.exposeInt('factsCorroborated', { description: 'Existing facts that this article cited again.' }),
    rounds: t.field({
      type: [RoundRef],
      description: 'Rounds this article touched.',
      resolve: async (p, _args, ctx) =>
        (await ctx.loaders.projection.load(p.slug)).rounds.filter((r) => p.roundNumbers.includes(r.number)).sort(byRoundOrder),
    }),
  }),
});

const ArticleFields = builder.inputType('ArticleFields', {
  description: 'One article of a batch: the same fields as IngestArticleInput, without the track.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article as plain text or HTML.' }),
    source: t.string({ description: 'Outlet name. Detected from the text when absent.' }),
    url: t.string(),
    publishedAt: t.field({ type: 'Date', description: 'Detected from the text when absent.' }),
    title: t.string(),
  }),
});

const IngestArticlesInput = builder.inputType('IngestArticlesInput', {
  fields: (t) => ({
    track: t.string({ required: true, description: 'Slug of an existing track.' }),
    articles: t.field({ type: [ArticleFields], required: true, description: 'Up to 50 articles.' }),
  }),
});

builder.mutationFields((t) => ({
  createTrack: t.field({
    type: TrackRef,
    description: 'Needs the API token. Fails with a BAD_USER_INPUT error when the slug is taken or malformed.',
    args: { input: t.arg({ type: CreateTrackInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireToken(ctx);
      const track = await createTrack(ctx.repo, input);
      ctx.loaders.clearAll();
      return track;
    },
  }),
  ingestArticle: t.field({
    type: IngestArticlePayload,
    description: "Needs the API token. Cleans, deduplicates and extracts the article into facts of the track's rounds.",
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireToken(ctx);
      const result = await ingestArticle(ctx.repo, input);
      ctx.loaders.clearAll();
      return { ...result, slug: input.track };
    },
  }),
  ingestArticles: t.field({
    type: [IngestArticlePayload],
    description:
      'Needs the API token. Files up to 50 articles under one track with a single re-projection (for bulk loads); ' +
      'if any article is invalid, nothing is written.',
    args: { input: t.arg({ type: IngestArticlesInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireToken(ctx);
      const results = await ingestArticles(ctx.repo, input.track, input.articles);
      ctx.loaders.clearAll();
      return results.map((result) => ({ ...result, slug: input.track }));
    },
  }),
}));
