import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../functions/service/ingest-article.ts';
import { readSeedArticles } from '../../functions/local/seeds.ts';
import { createRepository, type Repository } from '../../functions/store/repository.ts';
import { createTestTable, type TestTable } from '../helpers/dynamodb.ts';

/** What a reader can see of a track, without ids and times that depend on when things were written. */
async function snapshot(repo: Repository, slug: string) {
  const { rounds, facts } = await repo.getTrackProjection(slug);
  const track = await repo.getTrack(slug);
  const cite = (c: { articleId: string; sourceId: string; quote: string }) => `${c.articleId}|${c.sourceId}|${c.quote}`;
  return {
    articleCount: track?.articleCount,
    parties: track?.parties,
    rounds: rounds
      .map((r) => ({ number: r.number, status: r.status, date: r.date, venue: r.venue, city: r.city, duration: r.duration, conflicts: r.conflicts, delegations: r.delegations, sourceIds: r.sourceIds }))
      .sort((a, b) => a.number - b.number),
    facts: facts
      .map((f) => ({ round: f.roundNumber, kind: f.kind, text: f.text, sourceCount: f.sourceCount, citations: f.citations.map(cite).sort() }))
      .sort((a, b) => (a.round - b.round) || a.text.localeCompare(b.text)),
  };
}

describe('concurrent ingestion', () => {
  let table: TestTable;
  let repo: Repository;
  const seeds = readSeedArticles();
  beforeAll(async () => {
    table = await createTestTable('concurrency');
    repo = createRepository({ client: table.client, tableName: table.tableName });
  });
  afterAll(() => table.drop());

  it('gives 20 overlapping concurrent ingestions exactly the facts of a sequential run', async () => {
    await repo.createTrack('sequential', 'Sequential');
    for (const { text } of seeds) await ingestArticle(repo, { track: 'sequential', text });

    await repo.createTrack('concurrent', 'Concurrent');
    const calls = Array.from({ length: 20 }, (_, i) => seeds[(i * 3) % seeds.length]!.text);
    const results = await Promise.all(calls.map((text) => ingestArticle(repo, { track: 'concurrent', text })));

    expect(results.filter((r) => !r.alreadyIngested)).toHaveLength(seeds.length);
    expect(await snapshot(repo, 'concurrent')).toEqual(await snapshot(repo, 'sequential'));
  }, 120_000);

  it('converges to the same facts whatever the order of ingestion', async () => {
    await repo.createTrack('reversed', 'Reversed');
    for (const { text } of [...seeds].reverse()) await ingestArticle(repo, { track: 'reversed', text });
    expect(await snapshot(repo, 'reversed')).toEqual(await snapshot(repo, 'sequential'));
  }, 120_000);
});
