import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../functions/service/ingest-article.ts';
import { readSeedArticles } from '../../functions/local/seeds.ts';
import { createRepository, type Repository } from '../../functions/store/repository.ts';
import { createTestTable, type TestTable } from '../helpers/dynamodb.ts';

const factKeys = async (repo: Repository, slug: string) =>
  (await repo.getTrackProjection(slug)).facts.map((f) => `${f.roundNumber}|${f.kind}|${f.text}|${f.sourceCount}|${f.citations.length}`).sort();
const roundKeys = async (repo: Repository, slug: string) =>
  (await repo.getTrackProjection(slug)).rounds.map((r) => `${r.number}|${r.status}|${r.date}|${r.venue}|${r.duration?.text}`).sort();

describe('crash safety', () => {
  let table: TestTable;
  let repo: Repository;
  const seeds = readSeedArticles();
  /** Fault injection: when set to N, the Nth BatchWriteItem from now fails as if the process died there. */
  let crashOnWrite = 0;
  beforeAll(async () => {
    table = await createTestTable('crash');
    table.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'BatchWriteItemCommand' && crashOnWrite > 0 && --crashOnWrite === 0) {
          throw Object.assign(new Error('injected crash during projection writes'), { name: 'InjectedCrash' });
        }
        return next(args);
      },
      { step: 'initialize', name: 'injectCrash' },
    );
    repo = createRepository({ client: table.client, tableName: table.tableName });
    await repo.createTrack('clean', 'Clean');
    for (const { text } of seeds) await ingestArticle(repo, { track: 'clean', text });
  }, 120_000);
  afterAll(() => table.drop());

  it('converges after a crash between storing the article and projecting it', async () => {
    await repo.createTrack('crash-before', 'Crash before projection');
    for (const { text } of seeds.slice(0, 4)) await ingestArticle(repo, { track: 'crash-before', text });
    const last = seeds[4]!.text;
    await expect(
      ingestArticle(repo, { track: 'crash-before', text: last }, { beforeProjection: async () => { throw new Error('crash'); } }),
    ).rejects.toThrow('crash');
    const retry = await ingestArticle(repo, { track: 'crash-before', text: last });
    expect(retry.alreadyIngested).toBe(true);
    expect(await factKeys(repo, 'crash-before')).toEqual(await factKeys(repo, 'clean'));
    expect(await roundKeys(repo, 'crash-before')).toEqual(await roundKeys(repo, 'clean'));
  }, 120_000);

  it('converges after a crash part-way through the projection writes, and readers meet no dangling round', async () => {
    await repo.createTrack('crash-during', 'Crash during projection');
    for (const { text } of seeds.slice(0, 3)) await ingestArticle(repo, { track: 'crash-during', text });
    // The first batch (facts and people) goes through; the second (rounds) "crashes".
    crashOnWrite = 2;
    await expect(ingestArticle(repo, { track: 'crash-during', text: seeds[3]!.text })).rejects.toThrow(/injected crash/);
    expect(crashOnWrite).toBe(0);
    // Rounds point at their heads: every head a reader can reach must exist, even mid-crash.
    const midway = await repo.getTrackProjection('crash-during');
    for (const round of midway.rounds) {
      for (const delegation of round.delegations) {
        if (delegation.headId) expect(await repo.getPersonParts(delegation.headId)).not.toHaveLength(0);
      }
    }
    await ingestArticle(repo, { track: 'crash-during', text: seeds[3]!.text });
    await ingestArticle(repo, { track: 'crash-during', text: seeds[4]!.text });
    expect(await factKeys(repo, 'crash-during')).toEqual(await factKeys(repo, 'clean'));
    expect(await roundKeys(repo, 'crash-during')).toEqual(await roundKeys(repo, 'clean'));
  }, 120_000);
});
