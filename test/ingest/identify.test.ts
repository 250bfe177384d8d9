import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../functions/ingest/clean.ts';
import { canonicalOutlet, identifyArticle, parseDateline } from '../../functions/ingest/identify.ts';

const identify = (raw: string, input = {}) => identifyArticle(cleanArticle(raw), input);

describe('parseDateline', () => {
  it('reads a wire dateline whose place ends in a full stop before the date ("KYIV. Mar 3 (Interfax) -")', () => {
    expect(parseDateline('KYIV. Mar 3 (Interfax) - The two delegations met on Monday.')).toMatchObject({ city: 'Kyiv', month: 3, day: 3, outlet: 'Interfax' });
  });

  it('reads a TASS dateline with city, date and outlet', () => {
    expect(parseDateline('ISTANBUL, April 10. /TASS/. Russia and the US met.')).toMatchObject({ city: 'Istanbul', month: 4, day: 10, outlet: 'TASS' });
  });

  it('reads an IANS dateline without a separator after the credit', () => {
    expect(parseDateline('Istanbul, April 10 (IANS) Russia and the United States began talks.')).toMatchObject({ city: 'Istanbul', outlet: 'IANS' });
  });

  it('reads "ANKARA (AA) -" as Anadolu Agency', () => {
    expect(parseDateline('ANKARA (AA) - Turkish officials said.')?.outlet).toBe('Anadolu Agency');
  });

  it('reads a bare "City:" dateline', () => {
    expect(parseDateline('Istanbul: The Russian consulate said that progress was made.')?.city).toBe('Istanbul');
  });

  it('does not take an ordinary sentence opening for a dateline', () => {
    expect(parseDateline('Russia and the US wrapped up another round of talks.')).toBeNull();
  });

  it('reports the dateline length so analysis can skip it', () => {
    const text = 'GENEVA (Reuters) - The talks ended.';
    expect(text.slice(parseDateline(text)?.length ?? 0)).toBe('The talks ended.');
  });
});

describe('identifyArticle', () => {
  it('prefers the caller-given source, canonicalized', () => {
    expect(identify('Some text about talks in Rome.', { source: 'associated press' }).source).toBe('Associated Press');
  });

  it('takes the outlet from a "X for Y" byline', () => {
    expect(identify('The talks ended on Friday in Istanbul, both sides said.\nAarav Patel for TROIB News').source).toBe('TROIB News');
  });

  it('takes the outlet from a copyright line', () => {
    expect(identify('The talks ended on Friday in Istanbul, both sides said.\n© 2025 Anadolu Agency').source).toBe('Anadolu Agency');
  });

  it('ignores a generic "Sources:" line', () => {
    expect(identify('The talks ended on Friday in Istanbul, both sides said.\nSources: News Agency - officials').source).toBeNull();
  });

  it('takes the date from a leading marker', () => {
    expect(identify(' date 2025-04-11 Talks end in Istanbul, officials said on Friday.').publishedAt).toBe('2025-04-11');
  });

  it('completes a dateline date with the year of a full date in the text', () => {
    expect(identify('ISTANBUL, June 2. /TASS/. The talks ended. The first round was held on May 16, 2025.').publishedAt).toBe('2025-06-02');
  });

  it('does not guess a year from a bare year in the text', () => {
    expect(identify('ISTANBUL, June 2. /TASS/. The talks ended. The last talks were held in 2022.').publishedAt).toBeNull();
  });

  it('returns null for what cannot be told', () => {
    const identity = identify('The talks ended without agreement, both sides said on Friday.');
    expect([identity.source, identity.publishedAt, identity.title]).toEqual([null, null, null]);
  });

  it('canonicalizes well-known outlet names', () => {
    expect(['AP', 'anadolu', 'Xinhua News Agency', 'RIA'].map(canonicalOutlet)).toEqual(['Associated Press', 'Anadolu Agency', 'Xinhua', 'RIA Novosti']);
  });
});

describe('datelines after a standfirst', () => {
  it('reads "Place, Country - " as a dateline', () => {
    expect(parseDateline('Sigtuna, Sweden - The two sides agreed to a truce.')).toMatchObject({ city: 'Sigtuna', length: 18 });
  });

  it('finds the dateline of the paragraph after a one-line summary', () => {
    const { dateline } = identify('Envoys agree truce as week of talks closes.\n\nSigtuna, Sweden - The two sides agreed to a truce on Thursday.');
    expect(dateline).toMatchObject({ city: 'Sigtuna', start: 45 });
  });

  it('does not take an ordinary second paragraph for a dateline', () => {
    expect(identify('Envoys agree truce as week of talks closes.\n\nMeanwhile the sides met again - briefly.').dateline).toBeNull();
  });
});
