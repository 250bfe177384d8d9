import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../helpers/api.ts';
import { roundReport } from '../helpers/generated-articles.ts';

const ROUND_SELECTION = `
  number status date city venue briefingUrl updatedAt
  duration { minMinutes maxMinutes text reports { text citations { quote source { name } } } }
  delegations { party headTitle head { name aliases } citations { quote source { name } } }
  conflicts { field values { text citations { source { name } } } }
  sources { name articleCount }
  facts(first: 50) { totalCount edges { node { kind text sourceCount citations { quote source { name } article { title publishedAt } } } } }
`;

describe('DynamoDB round trips per dashboard query', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await createTestApi();
    await t.post('mutation { createTrack(input: { slug: "long-talks", title: "Iran–US talks" }) { slug } }');
    const articles = Array.from({ length: 10 }, (_, i) => roundReport(i + 1));
    const result = await t.post(
      'mutation ($input: IngestArticlesInput!) { ingestArticles(input: $input) { factsAdded } }',
      { input: { track: 'long-talks', articles } },
    );
    expect(result.errors).toBeUndefined();
  }, 120_000);
  afterAll(() => t.table.drop());

  async function countCalls(query: string) {
    t.calls.count = 0;
    t.calls.commands = [];
    const result = await t.post(query);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return { result, count: t.calls.count, commands: [...t.calls.commands].sort() };
  }

  it('costs the same number of calls for 1 round as for 10', async () => {
    const all = await countCalls(`{ track(slug: "long-talks") { rounds { ${ROUND_SELECTION} } } }`);
    const one = await countCalls(`{ track(slug: "long-talks") { round(number: 1) { ${ROUND_SELECTION} } } }`);
    expect(all.result.data.track.rounds.length).toBeGreaterThanOrEqual(10);
    expect(one.count).toBe(all.count);
    // Track, projection, sources, articles, people: a handful of calls, never one per round or fact.
    expect(all.count).toBeLessThanOrEqual(6);
    console.log(`DynamoDB calls: 1 round → ${one.count} (${one.commands.join(', ')}); 10 rounds → ${all.count}`);
  });

  it('costs the same for a tracks dashboard whatever the number of rounds shown', async () => {
    const dashboard = await countCalls(`{ tracks(first: 10) { edges { node { slug parties rounds { ${ROUND_SELECTION} } } } } }`);
    expect(dashboard.count).toBeLessThanOrEqual(7);
  });
});
