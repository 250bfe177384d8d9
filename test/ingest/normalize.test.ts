import { describe, expect, it } from 'vitest';
import type { CitationRef } from '../../functions/core/types.ts';
import {
  formatMinutes,
  groupTitles,
  resolveCities,
  resolveDurations,
  resolveVenues,
  titlesCompatible,
  type ArticleIndex,
} from '../../functions/ingest/conflicts.ts';
import { factTokens, foldText, geoTokensOf, placeKey, titleTokens, wordTokens } from '../../functions/ingest/normalize.ts';
import { buildPeople, parsePersonName, phoneticKey } from '../../functions/ingest/people.ts';

const articles: ArticleIndex = new Map(
  ['a', 'b', 'c', 'd'].map((id) => [id, { countingSource: `src-${id}`, duplicate: false, ingestedAt: '2025-01-01T00:00:00Z', publishedAt: null }]),
);
const at = (articleId: string): CitationRef => ({ articleId, sourceId: `src-${articleId}`, quote: `quote ${articleId}` });

describe('folding and place keys', () => {
  it('folds diacritics and Turkish dotless i', () => {
    expect(foldText('Dolmabahçe Çırağan Türkiye')).toBe('dolmabahce ciragan turkiye');
  });

  it('drops a leading "the" and punctuation from place keys', () => {
    expect(placeKey('The Dolmabahçe Palace,')).toBe(placeKey('Dolmabahce palace'));
  });

  it('shows the accented city when any source has it', () => {
    const result = resolveCities(
      [
        { value: 'Turkiye', text: 'Turkiye', citation: at('a') },
        { value: 'Türkiye', text: 'Türkiye', citation: at('b') },
        { value: 'Turkiye', text: 'Turkiye', citation: at('c') },
      ],
      articles,
    );

    expect(result.value).toBe('Türkiye');
    expect(result.conflictValues).toBeNull();
  });

  it('recognises venue variants by token containment after dropping the city', () => {
    const result = resolveVenues(
      [
        { value: 'Russian Consulate General', text: '', citation: at('a') },
        { value: 'the Russian consulate', text: '', citation: at('b') },
        { value: 'Russian Consulate General in Istanbul', text: '', citation: at('c') },
      ],
      new Set(['istanbul']),
      articles,
    );

    expect(result.conflictValues).toBeNull();
    expect(result.reports).toHaveLength(3);
  });

  it('flags two different venues', () => {
    const result = resolveVenues(
      [
        { value: 'Dolmabahçe Palace', text: '', citation: at('a') },
        { value: 'Çırağan Palace', text: '', citation: at('b') },
      ],
      new Set(),
      articles,
    );

    expect(result.conflictValues?.map((v) => v.text)).toEqual(['Dolmabahçe Palace', 'Çırağan Palace']);
  });
});

describe('person identity', () => {
  it.each([
    ['Alexander', 'Aleksandr'],
    ['Darchiev', 'Darchyev'],
    ['Sergei', 'Sergey'],
    ['Sergej', 'Sergey'],
    ['Mohammad', 'Muhammad'],
    ['Mohammed', 'Mohammad'],
    ['Araghchi', 'Araqchi'],
    ['Witkoff', 'Vitkoff'],
    ['Medinsky', 'Medinskiy'],
    ['Zelensky', 'Zelenskyy'],
    ['Bethancourt', 'Betancourt'],
  ])('gives %s and %s the same phonetic key', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
  });

  it('tells different surnames apart', () => {
    expect(phoneticKey('Lavrov')).not.toBe(phoneticKey('Ryabkov'));
  });

  it('strips honorifics from written names', () => {
    expect(parsePersonName('Foreign Minister Abbas Araghchi')?.form).toBe('Abbas Araghchi');
  });

  it('attaches a bare surname and an initial to the full name', () => {
    const people = buildPeople(
      ['Alexander Darchiev', 'Darchiev', 'A. Darchiev', 'Aleksandr Darchiev', 'Alexander Darchiev'].map((name) => ({
        name,
        countingSource: name,
        duplicate: false,
      })),
    );

    expect(people.people).toHaveLength(1);
    expect(people.people[0]).toMatchObject({ name: 'Alexander Darchiev', aliases: ['Aleksandr Darchiev'] });
    expect(people.resolve('Darchiev')?.id).toBe(people.people[0]!.id);
  });

  it('keeps the person id when a new spelling arrives and becomes the display name', () => {
    const before = buildPeople([{ name: 'Aleksandr Darchiev', countingSource: 'x', duplicate: false }]);
    const after = buildPeople(
      ['Aleksandr Darchiev', 'Alexander Darchiev', 'Alexander Darchiev'].map((name, i) => ({ name, countingSource: `s${i}`, duplicate: false })),
    );

    expect(after.people[0]!.name).toBe('Alexander Darchiev');
    expect(after.people[0]!.id).toBe(before.people[0]!.id);
  });

  it('takes a form with an extra given name for the same person, and keeps other given names apart', () => {
    const people = buildPeople([
      { name: 'Tomas Ferreira', countingSource: 'one', duplicate: false },
      { name: 'Jose Tomas Ferreira', countingSource: 'two', duplicate: false },
      { name: 'Luis Ferreira', countingSource: 'three', duplicate: false },
    ]);

    expect(people.people.map((p) => [p.name, p.aliases])).toEqual([
      ['Jose Tomas Ferreira', ['Tomas Ferreira']],
      ['Luis Ferreira', []],
    ]);
  });

  it('breaks a frequency tie by sources, then by code-unit order', () => {
    const people = buildPeople([
      { name: 'Vladimir Medinsky', countingSource: 'one', duplicate: false },
      { name: 'Vladimir Medinskiy', countingSource: 'two', duplicate: false },
    ]);

    expect(people.people[0]!.name).toBe('Vladimir Medinskiy');
  });

  it('does not let reposts make a spelling more frequent', () => {
    const people = buildPeople([
      { name: 'Sergei Ryabkov', countingSource: 'one', duplicate: false },
      { name: 'Sergey Ryabkov', countingSource: 'two', duplicate: false },
      { name: 'Sergey Ryabkov', countingSource: 'two', duplicate: false },
      { name: 'Sergei Ryabkov', countingSource: 'one', duplicate: true },
      { name: 'Sergei Ryabkov', countingSource: 'one', duplicate: true },
    ]);

    expect(people.people[0]!.name).toBe('Sergey Ryabkov');
  });

  it('keeps two people with the same surname and different given names apart', () => {
    const people = buildPeople([
      { name: 'Jared Kushner', countingSource: 'a', duplicate: false },
      { name: 'Charles Kushner', countingSource: 'b', duplicate: false },
    ]);

    expect(people.people.map((p) => p.name)).toEqual(['Charles Kushner', 'Jared Kushner']);
  });
});

describe('titles', () => {
  const partyGeo = geoTokensOf(['Russia', 'United States']);
  const same = (a: string, b: string): boolean => titlesCompatible(titleTokens(a, partyGeo), titleTokens(b, partyGeo));

  it('treats "of State" as optional', () => {
    expect(same('Deputy Assistant Secretary of State for European and Eurasian Affairs', 'Deputy Assistant Secretary for European and Eurasian Affairs')).toBe(true);
  });

  it('tells different portfolios apart', () => {
    expect(same('Deputy Assistant Secretary of State for Russia and Central Europe', 'Deputy Assistant Secretary of State for European and Eurasian Affairs')).toBe(false);
  });

  it('reads the presiding officer of a chamber by either name', () => {
    expect(same('Vice President of the National Assembly', "deputy speaker of Russia's parliament")).toBe(true);
    expect(same('Deputy Foreign Minister', 'Vice Foreign Minister')).toBe(true);
    expect(same('Speaker of Parliament', 'Foreign Minister')).toBe(false);
  });

  it('reads a role in the talks as worn together with a post, not against it', () => {
    expect(same('chief negotiator', 'Foreign Minister')).toBe(true);
    expect(same('representative', 'Deputy Foreign Minister')).toBe(true);
    expect(same('President', 'Prime Minister')).toBe(false);
  });

  it("ignores the negotiating parties' names in a post", () => {
    expect(same("Moscow's Ambassador to Washington", 'Russian ambassador to the United States')).toBe(true);
  });

  it('groups compatible titles and keeps incompatible ones apart, best supported first', () => {
    const groups = groupTitles(
      [
        { value: 'Deputy Assistant Secretary of State for Russia and Central Europe', text: '', citation: at('a') },
        { value: 'Deputy Assistant Secretary for European and Eurasian Affairs', text: '', citation: at('b') },
        { value: 'Deputy Assistant Secretary of State for European and Eurasian Affairs', text: '', citation: at('c') },
      ],
      partyGeo,
      articles,
    );

    expect(groups.map((g) => [g.title, g.sources])).toEqual([
      ['Deputy Assistant Secretary of State for European and Eurasian Affairs', 2],
      ['Deputy Assistant Secretary of State for Russia and Central Europe', 1],
    ]);
  });
});

describe('titles held together', () => {
  const partyGeo = geoTokensOf(['Russia', 'United States']);
  it('reads two posts joined by a dash as two titles, either of which another report may give', () => {
    const titles = (a: string, b: string) =>
      groupTitles([{ value: a, text: '', citation: at('a') }, { value: b, text: '', citation: at('b') }], partyGeo, articles).length;
    expect(titles('Deputy Prime Minister - Minister of Finance', 'finance minister')).toBe(1);
    // Without the dash, a deputy's post still differs from the office it deputizes for.
    expect(titles('Deputy Minister of Finance', 'finance minister')).toBe(2);
  });
});

describe('durations', () => {
  const report = (min: number, max: number | null, text: string, id: string) => ({
    value: { minMinutes: min, maxMinutes: max },
    text,
    citation: at(id),
  });

  it('conflicts when intervals do not overlap', () => {
    const { view, conflictValues } = resolveDurations([report(330, 330, '5 1/2 hours', 'a'), report(285, 315, 'approximately five hours', 'b')], articles);

    expect(conflictValues?.map((v) => v.text).sort()).toEqual(['5 1/2 hours', 'approximately five hours']);
    expect(view).toMatchObject({ minMinutes: 285, maxMinutes: 330, text: '5–5.5 hours' });
  });

  it('accepts a lower bound that a precise report satisfies', () => {
    const { view, conflictValues } = resolveDurations([report(300, null, 'over five hours', 'a'), report(330, 330, '5 1/2 hours', 'b')], articles);

    expect(conflictValues).toBeNull();
    expect(view).toMatchObject({ minMinutes: 300, maxMinutes: 330, text: '5.5 hours' });
  });

  it('groups equal intervals into one value', () => {
    const { view } = resolveDurations([report(360, null, 'more than six hours', 'a'), report(360, null, 'over six hours', 'b')], articles);

    expect(view?.reports).toHaveLength(1);
    expect(view).toMatchObject({ maxMinutes: null, text: 'over 6 hours' });
  });

  it('keeps max open when a lower bound exceeds every precise report', () => {
    const { view, conflictValues } = resolveDurations([report(360, null, 'over six hours', 'a'), report(300, 300, 'five hours', 'b')], articles);

    expect(conflictValues).toHaveLength(2);
    expect(view?.maxMinutes).toBeNull();
  });

  it.each([
    [90, '90 minutes'],
    [60, '1 hour'],
    [330, '5.5 hours'],
    [360, '6 hours'],
    [130, '130 minutes'],
  ])('formats %i minutes as "%s"', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});

describe('fact tokens', () => {
  const drop = geoTokensOf(['Russia', 'United States']);

  it('folds diplomatic synonyms and drops parties and attribution', () => {
    const a = factTokens('Russia and the US agreed to restore direct air service, officials said.', drop);
    const b = factTokens('Moscow and Washington agreed on resuming direct flights.', drop);

    expect(a).toEqual(b);
  });

  it('reads a cessation of military hostilities as a ceasefire', () => {
    expect(factTokens('The sides signed a cessation of military hostilities.', drop)).toEqual(factTokens('The sides signed a ceasefire.', drop));
  });

  it('reads "U.N." as the UN, not as two letters', () => {
    expect(factTokens('The U.N. envoy called the talks useful.', drop)).toContain('un');
  });

  it('folds a noun in "-tion" onto its verb', () => {
    expect(factTokens('They agreed on the prevention of incidents.', drop)).toContain('prevent');
    expect(factTokens('They agreed to prevent incidents.', drop)).toContain('prevent');
  });

  it('folds British and American spellings', () => {
    expect(factTokens('They will formalise the programme.', drop)).toEqual(factTokens('They will formalize the program.', drop));
  });

  it('reads a figure with a thousands separator as one number', () => {
    expect(factTokens('They will exchange 2,500 detainees.', drop)).toContain('2500');
    expect(factTokens('They will exchange 2,500 detainees.', drop)).not.toContain('500');
  });

  it('counts a large tally also by its first two digits, so a toll that grew between reports still matches', () => {
    expect(factTokens('The floods have killed more than 12,400 people.', drop)).toContain('12000');
    expect(factTokens('The floods killed more than 12,000 people.', drop)).toContain('12000');
    expect(factTokens('The wall dates from 2014.', drop)).not.toContain('2000');
  });

  it('folds abbreviated and full month names', () => {
    expect(factTokens('The moratorium lapses on Sept. 4.', drop)).toEqual(factTokens('The moratorium lapses on 4 September.', drop));
  });

  it('folds the ways of saying a deal starts to apply', () => {
    expect(factTokens('The armistice takes effect on Friday.', drop)).toEqual(factTokens('The truce will begin on Friday.', drop));
    expect(factTokens('The pact enters into force on Friday.', drop)).toContain('begin');
  });

  it('folds the words of one object: a proposal, soldiers, a handover, a country and its adjective', () => {
    expect(factTokens('Both accepted the Norwegian proposal.', drop)).toContain('proposal');
    expect(factTokens('Russia proposed a pause.', drop)).not.toContain('proposal');
    expect(factTokens('the bodies of 300 servicemen', drop)).toEqual(factTokens('the bodies of 300 soldiers', drop));
    expect(factTokens('They will hand over the bodies.', drop)).toEqual(factTokens('A handover of the bodies.', drop));
    expect(factTokens('Chinese nationals', drop)).toEqual(factTokens("China's nationals", drop));
    expect(factTokens('the European Union plan', drop)).toEqual(factTokens('the EU plan', drop));
    expect(factTokens('the validity of the treaty', drop)).toEqual(factTokens('the valid treaty', drop));
    expect(factTokens('talks at the invitation of Norway', drop)).toEqual(factTokens('talks hosted by Norway', drop));
  });

  it('folds the words of a deployment', () => {
    expect(factTokens('Oslo sent a patrol ship to the fjord.', drop)).toEqual(factTokens('Oslo dispatched a patrol vessel to the fjord.', drop));
  });

  it('folds assent and signing', () => {
    expect(factTokens('They consented to the plan without signatures.', drop)).toEqual(factTokens('They accepted the plan without signing.', drop));
  });

  it('folds offering and providing', () => {
    expect(factTokens('Norway is offering a venue.', drop)).toEqual(factTokens('Norway will provide a venue.', drop));
  });

  it('folds the ways of setting up a body', () => {
    expect(factTokens('They will set up a joint fisheries board.', drop)).toEqual(factTokens('The creation of a joint fisheries board.', drop));
    expect(factTokens('They will establish a joint fisheries board.', drop)).toEqual(factTokens('The creation of a joint fisheries board.', drop));
  });

  it('drops reflexives and sentence adverbs', () => {
    expect(factTokens('Norway itself is only hosting the talks, however.', drop)).toEqual(factTokens('Norway is hosting the talks.', drop));
  });

  it('drops the words of posting, recalling and first person', () => {
    expect(factTokens('Let me recall that I wrote on X the talks were useful.', drop)).toEqual(factTokens('The talks were useful on X.', drop));
  });
});

describe('word tokens', () => {
  it('reads "U.S." as one token before a space or a comma', () => {
    expect(wordTokens('the U.S. envoy')).toEqual(['the', 'us', 'envoy']);
    expect(wordTokens('Iran and the U.S., with Oman')).toEqual(['iran', 'and', 'the', 'us', 'with', 'oman']);
  });
});

describe('person identity across name forms', () => {
  const names = (list: string[]) =>
    buildPeople(list.map((name, i) => ({ name, countingSource: `s${i}`, duplicate: false }))).people.map((p) => p.name).sort();

  it('drops a teacher\'s or cleric\'s form of address', () => {
    expect(parsePersonName('Ustaz Karim Hassan')?.form).toBe('Karim Hassan');
    expect(parsePersonName('Imam Karim Hassan')?.form).toBe('Karim Hassan');
  });

  it('reads "Abdul X" and "Abdulx" as one name', () => {
    expect(names(['Rahim Abdulkarim', 'Ustaz Rahim Abdul Karim'])).toHaveLength(1);
  });

  it('reads a form without the last name as the same person', () => {
    expect(names(['Deng Alor Kuol', 'Deng Alor'])).toHaveLength(1);
  });

  it('leaves a short form alone when two longer forms end differently', () => {
    expect(names(['Deng Alor Kuol', 'Deng Alor Majok', 'Deng Alor'])).toHaveLength(3);
  });

  it('does not count a name particle as a shared given name', () => {
    expect(names(['Khalid Al Mansour', 'Omar Al Mansour'])).toHaveLength(2);
  });

  it('reads capital initials without stops ("PK Saxena") as initials of the given names', () => {
    expect(names(['PK Saxena', 'Pradeep Kumar Saxena'])).toHaveLength(1);
    expect(names(['PK Saxena', 'Rahul Saxena'])).toHaveLength(2);
  });

  it('reads Russian "dzh" as "j", and a long given name one letter apart as the same', () => {
    expect(names(['Rustam Nurdzhanov', 'Rustam Nurjanov'])).toHaveLength(1);
    expect(names(['Abdulrashid Nazarov', 'Abdurashid Nazarov'])).toHaveLength(1);
    expect(names(['Ivan Petrov', 'Ilya Petrov'])).toHaveLength(2);
  });
});

describe('titles worded two ways', () => {
  const same = (a: string, b: string): boolean => titlesCompatible(titleTokens(a), titleTokens(b));

  it('reads an adviser to a named leader as a presidential adviser', () => {
    expect(same('senior adviser to Mbeki', 'presidential adviser')).toBe(true);
    expect(same('adviser to the president', 'presidential adviser')).toBe(true);
  });

  it('keeps a deputy apart from the office deputized for', () => {
    expect(same('Deputy Foreign Minister', 'Foreign Minister')).toBe(false);
    expect(same('Assistant Secretary of State', 'Secretary of State')).toBe(false);
    expect(same('Vice Foreign Minister', 'Deputy Foreign Minister')).toBe(true);
  });

  it("reads a party's group of legislators the same whether called faction, caucus or parliamentary group", () => {
    expect(same("chairman of the Green Party's parliamentary group", 'leader of the Green faction in the Bundestag')).toBe(true);
    expect(same('head of the Liberal caucus', 'leader of the Liberal parliamentary group')).toBe(true);
    expect(same('head of the Liberal caucus', 'leader of the Labour faction')).toBe(false);
  });

  it('reads a premier as the prime minister and folds British and American spellings of a post', () => {
    expect(same('Vice Premier', 'Deputy Prime Minister')).toBe(true);
    expect(same('Premier', 'prime minister')).toBe(true);
    expect(same('National Security Advisor', 'national security adviser')).toBe(true);
    expect(same('State Counsellor', 'state counselor')).toBe(true);
    expect(same('Premier', 'President')).toBe(false);
  });

  it('reads a special representative for reconciliation as the peace envoy', () => {
    expect(same('Special Representative for Sudan Reconciliation', 'Special Envoy for Sudan Peace')).toBe(true);
    expect(same('Special Representative for Sudan Reconciliation', 'Special Envoy for Haiti')).toBe(false);
  });
});
