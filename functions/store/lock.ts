// A per-track lease lock (conditional PutItem), so concurrent ingestions of one track apply one at a time.
import { DeleteItemCommand, PutItemCommand, ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { UnavailableError } from '../core/errors.ts';
import { call, toAttributes, type Db } from './dynamo.ts';
import { keys } from './keys.ts';
import { TTL_ATTRIBUTE } from './table.ts';

export interface LockOptions {
  /** How long a holder may keep the lock before others may take it over (a crashed holder never blocks for longer). */
  leaseMs?: number;
  /** How long to wait for the lock before giving up. */
  waitMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` while holding the track's lock; the lock is released even when `work` throws. */
export async function withTrackLock<T>(db: Db, slug: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const { leaseMs = 30_000, waitMs = 60_000 } = options;
  const owner = randomUUID();
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    const now = Date.now();
    try {
      await call(() =>
        db.client.send(
          new PutItemCommand({
            TableName: db.tableName,
            Item: toAttributes({
              ...keys.lock(slug),
              owner,
              leaseUntil: now + leaseMs,
              [TTL_ATTRIBUTE]: Math.ceil((now + leaseMs) / 1000) + 3600,
            }),
            ConditionExpression: 'attribute_not_exists(pk) OR leaseUntil < :now',
            ExpressionAttributeValues: toAttributes({ ':now': now }),
          }),
        ),
      );
      break;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      if (Date.now() > deadline) {
        throw new UnavailableError(`Track "${slug}" is busy with other ingestions; please retry in a moment.`);
      }
      await sleep(Math.min(200, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
    }
  }
  try {
    return await work();
  } finally {
    await call(() =>
      db.client.send(
        new DeleteItemCommand({
          TableName: db.tableName,
          Key: toAttributes(keys.lock(slug)),
          ConditionExpression: '#owner = :owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: toAttributes({ ':owner': owner }),
        }),
      ),
    ).catch((error: unknown) => {
      // Someone took the lock over after our lease ran out: theirs to release.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
  }
}
