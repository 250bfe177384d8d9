// The repository: one function per access pattern over the single table (listed in the README).
import {
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  ConditionalCheckFailedException,
  TransactionCanceledException,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleExtraction, ArticleRecord, FactView, PersonView, RoundView } from '../core/types.ts';
import { BadInputError } from '../core/errors.ts';
import { expandCitations } from './citations.ts';
import {
  batchGetAll,
  call,
  decodeCursor,
  encodeCursor,
  fromAttributes,
  queryAll,
  toAttributes,
  type Db,
} from './dynamo.ts';
import {
  ARTICLE_PREFIX,
  PEOPLE_LIST_PK,
  PROJECTION_RANGE,
  QUOTE_PREFIX,
  ROUND_PREFIX,
  SOURCE_LIST_PK,
  TRACK_LIST_PK,
  keys,
  trackPk,
} from './keys.ts';

export interface TrackItem {
  slug: string;
  title: string;
  createdAt: string;
  parties: string[];
  /** Articles stored (atomic counter); the projection is current when projectedCount equals it. */
  articleCount: number;
  projectedCount: number;
  personIds: string[];
  updatedAt: string;
}

export interface ArticleMeta {
  id: string;
  slug: string;
  sourceId: string;
  sourceName: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  contentHash: string;
  duplicateOf: string | null;
}

export interface ArticleItem extends ArticleMeta {
  text: string;
}

export interface SourceItem {
  id: string;
  name: string;
  articleCount: number;
}

/** A round as stored: the merged view without its facts, which are items of their own. */
export interface RoundItem extends Omit<RoundView, 'facts'> {
  slug: string;
  factCount: number;
}

/** A fact as stored, with the keys of its round. */
export interface FactItem extends FactView {
  slug: string;
  roundNumber: number;
  roundDate: string | null;
}

/** A person as seen in one track. */
export interface PersonItem extends PersonView {
  slug: string;
}

/** A track's whole projection, read in one Query. */
export interface TrackProjectionItems {
  rounds: RoundItem[];
  facts: FactItem[];
}

/** The same as stored: citations reference quotes by key. */
export interface StoredProjectionItems extends TrackProjectionItems {
  quotes: Map<string, string>;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const now = () => new Date().toISOString();
export const stripKeys = <T>(item: Record<string, unknown>): T => {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return rest as T;
};

export const encodeExtraction = (extraction: ArticleExtraction) => gzipSync(JSON.stringify(extraction));
export const decodeExtraction = (blob: Uint8Array) => JSON.parse(gunzipSync(blob).toString('utf8')) as ArticleExtraction;

interface ArticleBody {
  text: string;
  extraction: ArticleExtraction;
}

/**
 * Decoded article bodies, per process (a Lambda container or the local server). Safe to keep because a body never
 * changes under its id; bounded so a long-lived process does not grow without end.
 */
const bodyCache = new Map<string, ArticleBody>();
const BODY_CACHE_ENTRIES = 5_000;
function rememberBody(key: string, body: ArticleBody): void {
  bodyCache.set(key, body);
  if (bodyCache.size > BODY_CACHE_ENTRIES) bodyCache.delete(bodyCache.keys().next().value!);
}

const ARTICLE_META_ATTRIBUTES = 'id, slug, sourceId, sourceName, title, #url, publishedAt, ingestedAt, contentHash, duplicateOf';

export function createRepository(db: Db) {
  /** A track's articles without their bodies: the small part of each item. */
  const listArticleRefs = async (slug: string) => {
    const items = await queryAll<Record<string, unknown>>(db, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: toAttributes({ ':pk': trackPk(slug), ':prefix': ARTICLE_PREFIX }),
      ProjectionExpression: 'id, sourceId, sourceName, publishedAt, ingestedAt, duplicateOf',
      ConsistentRead: true,
    });
    return items.map((item) => ({
      id: item.id as string,
      sourceId: item.sourceId as string,
      sourceName: item.sourceName as string,
      publishedAt: (item.publishedAt as string | null) ?? null,
      ingestedAt: item.ingestedAt as string,
      duplicateOf: (item.duplicateOf as string | null) ?? null,
    }));
  };

  /** Bodies (text and extraction) by article id: immutable, since an article's id is the hash of its text. */
  const getArticleBodies = async (slug: string, ids: string[]): Promise<Map<string, ArticleBody>> => {
    const found = new Map<string, ArticleBody>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = bodyCache.get(`${db.tableName}|${slug}|${id}`);
      if (cached) found.set(id, cached);
      else missing.push(id);
    }
    const items = await batchGetAll<Record<string, unknown>>(
      db,
      missing.map((id) => keys.article(slug, id)),
      { expression: 'id, #text, extraction', names: { '#text': 'text' } },
    );
    for (const item of items) {
      const body = { text: item.text as string, extraction: decodeExtraction(item.extraction as Uint8Array) };
      found.set(item.id as string, body);
      rememberBody(`${db.tableName}|${slug}|${item.id as string}`, body);
    }
    return found;
  };

  return {
    db,

    /** Get a track by slug: GetItem pk=TRACK#slug sk=#TRACK. */
    async getTrack(slug: string): Promise<TrackItem | null> {
      const { Item } = await call(() =>
        db.client.send(new GetItemCommand({ TableName: db.tableName, Key: toAttributes(keys.trackKey(slug)), ConsistentRead: true })),
      );
      return Item ? stripKeys<TrackItem>(fromAttributes(Item)) : null;
    },

    /** Get several tracks: BatchGetItem. */
    async getTracks(slugs: readonly string[]): Promise<TrackItem[]> {
      const items = await batchGetAll(db, slugs.map((slug) => ({ pk: trackPk(slug), sk: '#TRACK' })));
      return items.map((item) => stripKeys<TrackItem>(item));
    },

    /** Create a track once: PutItem with attribute_not_exists(pk). Returns false when the slug is taken. */
    async createTrack(slug: string, title: string): Promise<TrackItem | null> {
      const item: TrackItem = {
        slug,
        title,
        createdAt: now(),
        parties: [],
        articleCount: 0,
        projectedCount: 0,
        personIds: [],
        updatedAt: now(),
      };
      try {
        await call(() =>
          db.client.send(
            new PutItemCommand({
              TableName: db.tableName,
              Item: toAttributes({ ...keys.track(slug), ...item }),
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          ),
        );
        return item;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return null;
        throw error;
      }
    },

    /** List tracks by slug: Query gsi1 gsi1pk=TRACKS, paginated with an opaque cursor. */
    async listTracks(limit: number, cursor: string | null): Promise<Page<TrackItem>> {
      return queryPage<TrackItem>(db, {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: toAttributes({ ':pk': TRACK_LIST_PK }),
      }, limit, cursor);
    },

    /** Every track's slug: Query gsi1 gsi1pk=TRACKS, keys only. */
    async listTrackSlugs(): Promise<string[]> {
      const items = await queryAll<{ gsi1sk: string }>(db, {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: toAttributes({ ':pk': TRACK_LIST_PK }),
        ProjectionExpression: 'gsi1sk',
      });
      return items.map((item) => item.gsi1sk);
    },

    /**
     * Store an article exactly once, and count it for its source and track, in one transaction:
     * the article (attribute_not_exists), the source's articleCount (ADD), the track's articleCount (ADD).
     * `repoint` lists earlier articles that become duplicates of this one, in the same transaction.
     * Returns false when this exact article is already stored.
     */
    async putArticle(article: ArticleItem, extraction: ArticleExtraction, repoint: string[] = []): Promise<boolean> {
      try {
        await call(() =>
          db.client.send(
            new TransactWriteItemsCommand({
              TransactItems: [
                {
                  Put: {
                    TableName: db.tableName,
                    Item: toAttributes({ ...keys.article(article.slug, article.id), ...article, extraction: encodeExtraction(extraction) }),
                    ConditionExpression: 'attribute_not_exists(pk)',
                  },
                },
                {
                  Update: {
                    TableName: db.tableName,
                    Key: toAttributes(keys.sourceKey(article.sourceId)),
                    UpdateExpression: 'SET #name = if_not_exists(#name, :name), id = :id, gsi1pk = :gpk, gsi1sk = :gsk ADD articleCount :one',
                    ExpressionAttributeNames: { '#name': 'name' },
                    ExpressionAttributeValues: toAttributes({
                      ':name': article.sourceName,
                      ':id': article.sourceId,
                      ':gpk': SOURCE_LIST_PK,
                      ':gsk': keys.source(article.sourceId, article.sourceName).gsi1sk,
                      ':one': 1,
                    }),
                  },
                },
                {
                  Update: {
                    TableName: db.tableName,
                    Key: toAttributes({ pk: trackPk(article.slug), sk: '#TRACK' }),
                    UpdateExpression: 'ADD articleCount :one',
                    ConditionExpression: 'attribute_exists(pk)',
                    ExpressionAttributeValues: toAttributes({ ':one': 1 }),
                  },
                },
                ...repoint.map((articleId) => ({
                  Update: {
                    TableName: db.tableName,
                    Key: toAttributes(keys.article(article.slug, articleId)),
                    UpdateExpression: 'SET duplicateOf = :original',
                    ConditionExpression: 'attribute_exists(pk)',
                    ExpressionAttributeValues: toAttributes({ ':original': article.id }),
                  },
                })),
              ],
            }),
          ),
        );
        return true;
      } catch (error) {
        if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') {
          return false;
        }
        throw error;
      }
    },

    /** Articles of a track with their extractions, for the merge: Query pk=TRACK#slug, sk begins_with ARTICLE#. */
    async listArticleRecords(slug: string): Promise<ArticleRecord[]> {
      const refs = await listArticleRefs(slug);
      const bodies = await getArticleBodies(slug, refs.map((r) => r.id));
      return refs.map((ref) => ({ ...ref, extraction: bodies.get(ref.id)!.extraction }));
    },

    /** Article bodies of a track, for near-duplicate detection (same Query, bodies from the cache or BatchGetItem). */
    async listArticleTexts(slug: string): Promise<{ id: string; text: string; duplicateOf: string | null }[]> {
      const refs = await listArticleRefs(slug);
      const bodies = await getArticleBodies(slug, refs.map((r) => r.id));
      return refs.map((ref) => ({ id: ref.id, text: bodies.get(ref.id)!.text, duplicateOf: ref.duplicateOf }));
    },

    /** Articles of a track, page by page: Query pk=TRACK#slug, sk begins_with ARTICLE#, Limit + ExclusiveStartKey. */
    async listArticles(slug: string, limit: number, cursor: string | null): Promise<Page<ArticleItem>> {
      return queryPage<ArticleItem>(db, {
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: toAttributes({ ':pk': trackPk(slug), ':prefix': ARTICLE_PREFIX }),
        ProjectionExpression: `${ARTICLE_META_ATTRIBUTES}, #text`,
        ExpressionAttributeNames: { '#text': 'text', '#url': 'url' },
      }, limit, cursor);
    },

    /** Get articles by id: BatchGetItem (without the stored extraction). */
    async getArticles(refs: readonly { slug: string; id: string }[]): Promise<ArticleItem[]> {
      const items = await batchGetAll(
        db,
        refs.map((ref) => keys.article(ref.slug, ref.id)),
        { expression: `${ARTICLE_META_ATTRIBUTES}, #text`, names: { '#text': 'text', '#url': 'url' } },
      );
      return items.map((item) => stripKeys<ArticleItem>(item));
    },

    /** Get sources by id: BatchGetItem. */
    async getSources(ids: readonly string[]): Promise<SourceItem[]> {
      const items = await batchGetAll(db, ids.map((id) => keys.sourceKey(id)));
      return items.map((item) => stripKeys<SourceItem>(item));
    },

    /** All sources by name: Query gsi1 gsi1pk=SOURCES. */
    async listSources(): Promise<SourceItem[]> {
      const items = await queryAll(db, {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: toAttributes({ ':pk': SOURCE_LIST_PK }),
      });
      return items.map((item) => stripKeys<SourceItem>(item));
    },

    /** A track's projection as stored (citations as references), in one Query: pk=TRACK#slug, sk BETWEEN FACT# AND ROUND#~. */
    async getProjectionItems(slug: string): Promise<StoredProjectionItems> {
      const items = await queryAll<Record<string, unknown>>(db, {
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: toAttributes({ ':pk': trackPk(slug), ':from': PROJECTION_RANGE.from, ':to': PROJECTION_RANGE.to }),
      });
      const rounds: RoundItem[] = [];
      const facts: FactItem[] = [];
      const quotes = new Map<string, string>();
      for (const item of items) {
        const sk = item.sk as string;
        if (sk.startsWith(ROUND_PREFIX)) rounds.push(stripKeys<RoundItem>(item));
        else if (sk.startsWith(QUOTE_PREFIX)) quotes.set(sk.slice(QUOTE_PREFIX.length), item.text as string);
        else facts.push(stripKeys<FactItem>(item));
      }
      return { rounds, facts, quotes };
    },

    /** A track's rounds and facts with their citations' quotes, in one Query (see getProjectionItems). */
    async getTrackProjection(slug: string): Promise<TrackProjectionItems> {
      const { rounds, facts, quotes } = await this.getProjectionItems(slug);
      return { rounds: expandCitations(rounds, quotes), facts: expandCitations(facts, quotes) };
    },

    /** A person's per-track records: Query pk=PERSON#id. */
    async getPersonParts(personId: string): Promise<PersonItem[]> {
      const items = await queryAll(db, {
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: toAttributes({ ':pk': `PERSON#${personId}` }),
      });
      return items.map((item) => stripKeys<PersonItem>(item));
    },

    /** All people's per-track records, by folded name: Query gsi1 gsi1pk=PEOPLE. */
    async listPeopleParts(): Promise<PersonItem[]> {
      const items = await queryAll(db, {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: toAttributes({ ':pk': PEOPLE_LIST_PK }),
      });
      return items.map((item) => stripKeys<PersonItem>(item));
    },

    /** Record that the projection reflects `articleCount` articles: UpdateItem on the track. */
    async markProjected(slug: string, fields: { projectedCount: number; parties: string[]; personIds: string[] }) {
      await call(() =>
        db.client.send(
          new UpdateItemCommand({
            TableName: db.tableName,
            Key: toAttributes({ pk: trackPk(slug), sk: '#TRACK' }),
            UpdateExpression: 'SET projectedCount = :count, parties = :parties, personIds = :people, updatedAt = :now',
            ExpressionAttributeValues: toAttributes({
              ':count': fields.projectedCount,
              ':parties': fields.parties,
              ':people': fields.personIds,
              ':now': now(),
            }),
          }),
        ),
      );
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;

/** One page of a Query, `limit` items at most, the cursor being the opaque LastEvaluatedKey. */
async function queryPage<T>(
  db: Db,
  input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName' | 'Limit' | 'ExclusiveStartKey'>,
  limit: number,
  cursor: string | null,
): Promise<Page<T>> {
  const items: T[] = [];
  let startKey = cursor === null ? undefined : decodeCursor<Record<string, unknown>>(cursor);
  if (startKey === null || (startKey !== undefined && (typeof startKey.pk !== 'string' || typeof startKey.sk !== 'string'))) {
    throw new BadInputError('The `after` cursor is not one this API returned; pass an endCursor from a previous page.');
  }
  let lastKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await call(() =>
      db.client.send(
        new QueryCommand({
          ...input,
          TableName: db.tableName,
          Limit: limit - items.length + 1,
          ...(startKey ? { ExclusiveStartKey: toAttributes(startKey) } : {}),
        }),
      ),
    );
    for (const raw of page.Items ?? []) {
      if (items.length === limit) {
        // One more item exists beyond this page: the cursor is the key of the last item returned.
        return { items, nextCursor: lastKey ? encodeCursor(fromAttributes(lastKey)) : null };
      }
      items.push(stripKeys<T>(fromAttributes(raw)));
      lastKey = keyOf(raw, input.IndexName);
    }
    startKey = page.LastEvaluatedKey ? fromAttributes(page.LastEvaluatedKey) : undefined;
  } while (startKey);
  return { items, nextCursor: null };
}

function keyOf(raw: Record<string, AttributeValue>, indexName: string | undefined): Record<string, AttributeValue> {
  const names = indexName ? ['pk', 'sk', 'gsi1pk', 'gsi1sk'] : ['pk', 'sk'];
  return Object.fromEntries(names.filter((n) => raw[n]).map((n) => [n, raw[n]!]));
}
