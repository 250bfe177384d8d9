import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../functions/local/dynamodb-local.ts';
import { createDynamoClient } from '../../functions/store/client.ts';
import { ensureTable } from '../../functions/store/table.ts';

type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

function event(method: string, path: string, body?: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'localhost', 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    requestContext: {
      accountId: 'test', apiId: 'test', domainName: 'localhost', domainPrefix: 'localhost',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'r', routeKey: `${method} ${path}`, stage: '$default', time: '', timeEpoch: 0,
    },
    ...(body ? { body, isBase64Encoded: false } : { isBase64Encoded: false }),
  };
}

describe('database outage', () => {
  let dataDir: string;
  let db: DynamoDbLocal;
  let graphql: Handler;
  let briefing: Handler;
  const query = (q: string) => graphql(event('POST', '/graphql', JSON.stringify({ query: q })));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'outage-'));
    db = await startDynamoDbLocal({ dataDir });
    process.env.DYNAMODB_ENDPOINT = db.endpoint;
    process.env.TABLE_NAME = 'outage';
    process.env.BRIEFING_API_TOKEN = 'outage-token';
    process.env.POWERTOOLS_METRICS_DISABLED = 'true';
    process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
    const client = createDynamoClient({ endpoint: db.endpoint });
    await ensureTable(client, 'outage');
    client.destroy();
    // The handlers read their configuration at import, as in Lambda.
    graphql = (await import('../../functions/graphql.ts')).handler;
    briefing = (await import('../../functions/briefing.ts')).handler;
    const created = await graphql(event('POST', '/graphql', JSON.stringify({ query: 'mutation { createTrack(input: { slug: "outage-talks", title: "Outage talks" }) { slug } }' }), { authorization: 'Bearer outage-token' }));
    expect(created.statusCode).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 with a clear message while DynamoDB is down, and recovers by itself when it is back', async () => {
    expect((await query('{ track(slug: "outage-talks") { title } }')).statusCode).toBe(200);

    await db.stop();
    const down = await query('{ track(slug: "outage-talks") { title } }');
    expect(down.statusCode).toBe(503);
    expect(JSON.parse(down.body!).errors[0].message).toMatch(/database is unavailable/i);
    const pdf = await briefing({ ...event('GET', '/briefings/outage-talks/1.pdf'), pathParameters: { track: 'outage-talks', file: '1.pdf' } });
    expect(pdf.statusCode).toBe(503);

    db = await startDynamoDbLocal({ dataDir, port: db.port });
    const up = await query('{ track(slug: "outage-talks") { title } }');
    expect(up.statusCode).toBe(200);
    expect(JSON.parse(up.body!).data.track.title).toBe('Outage talks');
  }, 120_000);
});
