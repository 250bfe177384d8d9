// Creates the DynamoDB client once per process: retries with backoff, short timeouts so an outage fails fast.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface ClientOptions {
  /** Set for DynamoDB Local or any compatible engine; unset on AWS. */
  endpoint?: string | null;
  region?: string | null;
}

export function createDynamoClient({ endpoint, region }: ClientOptions = {}): DynamoDBClient {
  const client = new DynamoDBClient({
    ...(endpoint
      ? { endpoint, region: region ?? 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : { region: region ?? undefined }),
    // Throttling and transient faults are retried by the SDK with exponential backoff and jitter.
    maxAttempts: 5,
    retryMode: 'standard',
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 },
  });
  // The SDK's logger middleware walks every response to redact it even when nothing logs: a measurable share of a
  // large Query's cost. This service never uses SDK logging.
  client.middlewareStack.remove('loggerMiddleware');
  return client;
}
