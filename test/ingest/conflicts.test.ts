import { describe, expect, it } from 'vitest';
import { resolveCities, resolveVenues, titlesCompatible, type ArticleIndex } from '../../functions/ingest/conflicts.ts';
import { titleTokens } from '../../functions/ingest/normalize.ts';

const articles: ArticleIndex = new Map(['a', 'b', 'c'].map((id) => [id, { countingSource: id, duplicate: false, ingestedAt: '2025-01-01T00:00:00Z', publishedAt: null }]));
const at = (articleId: string) => ({ articleId, sourceId: articleId, quote: articleId });
const venues = (values: string[], city: string[] = []) =>
  resolveVenues(values.map((value, i) => ({ value, text: '', citation: at(['a', 'b', 'c'][i]!) })), new Set(city), articles);

describe('venue conflicts', () => {
  it('reads a permanent, a diplomatic and a plain mission of one country as one venue', () => {
    expect(venues(['French Permanent Mission', 'French diplomatic mission', 'French mission']).conflictValues).toBeNull();
  });

  it('reads one ministry under its several names, and a name written as one word or two, as one venue', () => {
    expect(venues(["Chile's foreign ministry", 'Ministry of Foreign Affairs']).conflictValues).toBeNull();
    expect(venues(["the Foreign Ministry's guest house", 'Mansion of the Foreign Ministry']).conflictValues).toBeNull();
    expect(venues(['Riverside Estate', 'River Side estate']).conflictValues).toBeNull();
    // Different houses and different estates still disagree.
    expect(venues(['Blair House', 'White House']).conflictValues).not.toBeNull();
    expect(venues(['Riverside Estate', 'Lakeside Estate']).conflictValues).not.toBeNull();
  });

  it('still tells two countries\' missions apart', () => {
    expect(venues(['French Permanent Mission', 'Italian diplomatic mission']).conflictValues).not.toBeNull();
  });

  it('reads the UN\'s European headquarters in Geneva as the Palais des Nations', () => {
    expect(venues(['Palais des Nations', "U.N.'s European headquarters"], ['geneva']).conflictValues).toBeNull();
    expect(venues(['Palais des Nations', "U.N.'s European headquarters"], ['vienna']).conflictValues).not.toBeNull();
  });
});

describe('city conflicts', () => {
  const cities = (reports: [string, string][]) =>
    resolveCities(reports.map(([value, articleId]) => ({ value, text: value, citation: at(articleId) })), articles);

  it('reads a town with and without its "Al-" joined, and with its district word, as one city', () => {
    expect(cities([['Al-Ula', 'a'], ['Al-Ula', 'b'], ['AlUla Governorate', 'c']]).conflictValues).toBeNull();
    expect(cities([['El Fasher', 'a'], ['Elfasher', 'b']]).conflictValues).toBeNull();
    expect(cities([['Nyala', 'a'], ['El Fasher', 'b']]).conflictValues).not.toBeNull();
  });

  it('raises no conflict for a second city that only a report naming the leading city as well gives', () => {
    // "held in Oslo …, the envoy told a news conference in Bergen": one report, two places, no disagreement.
    const result = cities([['Oslo', 'a'], ['Oslo', 'b'], ['Bergen', 'b']]);
    expect(result.value).toBe('Oslo');
    expect(result.conflictValues).toBeNull();
  });

  it('still flags a city that a report gives without the leading one', () => {
    expect(cities([['Oslo', 'a'], ['Oslo', 'b'], ['Bergen', 'c']]).conflictValues?.map((v) => v.text)).toEqual(['Oslo', 'Bergen']);
    expect(cities([['Oslo', 'a'], ['Oslo', 'b'], ['Bergen', 'b'], ['Bergen', 'c']]).conflictValues).not.toBeNull();
  });
});

describe('venue spellings', () => {
  it('reads two transliterations of one name as one venue', () => {
    expect(venues(['Schoenbrunn Palace', 'Schönbrunn palace']).conflictValues).toBeNull();
    expect(venues(['Belovezhskaya Forest lodge', 'Bilovezka Forest lodge']).conflictValues).toBeNull();
  });

  it('still tells two names that share their first letters apart', () => {
    expect(venues(['Interior Ministry', 'International Conference Centre']).conflictValues).not.toBeNull();
    expect(venues(['Sheraton Hotel', 'Shangri-La Hotel']).conflictValues).not.toBeNull();
    expect(venues(['Marriott Hotel', 'Mariinsky Palace']).conflictValues).not.toBeNull();
  });
});

describe('title conflicts', () => {
  it('reads "envoy" as the role an ambassador holds in the talks, not a post that contradicts his rank', () => {
    const tokens = (title: string) => titleTokens(title, new Set());
    expect(titlesCompatible(tokens('Ambassador'), tokens('envoy'))).toBe(true);
    expect(titlesCompatible(tokens('Deputy Foreign Minister'), tokens('Foreign Minister'))).toBe(false);
    // Whose adviser, with the principal's post and nickname or without them, is one post.
    expect(titlesCompatible(tokens('adviser to SPLM chairman Ana Maria Soto "Kaka"'), tokens('adviser to SPLM chairman Ana Maria Sotto'))).toBe(true);
    expect(titlesCompatible(tokens('adviser to the Prime Minister'), tokens('adviser to the President'))).toBe(false);
  });

  it('reads a post written shut, hyphenated or open as one post', () => {
    const tokens = (title: string) => titleTokens(title, new Set());
    expect(titlesCompatible(tokens('Under-Secretary of Foreign Affairs'), tokens('Foreign Affairs Undersecretary'))).toBe(true);
    expect(titlesCompatible(tokens('Vicepresident'), tokens('Vice President'))).toBe(true);
    expect(titlesCompatible(tokens('Undersecretary'), tokens('Secretary'))).toBe(false);
  });
});
