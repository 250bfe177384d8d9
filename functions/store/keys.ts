// Key builders for the single table: every pk/sk/gsi1 value is made here and nowhere else.

const pad = (n: number, width = 3) => String(n).padStart(width, '0');

export const TRACK_LIST_PK = 'TRACKS';
export const SOURCE_LIST_PK = 'SOURCES';
export const PEOPLE_LIST_PK = 'PEOPLE';

export const trackPk = (slug: string) => `TRACK#${slug}`;

export const keys = {
  track: (slug: string) => ({ pk: trackPk(slug), sk: '#TRACK', gsi1pk: TRACK_LIST_PK, gsi1sk: slug }),
  trackKey: (slug: string) => ({ pk: trackPk(slug), sk: '#TRACK' }),
  lock: (slug: string) => ({ pk: trackPk(slug), sk: '#LOCK' }),
  article: (slug: string, articleId: string) => ({ pk: trackPk(slug), sk: `ARTICLE#${articleId}` }),
  source: (sourceId: string, name: string) => ({
    pk: `SOURCE#${sourceId}`,
    sk: '#SOURCE',
    gsi1pk: SOURCE_LIST_PK,
    gsi1sk: name.toLowerCase(),
  }),
  sourceKey: (sourceId: string) => ({ pk: `SOURCE#${sourceId}`, sk: '#SOURCE' }),
  round: (slug: string, number: number) => ({ pk: trackPk(slug), sk: `ROUND#${pad(number)}` }),
  /** Facts sort under their round, inside the track's projection range. */
  fact: (slug: string, roundNumber: number, factId: string) => ({ pk: trackPk(slug), sk: `FACT#${pad(roundNumber)}#${factId}` }),
  /** One verbatim sentence, stored once per track and referenced by the citations of rounds and facts. */
  quote: (slug: string, key: string) => ({ pk: trackPk(slug), sk: `QUOTE#${key}` }),
  factKey: (slug: string, roundNumber: number, factId: string) => ({
    pk: trackPk(slug),
    sk: `FACT#${pad(roundNumber)}#${factId}`,
  }),
  person: (personId: string, slug: string, foldedName: string) => ({
    pk: `PERSON#${personId}`,
    sk: trackPk(slug),
    gsi1pk: PEOPLE_LIST_PK,
    gsi1sk: `${foldedName}#${personId}#${slug}`,
  }),
};

/** Sort-key range that holds a track's whole projection (facts, quotes, rounds) and nothing else. */
export const PROJECTION_RANGE = { from: 'FACT#', to: 'ROUND#\uffff' } as const;
export const ARTICLE_PREFIX = 'ARTICLE#';
export const FACT_PREFIX = 'FACT#';
export const QUOTE_PREFIX = 'QUOTE#';
export const ROUND_PREFIX = 'ROUND#';

export const roundSkPrefix = (roundNumber: number) => `FACT#${pad(roundNumber)}#`;
