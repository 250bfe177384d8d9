import { describe, expect, it } from 'vitest';
import { canonicalParty, findPartyMentions } from '../../functions/ingest/parties.ts';

describe('canonicalParty', () => {
  it.each([
    ['US', 'United States'], ['U.S.', 'United States'], ['USA', 'United States'], ['America', 'United States'], ['the American team', 'United States'],
    ['Washington', 'United States'], ['Russian Federation', 'Russia'], ['the Kremlin', 'Russia'], ['Moscow', 'Russia'], ['Kiev', 'Ukraine'],
    ['Beijing', 'China'], ['Tehran', 'Iran'], ['Turkey', 'Türkiye'], ['Ankara', 'Türkiye'], ['EU', 'European Union'], ['Brussels', 'European Union'],
    ['UK', 'United Kingdom'], ['Yerevan', 'Armenia'], ['Baku', 'Azerbaijan'], ['Doha', 'Qatar'], ['Muscat', 'Oman'], ['Hamas', 'Hamas'],
    ['the Russian delegation', 'Russia'], ["Moscow's", 'Russia'],
  ])('maps "%s" to %s', (mention, party) => {
    expect(canonicalParty(mention)).toBe(party);
  });

  it('returns null for a word that names no party', () => {
    expect(canonicalParty('Galatasaray')).toBeNull();
  });
});

describe('findPartyMentions', () => {
  it('treats a capital after "in" as a place', () => {
    const [moscow] = findPartyMentions('talks in Moscow');
    expect(moscow).toMatchObject({ party: 'Russia', isPlace: true });
  });

  it('treats a capital as the subject of a verb as the party', () => {
    const [washington] = findPartyMentions('Washington demanded guarantees.');
    expect(washington).toMatchObject({ party: 'United States', isPlace: false });
  });

  it('treats "ambassador to Washington" as a place', () => {
    const mentions = findPartyMentions("Moscow's Ambassador to Washington");
    expect(mentions.map((mention) => mention.isPlace)).toEqual([false, true]);
  });

  it('treats a country named after a city as a place', () => {
    const mentions = findPartyMentions('talks in Istanbul, Türkiye, the delegations said');
    expect(mentions.find((mention) => mention.party === 'Türkiye')?.isPlace).toBe(true);
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(findPartyMentions('the talks are behind us')).toEqual([]);
  });
});
