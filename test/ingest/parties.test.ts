import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../functions/ingest/extract.ts';
import { canonicalParty, discoverSides, findPartyMentions, withSides } from '../../functions/ingest/parties.ts';

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

describe('non-state sides', () => {
  const sides = (text: string) => withSides(discoverSides(text), () => findPartyMentions(text).filter((m) => !m.isPlace).map((m) => m.party));

  it('reads a government and its opposition as the state and "<adjective> opposition"', () => {
    const text = "Colombia's government and the opposition coalition Democratic Pact resumed talks. The opposition delegation walked out; the government said it would return.";
    expect(new Set(sides(text))).toEqual(new Set(['Colombia', 'Colombian opposition']));
    expect(withSides(discoverSides(text), () => canonicalParty('Democratic Pact'))).toBe('Colombian opposition');
  });

  it('keeps "opposition to" as disagreement and leaves state-to-state articles alone', () => {
    expect(discoverSides('Egypt voiced its opposition to the dam during talks with Ethiopia.')).toBeNull();
  });

  it('recognises a rebel group introduced as such, under its acronym when one is given', () => {
    const text = 'The Congolese government and the M23 rebel group held talks in Doha. The M23 delegation was led by Benjamin Mbonimpa.';
    expect(new Set(sides(text))).toEqual(new Set(['Democratic Republic of the Congo', 'M23']));
    const eln = 'Talks between the government and the National Liberation Army (ELN) resumed in Caracas. ELN negotiators said the ceasefire holds.';
    const lexicon = discoverSides(eln);
    expect(withSides(lexicon, () => canonicalParty('National Liberation Army'))).toBe('ELN');
    expect(withSides(lexicon, () => findPartyMentions(eln).filter((m) => !m.isPlace).map((m) => m.party))).toContain('ELN');
  });

  it('joins a group\'s name and its initials, bracketed or "known by its initials"', () => {
    for (const text of [
      "The Philippines' government and the Popular Revolutionary Army (PRA) rebel group ended talks. The PRA team left on Monday.",
      "Talks between the government of the Philippines and the Popular Revolutionary Army, known by its Spanish initials PRA, ended. The PRA delegation left.",
    ]) {
      const lexicon = discoverSides(text);
      expect(withSides(lexicon, () => [canonicalParty('Popular Revolutionary Army'), canonicalParty('PRA'), canonicalParty('the government')])).toEqual(['PRA', 'PRA', 'Philippines']);
    }
  });

  it('treats the Houthis as a side of their own', () => {
    expect(canonicalParty('the Houthis')).toBe('Houthis');
  });

  it('forgets an article\'s sides once it is extracted', () => {
    withSides(discoverSides('The government and the opposition met in Oslo.'), () => undefined);
    expect(canonicalParty('opposition')).toBeNull();
  });
});

describe('sides of the negotiation in an article', () => {
  it('takes "X and Y agreed …" as the two sides even when each is named once', () => {
    const text = 'ANKARA - Pakistan and Afghanistan have agreed to maintain the ceasefire, the Turkish Foreign Ministry said after talks hosted by Türkiye and Qatar in Istanbul. The talks were held in Istanbul.';
    expect(extractRounds(text, '2025-10-30').parties).toEqual(['Pakistan', 'Afghanistan']);
  });

  it('takes a proper-noun body that sends a delegation as a side', () => {
    const text = "The Southern Transitional Council's delegation, led by Aidarous al-Zubaidi, met Yemen's government delegation in Riyadh. The talks ended on Sunday.";
    const { parties, rounds } = extractRounds(text, '2025-10-30');
    expect(parties).toEqual(expect.arrayContaining(['Southern Transitional Council', 'Yemen']));
    expect(rounds[0]?.delegations.map((d) => d.party)).toContain('Southern Transitional Council');
  });
});
