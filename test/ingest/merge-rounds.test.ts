// Round clustering across outlets: multi-day rounds told by their first and last day, and undated earlier reports.
import { describe, expect, it } from 'vitest';
import { headEvidenceOf } from '../../functions/core/types.ts';
import { mergeTrack } from '../../functions/ingest/merge.ts';
import { record } from '../helpers/records.ts';

describe('mergeTrack rounds', () => {
  it('reads "talks that began on Saturday" and "signed on Thursday" as one round, without a date conflict', () => {
    const projection = mergeTrack([
      record('one', '2024-03-15', 'Serbia and Kosovo signed a declaration to protect civilians. It came after nearly a week of talks in Brussels that began on Saturday.'),
      record('two', '2024-03-15', 'Negotiators of Serbia and Kosovo signed the accord on Thursday in Brussels, ending the talks.'),
    ]);

    expect(projection.rounds.map((r) => [r.number, r.status])).toEqual([[1, 'HELD']]);
    expect(projection.rounds[0]!.conflicts).toEqual([]);
  });

  it('reads a report written on the opening day and others of the close a week later as one round', () => {
    const projection = mergeTrack([
      record('open', '2011-03-07', 'SPRINGFIELD, Illinois, March 7 (Wire) - Chile and Peru opened border talks on Monday at the Lincoln Hotel in Springfield.'),
      record('close', '2011-03-14', 'Chile and Peru wrapped up their border talks on Monday at the Lincoln Hotel in Springfield without an agreement.'),
      record('late', '2011-03-15', 'The border talks between Chile and Peru in Springfield ended yesterday without a deal. On Friday, the mediator gave both delegations a draft.'),
    ]);
    expect(projection.rounds.filter((round) => round.status === 'HELD')).toHaveLength(1);
  });

  it('reads a deal announced "after three days of indirect negotiations" as the round another report saw open', () => {
    const projection = mergeTrack([
      record('open', '2025-10-06', 'Chilean and Peruvian negotiators began indirect talks in Lima on Monday, with mediators shuttling between them.'),
      record('deal', '2025-10-09', 'Chile and Peru agreed on a truce. The deal was announced late Wednesday after three days of indirect negotiations in Lima.'),
    ]);
    expect(projection.rounds.filter((round) => round.status === 'HELD')).toHaveLength(1);
  });

  it('ends an earlier round on the day its reports say it ended or the span they write out, not on the day of writing', () => {
    const projection = mergeTrack([
      record('a', '2015-04-02', 'Chile and Peru agreed on a framework in Lausanne on Thursday. The two sides last met in Lausanne from March 16 to March 20.'),
      record('b', '2015-04-03', 'Chile and Peru reached a framework in Lausanne on Thursday after talks that began on March 26. The previous round of talks in Lausanne began on March 15 and ended on March 20.'),
    ]);
    expect(projection.rounds.filter((round) => round.status === 'HELD').map((round) => round.date)).toEqual(['2015-03-15', '2015-03-26']);
  });

  it('keeps a summit apart from the talks its own report says began a week before', () => {
    const projection = mergeTrack([
      record('talks', '2025-10-09', 'Chile and Peru agreed on a truce in Lima on Thursday after talks there that began on Monday.'),
      record('summit', '2025-10-13', 'The presidents of Chile and Peru signed a declaration in Lima on Monday. The truce was agreed last Thursday after talks in Lima that began on October 6.'),
    ]);
    expect(projection.rounds.map((round) => round.date)).toEqual(['2025-10-06', '2025-10-13']);
  });

  it('keeps a report dated on the last day of a span another report writes as one date ("Aug. 2-5") in that round', () => {
    const projection = mergeTrack([
      record('end', '2025-08-08', 'Chile and Peru ended four days of talks in Geneva on Friday. Observers met separately with the mediator on Friday.'),
      record('span', '2025-08-12', 'Chile and Peru held a fourth round of talks in Geneva. The package was hammered out Aug. 4-8 in Geneva, where the delegations agreed on a sequence of steps.'),
    ]);
    expect(projection.rounds.filter((round) => round.status === 'HELD')).toHaveLength(1);
  });

  it('does not let a trimmed repost put a head at another side than its original does', () => {
    const original = 'Peru and the Chala Front ended talks in Lima on Tuesday. The Chala Front delegation, led by Ana Ruiz, said it would sign within two weeks. The Peruvian delegation was led by Jorge Soto.';
    const repost = 'Peru and the Chala Front ended talks in Lima on Tuesday. The Bolivian delegation, led by Ana Ruiz, said it would sign within two weeks. The Peruvian delegation was led by Jorge Soto.';
    const copy = { ...record('repost', '2025-02-24', repost), duplicateOf: 'original' };
    const projection = mergeTrack([record('original', '2025-02-24', original), copy]);
    const sides = projection.rounds.flatMap((round) => round.delegations.filter((d) => d.headName === 'Ana Ruiz').map((d) => d.party));
    expect(sides).toEqual(['Chala Front']);
  });

  it('reads talks that resumed on a day and an agreement signed days later as one round, without a date conflict', () => {
    const projection = mergeTrack([
      record('start', '2007-04-27', 'Ghana and Togo resumed border talks in Lome on Thursday after a four-month stalemate.'),
      record('end', '2007-05-03', 'Ghana and Togo signed an accord on border crossings in Lome on Wednesday. The talks resumed last Thursday after a four-month stalemate.'),
    ]);

    expect(projection.rounds.map((r) => [r.status, r.date])).toEqual([['HELD', '2007-04-26']]);
    expect(projection.rounds[0]!.conflicts).toEqual([]);
  });

  it('carries a side\'s head into a round no report names anyone for, as weak evidence from the nearest round', () => {
    const projection = mergeTrack([
      record('one', '2022-05-07', 'Ghana and Togo ended a second round of border talks in Lome on Saturday. The Ghanaian delegation was led by Ana Torres and the Togolese delegation by Luis Salas. The first round was held in Accra in March.'),
      record('two', '2022-05-07', 'Ghana and Togo ended a second round of border talks in Lome on Saturday, a month after their first round in Accra.'),
    ]);

    const [first, second] = projection.rounds;
    expect(second!.delegations.map((d) => [d.party, d.headName, headEvidenceOf(d)])).toEqual([['Ghana', 'Ana Torres', 'REPORTED'], ['Togo', 'Luis Salas', 'REPORTED']]);
    expect(first!.delegations.map((d) => [d.party, d.headName, headEvidenceOf(d)])).toEqual([['Ghana', 'Ana Torres', 'ADJACENT_ROUND'], ['Togo', 'Luis Salas', 'ADJACENT_ROUND']]);
    expect(first!.conflicts).toEqual([]);
  });

  it('does not carry a head to a round years away', () => {
    const projection = mergeTrack([
      record('one', '2022-05-07', 'Ghana and Togo ended a second round of border talks in Lome on Saturday. The Ghanaian delegation was led by Ana Torres and the Togolese delegation by Luis Salas. The first round was held in Accra on March 3, 2019.'),
    ]);
    const first = projection.rounds.find((round) => round.date === '2019-03-03')!;
    expect(first.delegations.filter((d) => d.headName !== null)).toEqual([]);
  });

  it('gives a head whom the naming sentences give no post the post the round\'s reports give the person elsewhere', () => {
    const projection = mergeTrack([
      record('one', '2022-05-07', 'Ghana and Togo ended border talks in Lome on Saturday. The Togolese delegation was led by Luis Salas.'),
      record('two', '2022-05-07', 'Ghana and Togo ended border talks in Lome on Saturday. Togolese Foreign Minister Luis Salas said the talks were useful.'),
    ]);

    expect(projection.rounds[0]!.delegations.map((d) => [d.party, d.headName, d.headTitle])).toContainEqual(['Togo', 'Luis Salas', 'Foreign Minister']);
  });

  it('keeps a person at the head of the side most reports put him at the head of', () => {
    const projection = mergeTrack([
      record('one', '2022-05-07', 'Ghana and Togo ended border talks in Lome on Saturday. The Ghanaian delegation was led by Ana Torres and the Togolese delegation by Luis Salas.'),
      record('two', '2022-05-07', 'Ghana and Togo ended border talks in Lome on Saturday. The Togolese delegation was led by Luis Salas.'),
      record('three', '2022-05-07', 'Ghana and Togo ended border talks in Lome on Saturday. The Ghanaian delegation was led by Luis Salas.'),
    ]);

    const heads = projection.rounds[0]!.delegations.map((d) => [d.party, d.headName]);
    expect(heads).toContainEqual(['Togo', 'Luis Salas']);
    expect(heads).toContainEqual(['Ghana', 'Ana Torres']);
    expect(projection.rounds[0]!.conflicts.filter((c) => c.field === 'HEAD')).toEqual([]);
  });

  it('joins an opposition one outlet names and others call only "the opposition" under its own name', () => {
    const projection = mergeTrack([
      record('named', '2022-05-07', "Colombia's government and the opposition coalition Democratic Pact ended a second round of talks in Lima on Saturday. The opposition delegation was led by Ana Torres."),
      record('plain', '2022-05-07', "Colombia's government and the opposition ended a second round of talks in Lima on Saturday, said Ana Torres, who led the opposition delegation."),
    ]);

    expect(projection.parties).toEqual(expect.arrayContaining(['Colombia', 'Democratic Pact']));
    expect(projection.parties).not.toContain('Colombian opposition');
    expect(projection.rounds[0]!.delegations.map((d) => [d.party, d.headName])).toContainEqual(['Democratic Pact', 'Ana Torres']);
  });

  it('dates no round by the day a side affirmed something about it', () => {
    const projection = mergeTrack([
      record('end', '2000-07-26', 'Talks between Ghana and Togo in Lome ended without agreement on Tuesday after 15 days of talks.'),
      record('after', '2000-07-27', 'Negotiators for Ghana and Togo ended talks in Lome without a deal. The Togolese government affirmed on Wednesday that its delegation had held fast at the talks.'),
    ]);

    expect(projection.rounds.map((r) => [r.status, r.date])).toEqual([['HELD', '2000-07-25']]);
    expect(projection.rounds[0]!.conflicts).toEqual([]);
  });

  it('reads a day of the talks and the day another outlet says they ended as one round, without a date conflict', () => {
    const projection = mergeTrack([
      record('tuesday', '2022-05-03', 'Delegations of Ghana and Togo sat down together in Lome on Tuesday for a second round of border talks.'),
      record('end', '2022-05-07', 'A second round of border talks between Ghana and Togo ended in Lome on Saturday with no agreement.'),
    ]);

    expect(projection.rounds.map((r) => [r.number, r.status])).toEqual([[2, 'HELD']]);
    expect(projection.rounds[0]!.conflicts).toEqual([]);
  });

  it('reads "have been negotiating since" as the first day of a round the other outlets date at its start and its end', () => {
    const projection = mergeTrack([
      record('opening', '2022-05-02', 'Ghana and Togo began talks in Lome on Monday on their shared border.'),
      record('closing', '2022-05-06', 'Ghana and Togo signed a border accord on Friday in Lome, where their delegations have been negotiating since May 2.'),
      record('close', '2022-05-06', 'Negotiators for Ghana and Togo agreed on Friday to reopen two crossings at the close of the talks in Lome.'),
    ]);

    expect(projection.rounds.map((r) => [r.number, r.status, r.date])).toEqual([[1, 'HELD', '2022-05-02']]);
  });

  it('cites a sentence that reports two things under the second thing too, once other outlets report it alike', () => {
    const projection = mergeTrack([
      record('a', '2022-05-06', 'Ghana and Togo agreed on Friday at talks in Lome to open a cattle corridor. The two sides also agreed to set up a joint border patrol.'),
      record('b', '2022-05-06', 'Ghana and Togo concluded talks in Lome on Friday. They agreed on a joint border patrol, officials said. The sides will also open a cattle corridor, officials added.'),
      record('c', '2022-05-06', 'Negotiators for Ghana and Togo met in Lome on Friday and agreed to open a cattle corridor and to set up a joint border patrol along the Volta.'),
    ]);

    const facts = projection.rounds[0]!.facts;
    expect(facts.find((f) => /patrol/.test(f.text) && !/cattle/.test(f.text))?.sourceCount).toBe(3);
    expect(facts.find((f) => /cattle/.test(f.text) && !/patrol/.test(f.text))?.sourceCount).toBe(3);
  });

  it('joins two outlets\' wordings of one fact when they alone in the round share two specific words', () => {
    const projection = mergeTrack([
      record('a', '2022-05-06', 'Ghana and Togo agreed on Friday at talks in Lome to open a cattle corridor. The two sides also agreed that a joint committee would meet in Kara to settle grazing quarrels between herders and farmers over water points.'),
      record('b', '2022-05-06', 'Negotiators for Ghana and Togo concluded talks in Lome on Friday with a deal on a cattle corridor. Under the deal, arbitration panels based in Kara will hear grazing complaints.'),
    ]);

    const kara = projection.rounds[0]!.facts.filter((f) => f.citations.some((c) => /Kara/.test(c.quote)));
    expect(kara.map((f) => f.sourceCount)).toEqual([2]);
  });

  it('keeps an undated report filed before every dated round as an earlier round', () => {
    const projection = mergeTrack([
      record('early', '2023-12-15', 'The presidents of Serbia and Kosovo held talks in Vienna, which lasted three hours.'),
      record('late', '2024-01-26', 'The foreign ministers of Serbia and Kosovo met in Brussels on Thursday.'),
    ]);

    expect(projection.rounds.map((r) => [r.number, r.city, r.date])).toEqual([
      [1, 'Vienna', null],
      [2, 'Brussels', '2024-01-25'],
    ]);
  });

  it('keeps two different sentences of one report as two facts, and merges another outlet’s wording of one of them', () => {
    const projection = mergeTrack([
      record('one', '2024-03-15', 'Serbia and Kosovo held talks in Brussels on Thursday. The sides agreed to exchange 1,000 prisoners of war held since 2022. The sides also agreed to exchange the bodies of 1,000 soldiers killed in the war since 2022.'),
      record('two', '2024-03-15', 'Negotiators of Serbia and Kosovo met in Brussels on Thursday and agreed to swap 1,000 prisoners of war.'),
    ]);
    const facts = projection.rounds[0]!.facts.filter((f) => f.text.includes('1,000'));

    expect(facts.map((f) => [/bodies/.test(f.text), f.sourceCount]).sort()).toEqual([
      [false, 2],
      [true, 1],
    ]);
  });

  it('merges a report\'s own restatement of a fact further down (lede, then quote), but not its other facts', () => {
    const projection = mergeTrack([
      record(
        'one',
        '2024-03-15',
        'Serbia and Kosovo held talks in Brussels on Thursday. Serbia and Kosovo agreed on joint measures to ensure the uninterrupted supply of electricity to the northern municipalities. "Joint steps were agreed to ensure the unhindered supply of electricity to the northern municipalities and to repair the grid," the statement said. The sides also agreed to reopen two border crossings.',
      ),
    ]);
    const facts = projection.rounds[0]!.facts.filter((f) => f.kind === 'AGREEMENT');

    expect(facts.filter((f) => /electricity/.test(f.text))).toHaveLength(1);
    expect(facts.some((f) => /border crossings/.test(f.text))).toBe(true);
  });

  it('writes a quote under the name the track shows for its speaker', () => {
    const projection = mergeTrack([
      record('one', '2024-03-15', 'Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held talks in Brussels on Thursday. "We have made progress," Vucic said.'),
      record('two', '2024-03-15', 'Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti met in Brussels on Thursday.'),
      record('three', '2024-03-15', 'Serbian President Aleksandar Vučić met Kosovo Prime Minister Albin Kurti in Brussels on Thursday.'),
    ]);
    const quote = projection.rounds[0]!.facts.find((f) => f.kind === 'STATEMENT')!;

    expect(projection.people.map((p) => p.name)).toContain('Aleksandar Vučić');
    expect(quote.text).toBe('Aleksandar Vučić said: "We have made progress."');
  });

  it('joins the names outlets give one armed group into one party', () => {
    const projection = mergeTrack([
      record('one', '2023-05-12', "Sudan's army and the paramilitary Rapid Support Forces (RSF) held talks in Jeddah on Thursday. The army and the RSF agreed to protect civilians."),
      record('two', '2023-05-12', "Sudan's army and the paramilitary Rapid Support Forces held talks in Jeddah on Thursday and agreed to protect civilians."),
    ]);

    expect(projection.parties).toEqual(['Rapid Support Forces', 'Sudan']);
  });

  it('reads every wording of "agreed to continue the negotiations" as one fact of the round', () => {
    const projection = mergeTrack([
      record('one', '2024-05-11', 'Serbia and Kosovo held talks in Vienna on Friday. The sides agreed to continue the negotiations on the articles where differences remain.'),
      record('two', '2024-05-11', 'Serbia and Kosovo met in Vienna on Friday and agreed to continue negotiations on the issues that remain open.'),
    ]);
    const continuing = projection.rounds[0]!.facts.filter((f) => /continue/.test(f.text));

    expect(continuing.map((f) => f.sourceCount)).toEqual([2]);
  });

  it('does not call "today" in one report and the day before in another a date conflict', () => {
    const projection = mergeTrack([
      record('one', '2023-03-19', 'Serbia and Kosovo held talks in Ohrid today and agreed on an annex.'),
      record('two', '2023-03-19', 'Serbia and Kosovo held talks in Ohrid on Saturday and agreed on an annex.'),
    ]);

    expect(projection.rounds).toHaveLength(1);
    expect(projection.rounds[0]!.conflicts.map((c) => c.field)).not.toContain('DATE');
  });
});

describe('mergeTrack: days of one meeting', () => {
  it('reads a day one report names as another sitting ("ahead of Saturday\'s full session") as the same meeting, not a date conflict', () => {
    const projection = mergeTrack([
      record('one', '2024-03-09', 'Chile and Bolivia held talks in Lima. The two delegations held a first contact on Friday ahead of Saturday\'s plenary session.'),
      record('two', '2024-03-10', 'Chile and Bolivia held talks in Lima on March 9, officials said.'),
    ]);

    expect(projection.rounds).toHaveLength(1);
    expect(projection.rounds[0]!.conflicts.map((c) => c.field)).not.toContain('DATE');
  });

  it('still calls two different days a date conflict when no report ties them to one meeting', () => {
    const projection = mergeTrack([
      record('one', '2024-03-09', 'Chile and Bolivia held talks in Lima on Friday.'),
      record('two', '2024-03-10', 'Chile and Bolivia held talks in Lima on March 9, officials said.'),
    ]);

    expect(projection.rounds).toHaveLength(1);
    expect(projection.rounds[0]!.conflicts.map((c) => c.field)).toContain('DATE');
  });
});

describe('mergeTrack: undated earlier and planned meetings', () => {
  it('puts an undated look back placed in a city into the held round met there, not the round before the report', () => {
    const projection = mergeTrack([
      record('a', '2025-05-12', 'India and Pakistan held talks on water sharing in Vienna on Monday, with negotiators from both delegations meeting for six hours.'),
      record('b', '2025-06-10', 'India and Pakistan held a new round of talks in Rome on Monday. The negotiations focused on river flows.'),
      record('c', '2025-07-20', 'India and Pakistan held talks on the treaty in Madrid on Saturday, officials said. In Vienna in May, the two delegations agreed to share flood data.'),
    ]);
    expect(projection.rounds.map((r) => [r.number, r.city, r.conflicts.map((c) => c.field)])).toEqual([
      [1, 'Vienna', []],
      [2, 'Rome', []],
      [3, 'Madrid', []],
    ]);
  });

  it('keeps a planned meeting of other people heading the sides apart from the held round after the report', () => {
    const projection = mergeTrack([
      record('a', '2025-03-10', 'The presidents of Chile and Peru met in Lima on Monday. Chilean President Ana Soto and Peruvian President Luis Vera agreed to set up a border commission. Soto and Vera will meet again in Brazil within three months, officials said.'),
      record('b', '2025-04-20', 'The foreign ministers of Chile and Peru met in Brasilia on Saturday for the first session of the border commission. Chilean Foreign Minister Pablo Rios and Peruvian Foreign Minister Jorge Diaz led the talks.'),
    ]);
    expect(projection.rounds.map((r) => [r.number, r.status, r.delegations.map((d) => d.headName)])).toEqual([
      [1, 'HELD', ['Ana Soto', 'Luis Vera']],
      [2, 'HELD', ['Pablo Rios', 'Jorge Diaz']],
      [3, 'PLANNED', ['Ana Soto', 'Luis Vera']],
    ]);
    expect(projection.rounds[1]!.conflicts).toEqual([]);
  });

  it('makes "a further round" in another city than the round before a round between them', () => {
    const projection = mergeTrack([
      record('a', '2025-09-20', 'Armenia and Azerbaijan signed a border protocol in Almaty on Friday after two days of talks. Their negotiators first met in Vienna on June 3. A further round in Tbilisi later that month ended without agreement.'),
    ]);
    expect(projection.rounds.map((r) => [r.number, r.city, r.conflicts.length])).toEqual([
      [1, 'Vienna', 0],
      [2, 'Tbilisi', 0],
      [3, 'Almaty', 0],
    ]);
  });

  it('numbers an unnumbered report one after the latest numbered round it looks back at', () => {
    const projection = mergeTrack([
      record('a', '2025-08-04', 'Ethiopia and Egypt resumed talks on the dam in Nairobi on Saturday. The sixth round, held in Nairobi in May, ended without a breakthrough, while the seventh round, which ended on July 9, produced progress.'),
    ]);
    expect(projection.rounds.map((r) => [r.number, r.date])).toEqual([
      [6, null],
      [7, '2025-07-09'],
      [8, '2025-08-02'],
    ]);
  });

  it('makes a meeting told as before the first dated one a round of its own when rounds are numbered by date only', () => {
    const projection = mergeTrack([
      record('a', '2025-07-20', 'Ethiopia and Sudan signed a border declaration in Nairobi on Saturday, ending three days of talks. Kenya first brought the two sides together for direct talks in Nairobi in April, officials said.'),
      record('b', '2025-11-16', 'Ethiopia and Sudan signed a border framework in Nairobi on Saturday after talks between the two delegations.'),
    ]);
    expect(projection.rounds.map((r) => [r.number, r.date])).toEqual([
      [1, null],
      [2, '2025-07-19'],
      [3, '2025-11-15'],
    ]);
  });
});

describe('mergeTrack: earlier meetings known by place and month', () => {
  it('orders a meeting told only by its place and month before the dated ones after it', () => {
    const projection = mergeTrack([
      record('a', '2017-07-07', 'Ghana and Togo leaders ended talks in Rome on Friday without a deal. Negotiations between them at Mont Pelerin, Switzerland, in November 2016 ended without a deal on territory.'),
      record('b', '2017-07-08', 'Negotiators of Ghana and Togo closed their talks in Rome on Friday. The previous round was held in Geneva on January 12, 2017.'),
    ]);
    expect(projection.rounds.map((r) => [r.number, r.city, r.date])).toEqual([
      [1, 'Mont Pelerin', null],
      [2, 'Geneva', '2017-01-12'],
      [3, 'Rome', '2017-07-07'],
    ]);
  });
});

describe('mergeTrack: earlier meetings known by their year, and numbered rounds nobody dated', () => {
  it('orders an earlier meeting told only by its year before the dated ones', () => {
    const projection = mergeTrack([
      record('a', '2021-03-05', 'Ghana and Togo leaders signed a border accord in Accra on Thursday. In 2018 the two sides sat down in Lome with a team of mediators, but those talks stalled.'),
      record('b', '2021-03-05', 'Ghana and Togo leaders signed a border accord on Thursday. In 2018 the delegations met in Lome with mediators from the African Union.'),
      record('c', '2021-03-06', 'Ghana and Togo signed an accord on Thursday. On 4 June 2019, the two leaders met in Nairobi for their first meeting in years.'),
    ]);
    expect(projection.rounds.map((r) => [r.number, r.city, r.date])).toEqual([
      [1, 'Lome', null],
      [2, 'Nairobi', '2019-06-04'],
      [3, 'Accra', '2021-03-04'],
    ]);
  });

  it('joins a dated earlier meeting to the numbered round another outlet places in the same city without a day', () => {
    const projection = mergeTrack([
      record('a', '2022-11-16', 'Ghana and Togo held a second round of border talks in Accra on Tuesday. The first round, held in Lome last April, was the first in years.'),
      record('b', '2022-11-16', 'Ghana and Togo officials met in Accra on Tuesday for border talks. The same officials led the previous round on April 21 in Lome.'),
    ]);
    expect(projection.rounds.map((r) => [r.number, r.city, r.date])).toEqual([
      [1, 'Lome', '2022-04-21'],
      [2, 'Accra', '2022-11-15'],
    ]);
  });

  it('keeps a dated earlier meeting apart from an undated numbered round told in another month', () => {
    const projection = mergeTrack([
      record('a', '2022-11-16', 'Ghana and Togo held a second round of border talks in Accra on Tuesday. The first round, held in Lome in February, ended without a deal.'),
      record('b', '2022-11-16', 'Ghana and Togo officials met in Accra on Tuesday for border talks. The same officials led the previous round on August 9 in Lome.'),
    ]);
    expect(projection.rounds.find((r) => r.number === 1)!.date).toBeNull();
  });
});
