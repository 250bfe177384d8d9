import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalServer } from '../../functions/local/server.ts';
import { createTestTable, type TestTable } from '../helpers/dynamodb.ts';

describe('local server over the Lambda handlers', () => {
  let table: TestTable;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    table = await createTestTable('local');
    Object.assign(process.env, {
      DYNAMODB_ENDPOINT: table.endpoint,
      TABLE_NAME: table.tableName,
      BRIEFING_API_TOKEN: 'local-token',
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    });
    const graphql = await import('../../functions/graphql.ts');
    const briefing = await import('../../functions/briefing.ts');
    server = createLocalServer({ graphql: graphql.handler, briefing: briefing.handler });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 60_000);
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await table.drop();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers GraphQL through the Lambda handler, with the token for mutations', async () => {
    const created = await post(JSON.stringify({ query: 'mutation { createTrack(input: { slug: "local-talks", title: "Local" }) { slug } }' }), {
      authorization: 'Bearer local-token',
    });
    expect(created.status).toBe(200);
    const read = await post(JSON.stringify({ query: '{ track(slug: "local-talks") { title rounds { number } } }' }));
    expect(await read.json()).toEqual({ data: { track: { title: 'Local', rounds: [] } } });
  });

  it('refuses a body over 1 MiB with 413 and a message', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/limit is 1048576 bytes/);
  });

  it('refuses a 10 MB body with 413 before reading it all, and keeps serving', async () => {
    const response = await post('x'.repeat(11 * 1024 * 1024)).catch(() => null);
    if (response) expect(response.status).toBe(413);
    const after = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(after.status).toBe(200);
  });

  it('answers control characters and garbage with 400, not 500', async () => {
    expect((await post('\u0000\u0001\u0002')).status).toBe(400);
    expect((await fetch(`${base}/briefings/%E0%A4%A/1.pdf`)).status).toBe(400);
    expect((await fetch(`${base}/briefings/local-talks/..%2F..%2Fetc%2Fpasswd`)).status).toBe(400);
  });

  it('serves briefing 404s and unknown paths with clear JSON errors', async () => {
    const missing = await fetch(`${base}/briefings/local-talks/1.pdf`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/has no round 1/);
    const unknown = await fetch(`${base}/elsewhere`);
    expect(unknown.status).toBe(404);
  });
});
