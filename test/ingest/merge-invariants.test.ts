import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../functions/core/types.ts';
import { mergeTrack } from '../../functions/ingest/merge.ts';
import { article, fact, round, seen, shuffled } from '../fixtures/merge/build.ts';
import { embassyTalks, tass, tassRepost } from '../fixtures/merge/embassy-talks.ts';
import { iranTalks } from '../fixtures/merge/iran-talks.ts';
import { ukraineTalks } from '../fixtures/merge/ukraine-talks.ts';

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('mergeTrack order independence', () => {
  it('gives a deep-equal projection for every permutation of the seed articles', () => {
    // Arrange
    const expected = mergeTrack(embassyTalks);

    // Act / Assert: all 120 orders
    for (const order of permutations(embassyTalks)) expect(mergeTrack(order)).toEqual(expected);
  });

  it.each([
    ['US–Iran', iranTalks],
    ['Russia–Ukraine', ukraineTalks],
  ])('gives a deep-equal projection for every permutation of the %s articles', (_name, articles) => {
    const expected = mergeTrack(articles);

    for (const order of permutations(articles)) expect(mergeTrack(order)).toEqual(expected);
  });

  it('gives a deep-equal projection for random shuffles of a large track', () => {
    // Arrange
    const articles = syntheticTrack(120);
    const expected = mergeTrack(articles);

    // Act / Assert
    for (let seed = 1; seed <= 20; seed++) expect(mergeTrack(shuffled(articles, seed))).toEqual(expected);
  });

  it('ignores a second copy of the same article record', () => {
    expect(mergeTrack([...embassyTalks, tass])).toEqual(mergeTrack(embassyTalks));
  });
});

describe('mergeTrack and reposts', () => {
  it('does not count a repost towards sources', () => {
    // Arrange
    const withRepost = mergeTrack([tass, tassRepost]);

    // Act
    const alone = mergeTrack([tass]);

    // Assert
    const counts = (p: typeof alone): number[] => p.rounds.flatMap((r) => r.facts.map((f) => f.sourceCount));
    expect(counts(withRepost)).toEqual(counts(alone));
    expect(withRepost.rounds.map((r) => r.sourceIds)).toEqual(alone.rounds.map((r) => r.sourceIds));
  });

  it("counts a fact reported only by a repost once, for the original's source", () => {
    // Arrange: the repost carries a sentence the original's extraction missed.
    const original = article({
      id: 'a', sourceId: 'wire', publishedAt: '2025-03-01', parties: ['Armenia', 'Azerbaijan'],
      rounds: [round({ ordinal: 1, status: 'HELD', dates: [seen('2025-03-01', 'Talks were held on March 1.')] })],
    });
    const repost = article({
      id: 'b', sourceId: 'aggregator', publishedAt: '2025-03-02', duplicateOf: 'a', parties: ['Armenia', 'Azerbaijan'],
      rounds: [
        round({
          ordinal: 1,
          status: 'HELD',
          dates: [seen('2025-03-01', 'Talks were held on March 1.')],
          facts: [fact('AGREEMENT', 'The sides agreed to open border demarcation commissions.', ['Armenia', 'Azerbaijan'])],
        }),
      ],
    });

    // Act
    const projection = mergeTrack([repost, original]);

    // Assert
    const [fact1] = projection.rounds[0]!.facts;
    expect(fact1!.sourceCount).toBe(1);
    expect(fact1!.citations).toEqual([{ articleId: 'b', sourceId: 'aggregator', quote: 'The sides agreed to open border demarcation commissions.' }]);
    expect(projection.rounds[0]!.sourceIds).toEqual(['wire']);
  });

  it('follows a chain of reposts to the first original', () => {
    const first = article({ id: 'x1', sourceId: 's1', publishedAt: '2025-01-10', parties: ['A'], rounds: [round({ ordinal: 1, status: 'HELD', facts: [fact('STATEMENT', 'Delegations exchanged views on fisheries quotas.')] })] });
    const second = { ...first, id: 'x2', sourceId: 's2', duplicateOf: 'x1' };
    const third = { ...first, id: 'x3', sourceId: 's3', duplicateOf: 'x2' };

    const projection = mergeTrack([third, second, first]);

    expect(projection.rounds[0]!.facts[0]!.sourceCount).toBe(1);
    expect(projection.rounds[0]!.sourceIds).toEqual(['s1']);
  });
});

describe('mergeTrack round identity', () => {
  it('never creates two rounds for one meeting reported with and without an ordinal', () => {
    const numbered = article({ id: 'n', sourceId: 'one', publishedAt: '2025-02-02', parties: ['A', 'B'], rounds: [round({ ordinal: 3, status: 'HELD', dates: [seen('2025-02-01', 'The third round took place on February 1.')] })] });
    const dated = article({ id: 'd', sourceId: 'two', publishedAt: '2025-02-02', parties: ['A', 'B'], rounds: [round({ status: 'HELD', relative: 'current', dates: [seen('2025-02-01', 'Talks took place on Saturday.')] })] });

    const projection = mergeTrack([numbered, dated]);

    expect(projection.rounds.map((r) => [r.number, r.sourceIds])).toEqual([[3, ['one', 'two']]]);
  });

  it('numbers unnumbered rounds by date order', () => {
    const early = article({ id: 'e', sourceId: 'one', publishedAt: '2025-01-05', parties: ['A', 'B'], rounds: [round({ status: 'HELD', dates: [seen('2025-01-05', 'They met on January 5.')] })] });
    const late = article({ id: 'l', sourceId: 'two', publishedAt: '2025-02-05', parties: ['A', 'B'], rounds: [round({ status: 'HELD', dates: [seen('2025-02-05', 'They met on February 5.')] })] });

    const projection = mergeTrack([late, early]);

    expect(projection.rounds.map((r) => [r.number, r.date])).toEqual([
      [1, '2025-01-05'],
      [2, '2025-02-05'],
    ]);
  });

  it('does not create a round from a mention with nothing in it', () => {
    const only = article({ id: 'o', sourceId: 'one', publishedAt: '2025-01-05', parties: ['A', 'B'], rounds: [round({ status: 'HELD', relative: 'previous' })] });

    expect(mergeTrack([only]).rounds).toEqual([]);
  });

  it('returns an empty projection for no articles', () => {
    expect(mergeTrack([])).toEqual({ parties: [], rounds: [], people: [] });
  });
});

describe('mergeTrack speed', () => {
  it('merges 1,000 articles of one track well under a second', () => {
    // Arrange
    const articles = syntheticTrack(1000);
    mergeTrack(articles.slice(0, 50)); // warm the JIT so the timing measures the merge, not compilation

    // Act
    const started = performance.now();
    const projection = mergeTrack(articles);
    const elapsed = performance.now() - started;

    // Assert
    expect(projection.rounds.length).toBeGreaterThanOrEqual(2);
    expect(elapsed).toBeLessThan(1000);
  });
});

/** Many outlets re-reporting the seeds' coverage in their own words, a fifth of them reposts. */
function syntheticTrack(size: number): ArticleRecord[] {
  const out: ArticleRecord[] = [];
  for (let i = 0; i < size; i++) {
    const base = embassyTalks[i % embassyTalks.length]!;
    const id = `syn-${String(i).padStart(4, '0')}`;
    const reword = (text: string): string => (i % 3 === 0 ? text : i % 3 === 1 ? `Officials said that ${text.charAt(0).toLowerCase()}${text.slice(1)}` : `${text.replace(/\.$/, '')}, outlet ${i % 50} reported.`);
    out.push({
      ...base,
      id,
      sourceId: `outlet-${i % 97}`,
      ingestedAt: `2025-04-${String(10 + (i % 20)).padStart(2, '0')}T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
      duplicateOf: i % 5 === 4 ? `syn-${String(i - 1).padStart(4, '0')}` : null,
      extraction: {
        ...base.extraction,
        rounds: base.extraction.rounds.map((r) => ({ ...r, facts: r.facts.map((f) => ({ ...f, text: reword(f.text) })) })),
      },
    });
  }
  return out;
}
