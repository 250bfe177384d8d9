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
});
