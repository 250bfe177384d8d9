// Low-level helpers over the DynamoDB client: full pagination, batch calls that retry unprocessed items, fault mapping.
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  QueryCommand,
  type AttributeValue,
  type DynamoDBClient,
  type QueryCommandInput,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { UnavailableError } from '../core/errors.ts';

export interface Db {
  client: DynamoDBClient;
  tableName: string;
}

export type Item = Record<string, unknown>;
export type Key = { pk: string; sk: string };

export const toAttributes = (item: Item) => marshall(item, { removeUndefinedValues: true });
export const fromAttributes = <T = Item>(attributes: Record<string, AttributeValue>) => unmarshall(attributes) as T;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backoff = (attempt: number) => Math.min(1_000, 25 * 2 ** attempt) * (0.5 + Math.random() / 2);
const MAX_BATCH_ATTEMPTS = 8;

const UNAVAILABLE_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalServerError',
]);
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

/** True for faults that mean "the database is unreachable or overloaded", as opposed to a bad request. */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  return UNAVAILABLE_NAMES.has(error.name) || (code !== undefined && UNAVAILABLE_CODES.has(code)) ||
    (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 503;
}

/** Runs a database call; after the SDK's own retries, an outage becomes an UnavailableError (HTTP 503). */
export async function call<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (isUnavailable(error)) {
      throw new UnavailableError('The database is unavailable right now; please retry in a moment.', { cause: error });
    }
    throw error;
  }
}

/** Query that follows LastEvaluatedKey to the end. */
export async function queryAll<T = Item>(db: Db, input: Omit<QueryCommandInput, 'TableName'>): Promise<T[]> {
  const items: T[] = [];
  let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await call(() => db.client.send(new QueryCommand({ ...input, TableName: db.tableName, ExclusiveStartKey })));
    for (const item of page.Items ?? []) items.push(fromAttributes<T>(item));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/** BatchGetItem in chunks of 100, in parallel, retrying UnprocessedKeys with backoff. Missing items are absent. */
export interface Projection {
  expression: string;
  names?: Record<string, string>;
}

export async function batchGetAll<T = Item>(db: Db, keyList: Key[], projection?: Projection): Promise<T[]> {
  const unique = [...new Map(keyList.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
  const chunks: Key[][] = [];
  for (let i = 0; i < unique.length; i += 100) chunks.push(unique.slice(i, i + 100));
  const results = await Promise.all(
    chunks.map(async (chunk) => {
      const found: T[] = [];
      let pending: Record<string, AttributeValue>[] = chunk.map((k) => toAttributes(k));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= MAX_BATCH_ATTEMPTS) throw new UnavailableError('The database kept throttling reads; please retry.');
        if (attempt > 0) await sleep(backoff(attempt));
        const response = await call(() =>
          db.client.send(
            new BatchGetItemCommand({
              RequestItems: {
                [db.tableName]: {
                  Keys: pending,
                  ...(projection
                    ? { ProjectionExpression: projection.expression, ExpressionAttributeNames: projection.names }
                    : {}),
                },
              },
            }),
          ),
        );
        for (const item of response.Responses?.[db.tableName] ?? []) found.push(fromAttributes<T>(item));
        pending = response.UnprocessedKeys?.[db.tableName]?.Keys ?? [];
      }
      return found;
    }),
  );
  return results.flat();
}

export type WriteOp = { put: Item } | { delete: Key };

/** BatchWriteItem in chunks of 25, retrying UnprocessedItems with backoff. Idempotent puts and deletes only. */
export async function batchWriteAll(db: Db, ops: WriteOp[]): Promise<void> {
  const requests: WriteRequest[] = ops.map((op) =>
    'put' in op ? { PutRequest: { Item: toAttributes(op.put) } } : { DeleteRequest: { Key: toAttributes(op.delete) } },
  );
  for (let i = 0; i < requests.length; i += 25) {
    let pending = requests.slice(i, i + 25);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= MAX_BATCH_ATTEMPTS) throw new UnavailableError('The database kept throttling writes; please retry.');
      if (attempt > 0) await sleep(backoff(attempt));
      const response = await call(() =>
        db.client.send(new BatchWriteItemCommand({ RequestItems: { [db.tableName]: pending } })),
      );
      pending = response.UnprocessedItems?.[db.tableName] ?? [];
    }
  }
}

/** Opaque cursor: base64url of a JSON value. */
export const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
export function decodeCursor<T>(cursor: string): T | null {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
  } catch {
    return null;
  }
}
