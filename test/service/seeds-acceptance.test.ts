// The seeds filed through the real ingestion path, read back through the API: issue 3's acceptance list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TRACK } from '../../functions/local/seeds.ts';
import { createTestApi, type TestApi } from '../helpers/api.ts';

interface Fact {
  kind: string;
  text: string;
  sourceCount: number;
  citations: { quote: string; article: { id: string; text: string } }[];
}

describe('the five seeds, ingested and merged', () => {
  let t: TestApi;
  let rounds: any[];
  let articles: any[];
  beforeAll(async () => {
    t = await createTestApi();
    await t.seed();
    const result = await t.post(`{
      track(slug: "${SEED_TRACK.slug}") {
        rounds {
          number status date city venue
          duration { minMinutes maxMinutes text reports { text } }
          delegations { party headTitle headEvidence head { name aliases titles { title roundNumber } } }
          conflicts { field party values { text citations { source { name } } } }
          facts(first: 100) { edges { node { kind text sourceCount citations { quote article { id text } } } } }
        }
        articles(first: 10) { edges { node { id text duplicateOf { id } source { name } } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    rounds = result.data.track.rounds;
    articles = result.data.track.articles.edges.map((e: { node: unknown }) => e.node);
  }, 120_000);
  afterAll(() => t.table.drop());

  const round = (n: number) => rounds.find((r) => r.number === n);
  const facts = (n: number): Fact[] => round(n).facts.edges.map((e: { node: Fact }) => e.node);
  const fact = (n: number, kind: string, pattern: RegExp) => facts(n).find((f) => f.kind === kind && pattern.test(f.text));

  it('has held rounds 1 and 2 and a planned round 3 with no date', () => {
    expect(rounds.map((r) => [r.number, r.status])).toEqual([[1, 'HELD'], [2, 'HELD'], [3, 'PLANNED']]);
    expect(round(3).date).toBeNull();
  });

  it('places round 1 on 27 February 2025 at the US Consul General’s residence in Istanbul, over six hours, Russia led by Darchiev', () => {
    expect(round(1)).toMatchObject({ date: '2025-02-27', city: 'Istanbul', venue: 'Residence of the US Consul General' });
    expect(round(1).duration).toMatchObject({ minMinutes: 360, maxMinutes: null });
    expect(round(1).delegations).toContainEqual(expect.objectContaining({ party: 'Russia', head: expect.objectContaining({ name: 'Alexander Darchiev' }) }));
  });

  it('places round 2 on 10 April 2025 at the Russian Consulate General, 5–5.5 hours, with a DURATION conflict', () => {
    expect(round(2)).toMatchObject({ date: '2025-04-10', city: 'Istanbul', venue: 'Russian Consulate General' });
    expect(round(2).duration).toMatchObject({ text: '5–5.5 hours' });
    const duration = round(2).conflicts.find((c: { field: string }) => c.field === 'DURATION');
    const texts = duration.values.map((v: { text: string }) => v.text);
    expect(texts).toEqual(expect.arrayContaining(['5 1/2 hours', 'approximately five hours']));
    // "over five hours" agrees with 5 1/2: it is a report, not a side of the conflict on its own.
    expect(round(2).duration.reports.map((r: { text: string }) => r.text)).toContain('over five hours');
  });

  it('names both heads of round 2, and Coulter’s two reported titles are a HEAD_TITLE conflict', () => {
    const heads = Object.fromEntries(round(2).delegations.map((d: any) => [d.party, d.head?.name]));
    expect(heads).toEqual({ Russia: 'Alexander Darchiev', 'United States': 'Sonata Coulter' });
    // Both are reported as leading their sides ("led by"), not inferred.
    expect(round(2).delegations.map((d: any) => d.headEvidence)).toEqual(['REPORTED', 'REPORTED']);
    const titleConflict = round(2).conflicts.find((c: { field: string; party: string }) => c.field === 'HEAD_TITLE');
    expect(titleConflict.party).toBe('United States');
    expect(titleConflict.values.map((v: { text: string }) => v.text).join(' | ')).toMatch(/Russia and Central Europe.*European and Eurasian|European and Eurasian.*Russia and Central Europe/);
  });

  it('knows Darchiev under both spellings, with the title he held at each round', () => {
    const darchiev = round(2).delegations.find((d: any) => d.party === 'Russia').head;
    expect(darchiev.aliases).toContain('Aleksandr Darchiev');
    const byRound = Object.fromEntries(darchiev.titles.map((t: { roundNumber: number; title: string }) => [t.roundNumber, t.title]));
    expect(byRound[1]).toMatch(/North Atlantic Department/);
    expect(byRound[2]).toMatch(/ambassador/i);
  });

  it('merges the outcomes across outlets, each with its source count and verbatim citations', () => {
    const expected: [string, RegExp, number][] = [
      ['AGREEMENT', /notes/, 3],
      ['AGREEMENT', /roadmap/, 2],
      ['AGREEMENT', /visa/, 2],
      ['CONCERN', /local staff/, 2],
      ['PROPOSAL', /direct (air|flights)/, 2],
    ];
    for (const [kind, pattern, minSources] of expected) {
      const found = fact(2, kind, pattern);
      expect(found, `${kind} ${pattern}`).toBeDefined();
      expect(found!.sourceCount, `${kind} ${pattern}`).toBeGreaterThanOrEqual(minSources);
      for (const citation of found!.citations) expect(citation.article.text).toContain(citation.quote);
    }
  });

  it('marks seed 001 as a repost of seed 000 and never counts it as a source', () => {
    const duplicates = articles.filter((a) => a.duplicateOf);
    expect(duplicates).toHaveLength(1);
    const original = articles.find((a) => a.id === duplicates[0].duplicateOf.id);
    expect(original.source.name).toBe('TASS');
    for (const f of facts(2)) {
      const sources = new Set(f.citations.map((c) => c.article.id === duplicates[0].id ? original.id : c.article.id));
      expect(f.sourceCount).toBeLessThanOrEqual(sources.size);
    }
  });
});
