import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../functions/core/errors.ts';
import { extractArticle } from '../../functions/ingest/index.ts';

const REPORT = 'GENEVA (Reuters) - US and Chinese officials held a second round of trade talks in Geneva on Monday. The talks lasted about five hours. China urged the United States to lift tariffs.';

describe('extractArticle', () => {
  it('rejects empty text', () => {
    expect(() => extractArticle({ text: '   \n ' })).toThrow(BadInputError);
  });

  it('rejects text over 200 KB of UTF-8', () => {
    expect(() => extractArticle({ text: 'é'.repeat(102_401) })).toThrow(/204800 bytes/);
  });

  it('rejects NUL bytes as binary junk', () => {
    expect(() => extractArticle({ text: 'PK\u0003\u0004\u0000\u0000 talks' })).toThrow(BadInputError);
  });

  it('rejects mostly non-printable text', () => {
    expect(() => extractArticle({ text: '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(10) })).toThrow(BadInputError);
  });

  it('returns no rounds for an article in another language', () => {
    expect(extractArticle({ text: 'Переговоры в Стамбуле завершились в пятницу. Стороны договорились продолжить консультации.' }).rounds).toEqual([]);
  });

  it('returns no rounds for an article about something else', () => {
    expect(extractArticle({ text: 'Galatasaray and Fenerbahce drew 0-0 in the Istanbul derby on Sunday. The match was watched by 50,000 fans.' }).rounds).toEqual([]);
  });

  it('quotes only sentences found verbatim in the returned text', () => {
    const extraction = extractArticle({ text: REPORT, publishedAt: '2025-05-12' });
    const quotes = extraction.rounds.flatMap((round) => [...round.dates, ...round.cities, ...round.durations, ...round.facts].map((item) => item.quote));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(extraction.text).toContain(quote);
  });

  it('runs the steps end to end', () => {
    const extraction = extractArticle({ text: REPORT, publishedAt: '2025-05-12' });
    expect(extraction).toMatchObject({ source: 'Reuters', publishedAt: '2025-05-12', parties: ['United States', 'China'] });
    expect(extraction.rounds[0]).toMatchObject({ ordinal: 2, status: 'HELD' });
    expect(extraction.rounds[0]?.dates[0]?.value).toBe('2025-05-12');
  });

  describe('heads of delegations', () => {
    const heads = (text: string) =>
      extractArticle({ text, publishedAt: '2025-03-10' }).rounds.map((round) => ({ status: round.status, date: round.dates[0]?.value ?? null, heads: round.delegations.map((d) => `${d.party}: ${d.head} (${d.headTitle})`) }));

    it('resolves bare surnames of a round sentence through the people the article introduced', () => {
      const rounds = heads(
        'BELGRADE (Reuters) - Serbia and Kosovo held a third round of talks in Brussels on Monday. Serbian Foreign Minister Marko Petrovic and Kosovo envoy Arben Krasniqi sat in separate rooms while EU officials carried messages. The first round was held in Brussels on January 12. That meeting, also led by Petrovic and Krasniqi, lasted two hours.',
      );
      expect(rounds.find((round) => round.date === '2025-01-12')?.heads).toEqual(['Serbia: Marko Petrovic (Foreign Minister)', 'Kosovo: Arben Krasniqi (envoy)']);
    });

    it('gives heads said to have led "every round" to each held round of the article', () => {
      const rounds = heads(
        'BELGRADE (Reuters) - Serbia and Kosovo held a third round of talks in Brussels on Monday. Serbian Foreign Minister Marko Petrovic and Kosovo envoy Arben Krasniqi sat in separate rooms. The second round was held in Vienna on February 9. Petrovic and Krasniqi have headed their delegations in every round.',
      );
      expect(rounds.find((round) => round.date === '2025-02-09')?.heads).toEqual(['Serbia: Marko Petrovic (Foreign Minister)', 'Kosovo: Arben Krasniqi (envoy)']);
    });

    it('reads the post of a plural ("the presidents of A and B") and gives the subject of a planned meeting to that meeting', () => {
      const rounds = heads("OSLO (AP) - The presidents of Egypt and Ethiopia met in Oslo on Monday for talks on the dam. Egypt's Karim Nasser and Ethiopia's Dawit Bekele met for three hours. Nasser and Bekele will meet again in Cairo next month, officials said.");
      expect(rounds.map((round) => [round.status, round.heads])).toEqual([
        ['HELD', ['Egypt: Karim Nasser (president)', 'Ethiopia: Dawit Bekele (president)']],
        ['PLANNED', ['Egypt: Karim Nasser (president)', 'Ethiopia: Dawit Bekele (president)']],
      ]);
    });
  });
});
