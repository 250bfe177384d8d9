import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, TEST_TOKEN, type TestApi } from '../helpers/api.ts';

const ingest = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { factsAdded } }';
const article = 'MOSCOW, March 3 (Reuters) - Russian and Ukrainian delegations met in Istanbul on Monday for a second round of talks.';

describe('API guards', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await createTestApi();
    await t.post('mutation { createTrack(input: { slug: "guarded", title: "Guarded talks" }) { slug } }');
  });
  afterAll(() => t.table.drop());

  const raw = (init: RequestInit & { path?: string }) => t.api.fetch(`http://localhost:4000${init.path ?? '/graphql'}`, init);

  it('refuses a mutation without a token and writes nothing', async () => {
    const result = await t.post('mutation { createTrack(input: { slug: "sneaky", title: "x" }) { slug } }', {}, { token: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.status).toBe(401);
    expect(await t.repo.getTrack('sneaky')).toBeNull();
  });

  it('refuses a wrong token and writes nothing', async () => {
    const result = await t.post(ingest, { input: { track: 'guarded', text: article } }, { token: `${TEST_TOKEN}x` });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.repo.getTrack('guarded'))?.articleCount).toBe(0);
  });

  it('never echoes the token', async () => {
    const result = await t.post('{ __typename }', {}, { token: 'wrong-token-that-should-not-echo' });
    expect(JSON.stringify(result)).not.toContain('wrong-token-that-should-not-echo');
  });

  it('never writes the token to the logs, on success or failure', async () => {
    const written: string[] = [];
    const capture = (stream: NodeJS.WriteStream) => {
      const original = stream.write.bind(stream);
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        written.push(String(chunk));
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      return () => (stream.write = original);
    };
    const restore = [capture(process.stdout), capture(process.stderr)];
    try {
      await t.post('mutation { createTrack(input: { slug: "logged", title: "x" }) { slug } }');
      await t.post('mutation { createTrack(input: { slug: "BAD", title: "x" }) { slug } }');
      await t.post(ingest, { input: { track: 'guarded', text: '\u0000' } });
      await t.post('{ nope }');
    } finally {
      restore.forEach((r) => r());
    }
    expect(written.join('')).not.toContain(TEST_TOKEN);
  });

  it('explains a malformed or taken slug as BAD_USER_INPUT', async () => {
    const malformed = await t.post('mutation { createTrack(input: { slug: "Bad Slug!", title: "x" }) { slug } }');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toMatch(/lower-case words joined by hyphens/);
    const taken = await t.post('mutation { createTrack(input: { slug: "guarded", title: "again" }) { slug } }');
    expect(taken.errors?.[0]?.message).toMatch(/already taken/);
  });

  it('says NOT_FOUND for an article filed under an unknown track', async () => {
    const result = await t.post(ingest, { input: { track: 'no-such-track', text: article } });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects empty, oversized and binary article text without writing', async () => {
    for (const text of ['   \n ', 'x'.repeat(210 * 1024), '\u0000\u0001\u0002binary\u0000junk']) {
      const result = await t.post(ingest, { input: { track: 'guarded', text } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await t.repo.getTrack('guarded'))?.articleCount).toBe(0);
  });

  it('rejects an invalid date variable with a clear message', async () => {
    const result = await t.post(ingest, { input: { track: 'guarded', text: article, publishedAt: '2025-02-30' } });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it('stores HTML with scripts as text, never as markup', async () => {
    const html = `<html><body><h1>Talks resume</h1><script>alert('x')</script><p>${article}</p><p onclick="evil()">The talks lasted three hours.</p></body></html>`;
    const result = await t.post('mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { text } } }', {
      input: { track: 'guarded', text: html },
    });
    expect(result.errors).toBeUndefined();
    const text: string = result.data.ingestArticle.article.text;
    expect(text).not.toMatch(/<script|alert\(|onclick|<p>/);
  });

  it('answers malformed JSON with 400', async () => {
    const response = await raw({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await raw({ method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query/>' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('refuses mutations over GET', async () => {
    const query = encodeURIComponent('mutation { createTrack(input: { slug: "via-get", title: "x" }) { slug } }');
    const response = await raw({ method: 'GET', path: `/graphql?query=${query}`, headers: { accept: 'application/graphql-response+json', authorization: `Bearer ${TEST_TOKEN}` } });
    expect(response.status).toBe(405);
    expect(await t.repo.getTrack('via-get')).toBeNull();
  });

  it('answers invalid GraphQL and unknown fields with 400 and a readable message', async () => {
    const syntax = await t.post('{ tracks { ');
    expect(syntax.status).toBe(400);
    const unknown = await t.post('{ tracks { edges { node { nope } } } }');
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
  });

  it('refuses too deep, too many aliases, too many tokens and too costly queries', async () => {
    const deep = `{ tracks { edges { node { rounds { track { rounds { track { rounds { track { rounds { track { rounds { number } } } } } } } } } } } } }`;
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: sources { name }`).join(' ')} }`;
    const tokens = `{ ${Array.from({ length: 1100 }, () => '__typename').join(' ')} }`;
    const costly = `{ tracks(first: 100) { edges { node { rounds { facts(first: 100) { edges { node { citations { article { facts { citations { source { name } } } } } } } } } } } } }`;
    for (const query of [deep, aliases, tokens, costly]) {
      const result = await t.post(query);
      expect(result.status, query.slice(0, 40)).toBe(400);
      expect(result.errors?.[0]?.message.length).toBeGreaterThan(10);
    }
    const healthy = await t.post('{ tracks { edges { node { slug } } } }');
    expect(healthy.status).toBe(200);
  });

  it('refuses batched requests', async () => {
    const response = await raw({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('speaks application/graphql-response+json and allows browser dashboards (CORS)', async () => {
    const result = await t.post('{ __typename }');
    expect(result.contentType).toMatch(/application\/graphql-response\+json/);
    const preflight = await raw({
      method: 'OPTIONS',
      headers: { origin: 'https://dash.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeTruthy();
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await raw({ method: 'GET', headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
  });

  it('answers a malformed global id with BAD_USER_INPUT, and an unknown one with null', async () => {
    const malformed = await t.post('{ node(id: "garbage") { id } }');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.post(`{ node(id: "${Buffer.from('Track:no-such-track').toString('base64')}") { id } }`);
    expect(unknown.data.node).toBeNull();
  });

  it('rejects a forged cursor with BAD_USER_INPUT', async () => {
    const result = await t.post('{ facts(after: "bm9wZQ==") { totalCount } tracks(after: "garbage") { edges { cursor } } }');
    expect(result.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
  });
});
