import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TRACK } from '../../functions/local/seeds.ts';
import { createTestApi, type TestApi } from '../helpers/api.ts';

const ROUND_FIELDS = `
  id number status date city venue updatedAt briefingUrl
  track { id slug title }
  duration { minMinutes maxMinutes text reports { text citations { quote source { id name articleCount } article { id title url publishedAt } } } }
  delegations { party headTitle citations { quote } head { id name aliases titles { title citations { quote } } rounds { number } } }
  conflicts { field values { text citations { quote source { name } } } }
  sources { id name articleCount }
  facts(first: 50) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id kind text actors sourceCount round { number } citations { quote source { name } article { id } } } }
  }
`;

describe('GraphQL API over the seeds', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await createTestApi({ publicUrl: 'https://briefings.example.org' });
    await t.seed();
  }, 120_000);
  afterAll(() => t.table.drop());

  it('lists the seed track with its parties and rounds (held by number, then planned)', async () => {
    const result = await t.post(`{ tracks(first: 10) { pageInfo { hasNextPage endCursor } edges { cursor node { slug title parties rounds { number status } } } } }`);
    expect(result.errors).toBeUndefined();
    const track = result.data.tracks.edges[0].node;
    expect(track.slug).toBe(SEED_TRACK.slug);
    expect(track.parties).toEqual(expect.arrayContaining(['Russia', 'United States']));
    const statuses = track.rounds.map((r: { status: string }) => r.status);
    expect(statuses.indexOf('PLANNED') === -1 || statuses.slice(statuses.indexOf('PLANNED')).every((s: string) => s === 'PLANNED')).toBe(true);
  });

  it('answers the round query with every contract field', async () => {
    const result = await t.post(`{ track(slug: "${SEED_TRACK.slug}") { round(number: 2) { ${ROUND_FIELDS} } } }`);
    expect(result.errors).toBeUndefined();
    const round = result.data.track.round;
    expect(round).toMatchObject({ number: 2, status: 'HELD', date: '2025-04-10', city: 'Istanbul' });
    expect(round.briefingUrl).toBe(`https://briefings.example.org/briefings/${SEED_TRACK.slug}/2.pdf`);
    expect(round.facts.totalCount).toBeGreaterThan(0);
    for (const edge of round.facts.edges) {
      expect(edge.node.citations.length).toBeGreaterThan(0);
      expect(edge.node.sourceCount).toBeGreaterThan(0);
    }
    const counts = round.facts.edges.map((e: { node: { sourceCount: number } }) => e.node.sourceCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('resolves every kind of global id through node(id:)', async () => {
    const ids = await t.post(`{
      track(slug: "${SEED_TRACK.slug}") { id round(number: 2) { id delegations { head { id } } facts(first: 1) { edges { node { id citations { article { id } source { id } } } } } } }
    }`);
    const track = ids.data.track;
    const fact = track.round.facts.edges[0].node;
    const person = track.round.delegations.find((d: { head: unknown }) => d.head)?.head;
    for (const [id, typename] of [
      [track.id, 'Track'],
      [track.round.id, 'Round'],
      [fact.id, 'Fact'],
      [fact.citations[0].article.id, 'Article'],
      [fact.citations[0].source.id, 'Source'],
      ...(person ? [[person.id, 'Person']] : []),
    ]) {
      const result = await t.post('query ($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(result.data.node).toEqual({ __typename: typename, id });
    }
  });

  it('filters facts across tracks by kind, sources, actor and words', async () => {
    const all = await t.post(`{ facts(first: 100) { totalCount edges { node { kind sourceCount actors text } } } }`);
    const agreements = await t.post(`{ facts(filter: { kinds: [AGREEMENT], minSources: 2 }) { totalCount edges { node { kind sourceCount } } } }`);
    expect(all.data.facts.totalCount).toBeGreaterThan(agreements.data.facts.totalCount);
    for (const { node } of agreements.data.facts.edges) {
      expect(node.kind).toBe('AGREEMENT');
      expect(node.sourceCount).toBeGreaterThanOrEqual(2);
    }
    const words = await t.post(`{ facts(filter: { track: "${SEED_TRACK.slug}", text: "VISA" }) { edges { node { text } } } }`);
    for (const { node } of words.data.facts.edges) expect(node.text.toLowerCase()).toContain('visa');
  });

  it('pages facts with stable cursors and caps first at 100', async () => {
    const first = await t.post(`{ facts(first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`);
    const second = await t.post(`query ($after: String) { facts(first: 2, after: $after) { edges { node { id } } } }`, {
      after: first.data.facts.pageInfo.endCursor,
    });
    const all = await t.post(`{ facts(first: 4) { edges { node { id } } } }`);
    expect([...first.data.facts.edges, ...second.data.facts.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(
      all.data.facts.edges.map((e: { node: { id: string } }) => e.node.id).slice(0, first.data.facts.edges.length + second.data.facts.edges.length),
    );
    const capped = await t.post(`{ facts(first: 1000) { edges { cursor } } }`);
    expect(capped.errors).toBeUndefined();
    expect(capped.data.facts.edges.length).toBeLessThanOrEqual(100);
  });

  it('finds people by any spelling, accents and case ignored', async () => {
    const result = await t.post(`{ people(name: "darchiev") { edges { node { name aliases titles { title } rounds { number } } } } }`);
    expect(result.errors).toBeUndefined();
    const [edge] = result.data.people.edges;
    expect(edge.node.name).toMatch(/Darchiev/);
  });

  it('lists sources with article counts and the track articles with duplicates marked', async () => {
    const result = await t.post(`{ sources { name articleCount } track(slug: "${SEED_TRACK.slug}") { articles(first: 10) { edges { node { id title publishedAt text duplicateOf { id } source { name } facts { id } track { slug } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.sources.length).toBeGreaterThan(0);
    const articles = result.data.track.articles.edges.map((e: { node: unknown }) => e.node);
    expect(articles).toHaveLength(5);
    expect(articles.filter((a: { duplicateOf: unknown }) => a.duplicateOf)).toHaveLength(1);
  });

  it('reports an exact re-ingestion as alreadyIngested and writes nothing', async () => {
    const before = await t.post(`{ facts(first: 100) { totalCount } sources { name articleCount } }`);
    const { readSeedArticles } = await import('../../functions/local/seeds.ts');
    const [first] = readSeedArticles();
    const again = await t.post(
      'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { alreadyIngested factsAdded factsCorroborated rounds { number } article { id } } }',
      { input: { track: SEED_TRACK.slug, text: first!.text } },
    );
    expect(again.data.ingestArticle).toMatchObject({ alreadyIngested: true, factsAdded: 0, factsCorroborated: 0 });
    const after = await t.post(`{ facts(first: 100) { totalCount } sources { name articleCount } }`);
    expect(after.data).toEqual(before.data);
  });
});
