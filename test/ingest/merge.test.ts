import { describe, expect, it } from 'vitest';
import type { ArticleRecord, FactObservation, RoundView, TrackProjection } from '../../functions/core/types.ts';
import { meetingAnnouncement, mergeTrack } from '../../functions/ingest/merge.ts';
import { embassyTalks, tass, tassRepost } from '../fixtures/merge/embassy-talks.ts';

function roundNumbered(projection: TrackProjection, n: number): RoundView {
  const round = projection.rounds.find((r) => r.number === n);
  if (!round) throw new Error(`no round ${n}`);
  return round;
}

describe('mergeTrack on the Russia–US embassy consultations', () => {
  const projection = mergeTrack(embassyTalks);

  it('finds rounds 1 and 2 held and round 3 planned, held first', () => {
    // Act (merged above)
    const summary = projection.rounds.map((r) => [r.number, r.status, r.date]);

    // Assert
    expect(summary).toEqual([
      [1, 'HELD', '2025-02-27'],
      [2, 'HELD', '2025-04-10'],
      [3, 'PLANNED', null],
    ]);
  });

  it('places an unnumbered "Thursday" report in round 2 by its date', () => {
    const round2 = roundNumbered(projection, 2);

    expect(round2.sourceIds).toContain('troib');
    expect(round2.duration?.reports.some((r) => r.citations.some((c) => c.articleId === '003'))).toBe(true);
  });

  it('does not count the repost as a source but keeps its citations', () => {
    const round2 = roundNumbered(projection, 2);
    const banking = round2.facts.find((f) => /banking/.test(f.text))!;

    expect(round2.sourceIds).toEqual(['aa', 'ians', 'tass', 'troib']);
    expect(banking.citations.some((c) => c.articleId === '001')).toBe(true);
    expect(banking.sourceCount).toBe(3);
  });

  it('flags the duration conflict between 5 1/2 hours and approximately five hours', () => {
    const round2 = roundNumbered(projection, 2);
    const conflict = round2.conflicts.find((c) => c.field === 'DURATION');

    expect(conflict?.values.map((v) => v.text).sort()).toEqual(['5 1/2 hours', 'approximately five hours', 'over five hours']);
    expect(round2.duration).toMatchObject({ minMinutes: 285, maxMinutes: 330, text: '5–5.5 hours' });
  });

  it('agrees on round 1 lasting over six hours across two phrasings', () => {
    const round1 = roundNumbered(projection, 1);

    expect(round1.duration).toMatchObject({ minMinutes: 360, maxMinutes: null, text: 'over 6 hours' });
    expect(round1.conflicts.filter((c) => c.field === 'DURATION')).toEqual([]);
  });

  it("flags Coulter's title conflict and shows the better supported title", () => {
    const round2 = roundNumbered(projection, 2);
    const us = round2.delegations.find((d) => d.party === 'United States')!;
    const conflict = round2.conflicts.find((c) => c.field === 'HEAD_TITLE');

    expect(us.headName).toBe('Sonata Coulter');
    expect(us.headTitle).toBe('Deputy Assistant Secretary of State for European and Eurasian Affairs');
    expect(conflict?.party).toBe('United States');
    expect(conflict?.values.map((v) => v.text)).toEqual([
      'Deputy Assistant Secretary of State for European and Eurasian Affairs',
      'Deputy Assistant Secretary of State for Russia and Central Europe',
    ]);
  });

  it('treats the venue variants of the Russian consulate as one venue', () => {
    const round2 = roundNumbered(projection, 2);

    expect(round2.venue).toBe('Russian Consulate General');
    expect(round2.reports.venue).toHaveLength(3);
    expect(round2.conflicts.find((c) => c.field === 'VENUE')).toBeUndefined();
  });

  it('treats the US consul general residence phrasings of round 1 as one venue', () => {
    const round1 = roundNumbered(projection, 1);

    expect(round1.conflicts).toEqual([]);
    expect(round1.venue).toBe('residence of the US Consul General');
  });

  it('gives Darchiev one identity across spellings with a title per round', () => {
    const darchiev = projection.people.find((p) => p.name === 'Alexander Darchiev')!;

    expect(darchiev.aliases).toEqual(['Aleksandr Darchiev']);
    expect(darchiev.roundNumbers).toEqual([1, 2]);
    expect(darchiev.titles.map((t) => [t.roundNumber, t.title])).toEqual([
      [1, "director of the Foreign Ministry's North Atlantic Department"],
      [2, "Moscow's Ambassador to Washington"],
    ]);
    expect(roundNumbered(projection, 1).conflicts).toEqual([]);
  });

  it('links both delegations of round 2 to person ids', () => {
    const round2 = roundNumbered(projection, 2);
    const ids = new Set(projection.people.map((p) => p.id));

    expect(round2.delegations.map((d) => d.party)).toEqual(['Russia', 'United States']);
    for (const d of round2.delegations) expect(ids.has(d.headId!)).toBe(true);
  });

  it('merges the same fact from several outlets into one fact with several citations', () => {
    const round2 = roundNumbered(projection, 2);
    const banking = round2.facts.filter((f) => /bank/i.test(f.text) && f.kind === 'AGREEMENT' && f.sourceCount > 1);
    const flights = round2.facts.filter((f) => /flights|air service/i.test(f.text));
    const visas = round2.facts.filter((f) => /visa/i.test(f.text) && f.kind === 'AGREEMENT');

    expect(banking).toHaveLength(1);
    expect(flights).toHaveLength(1);
    expect(flights[0]!.sourceCount).toBe(3);
    expect(visas).toHaveLength(1);
    // TASS and IANS report the agreement; AA's "discussed easing visa processing and travel regulations" is the same fact.
    expect(visas[0]!.sourceCount).toBe(3);
  });

  it('keeps distinct facts apart', () => {
    const round2 = roundNumbered(projection, 2);
    const staff = round2.facts.find((f) => /local staff/.test(f.text))!;
    const banking = round2.facts.find((f) => /banking/.test(f.text))!;

    expect(staff.id).not.toBe(banking.id);
    expect(staff.kind).toBe('CONCERN');
    expect(new Set(round2.facts.map((f) => f.id)).size).toBe(round2.facts.length);
  });

  it('sorts facts by sources, then kind order, then text', () => {
    const order = ['AGREEMENT', 'PROPOSAL', 'CONCERN', 'NEXT_STEP', 'STATEMENT', 'CONTEXT'];
    const facts = roundNumbered(projection, 2).facts;

    const expected = [...facts].sort(
      (a, b) =>
        b.sourceCount - a.sourceCount ||
        order.indexOf(a.kind) - order.indexOf(b.kind) ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    );

    expect(facts.map((f) => f.id)).toEqual(expected.map((f) => f.id));
    expect(facts[0]!.sourceCount).toBe(3);
  });

  it('lists the track parties by frequency', () => {
    expect(projection.parties).toEqual(['Russia', 'United States']);
  });

  it('sets updatedAt to the latest ingestion among cited articles', () => {
    expect(roundNumbered(projection, 2).updatedAt).toBe(tassRepost.ingestedAt);
  });

  it('keeps fact ids when a later article joins the fact', () => {
    // Arrange
    const withoutTroib = mergeTrack(embassyTalks.filter((a) => a.id !== '003'));
    const bankingBefore = roundNumbered(withoutTroib, 2).facts.find((f) => /banking/.test(f.text))!;

    // Act
    const bankingAfter = roundNumbered(projection, 2).facts.find((f) => f.citations.some((c) => c.articleId === '003' && /banking/.test(c.quote)))!;

    // Assert
    expect(bankingAfter.id).toBe(bankingBefore.id);
    expect(bankingAfter.sourceCount).toBe(bankingBefore.sourceCount + 1);
  });

  it('turns a planned round into a held one when an article reports it held', () => {
    // Arrange: the original TASS piece says round 3 is planned; a later report says it was held.
    const later = {
      ...tass,
      id: '900',
      sourceId: 'kommersant',
      publishedAt: '2025-06-01',
      ingestedAt: '2025-06-01T10:00:00.000Z',
      extraction: {
        ...tass.extraction,
        publishedAt: '2025-06-01',
        rounds: [{ ...tass.extraction.rounds[0]!, ordinal: 3, dates: [{ value: '2025-05-30', text: 'May 30', quote: 'The third round was held on May 30.' }], facts: [], durations: [], venues: [], delegations: [] }],
      },
    };

    // Act
    const merged = mergeTrack([...embassyTalks, later]);

    // Assert
    expect(merged.rounds.map((r) => [r.number, r.status])).toEqual([
      [1, 'HELD'],
      [2, 'HELD'],
      [3, 'HELD'],
    ]);
  });
});

describe('fact clustering across outlets', () => {
  const record = (id: string, facts: Array<[FactObservation['kind'], string]>): ArticleRecord => ({
    id,
    sourceId: id,
    sourceName: id,
    publishedAt: '2024-03-02',
    ingestedAt: `2024-03-02T0${id.length % 10}:00:00Z`,
    duplicateOf: null,
    extraction: {
      title: null,
      text: facts.map(([, text]) => text).join(' '),
      source: id,
      publishedAt: '2024-03-02',
      parties: ['Norway', 'Canada'],
      rounds: [{
        ordinal: 1, relative: 'current', status: 'HELD', dates: [{ value: '2024-03-01', text: 'March 1', quote: 'met on March 1' }],
        cities: [], venues: [], durations: [], delegations: [],
        facts: facts.map(([kind, text]) => ({ kind, text, actors: ['Norway', 'Canada'], quote: text })),
      }],
    },
  });

  it('does not chain a second topic onto a cluster through one sentence that mentions both', () => {
    const projection = mergeTrack([
      record('a', [['AGREEMENT', 'Norway and Canada exchanged diplomatic notes guaranteeing unimpeded banking services for their diplomatic missions.']]),
      record('b', [['AGREEMENT', 'The two sides exchanged notes to ensure stable banking for diplomatic missions.']]),
      record('c', [['AGREEMENT', 'Norway and Canada exchanged diplomatic notes on unimpeded banking services for diplomatic missions and on Norway’s contributions to the budgets of international organisations.']]),
      record('d', [['AGREEMENT', 'Canada also agreed to look into Norway’s financial contributions to international organisations.']]),
    ]);
    const facts = projection.rounds[0]!.facts;
    const banking = facts.find((f) => /banking/.test(f.text))!;
    expect(banking.sourceCount).toBe(3);
    expect(banking.citations.map((c) => c.articleId)).not.toContain('d');
    expect(facts.find((f) => f.citations.some((c) => c.articleId === 'd'))!.text).toMatch(/look into/);
  });

  it('does not file a second report of a sentence with the first just because another outlet shares the first', () => {
    const sentence = 'The envoy told reporters that the truce would begin on Friday, and that monitors from Iceland would patrol the fjords.';
    const b = record('b', [['AGREEMENT', 'The truce will begin on Friday.']]);
    // Ingested after b, so b's fact is there first.
    const a = record('zz', []);
    a.extraction.rounds[0]!.facts = [
      { kind: 'AGREEMENT', text: 'The truce would begin on Friday at dawn.', actors: ['Norway', 'Canada'], quote: sentence },
      { kind: 'STATEMENT', text: 'The envoy told reporters that monitors from Iceland would patrol the fjords.', actors: ['The envoy'], speaker: 'The envoy', quote: sentence },
    ];
    const facts = mergeTrack([b, a]).rounds[0]!.facts;
    expect(facts.find((f) => /Friday/.test(f.text))!.sourceCount).toBe(2);
    expect(facts.some((f) => /patrol the fjords/.test(f.text))).toBe(true);
  });

  it('reads "there will be further talks" as an announcement of the next meeting', () => {
    expect(meetingAnnouncement('NEXT_STEP', 'He said there will be further talks.')).not.toBeNull();
    expect(meetingAnnouncement('NEXT_STEP', 'He said there will be further fighting.')).toBeNull();
  });

  it('reads a return to the table within weeks, or an accepted invitation to return, as an announcement of the next meeting', () => {
    expect(meetingAnnouncement('NEXT_STEP', 'Ottawa had accepted the hosts’ invitation to return in three weeks.')).not.toBeNull();
    expect(meetingAnnouncement('NEXT_STEP', 'The negotiators will come back to the table within ten days.')).not.toBeNull();
    expect(meetingAnnouncement('NEXT_STEP', 'The refugees will return home within weeks.')).toBeNull();
  });

  it('does not join two sentences of one report as one announcement of the next meeting', () => {
    const projection = mergeTrack([
      record('a', [['NEXT_STEP', 'The ministers will meet again in March.'], ['NEXT_STEP', 'The fisheries file would be taken up when talks resume in March.']]),
    ]);
    expect(projection.rounds[0]!.facts).toHaveLength(2);
    expect(meetingAnnouncement('NEXT_STEP', 'The fisheries file would be taken up when talks resume in March.')).not.toBeNull();
  });

  it('lets a sentence that reports two terms support a wire fact that it words one word differently', () => {
    const projection = mergeTrack([
      record('a', [['AGREEMENT', 'The accord provides for the withdrawal of Canadian troops from the northern islands within 60 days.']]),
      record('aa', [['AGREEMENT', 'The accord provides for the withdrawal of Canadian troops from the northern islands within 60 days.']]),
      record('b', [['AGREEMENT', 'The parties agreed to set up a joint fisheries board within 20 days.']]),
      record('bb', [['AGREEMENT', 'Both sides agreed to establish a joint fisheries board within 20 days.']]),
      record('c', [['AGREEMENT', 'The text provides for the withdrawal of Canadian forces from the northern islands within 60 days and the creation of a joint fisheries board within 20 days.']]),
    ]);
    const withdrawal = projection.rounds[0]!.facts.find((f) => /withdrawal/.test(f.text) && !/board/.test(f.text))!;
    const board = projection.rounds[0]!.facts.find((f) => /board/.test(f.text))!;
    expect(withdrawal.citations.map((c) => c.articleId)).toContain('c');
    expect(board.citations.map((c) => c.articleId)).toContain('c');
  });

  it('merges two outlets quoting one speaker on the same point with fewer shared words', () => {
    const statement = (id: string, text: string): ArticleRecord => {
      const r = record(id, []);
      r.extraction.rounds[0]!.facts = [{ kind: 'STATEMENT', text, actors: ['Ola Nordmann'], speaker: 'Ola Nordmann', quote: text }];
      return r;
    };
    const projection = mergeTrack([
      statement('a', 'Ola Nordmann said: "We made concessions because peace needs trust."'),
      statement('b', 'Nordmann, head of the Norwegian team, said painful concessions were made by everyone.'),
    ]);
    expect(projection.rounds[0]!.facts.filter((f) => /concessions/.test(f.text))).toHaveLength(1);
  });

  it('merges one speaker’s paraphrased remark across outlets when three words are shared', () => {
    const statement = (id: string, text: string): ArticleRecord => {
      const r = record(id, []);
      r.extraction.rounds[0]!.facts = [{ kind: 'STATEMENT', text, actors: ['Ola Nordmann'], speaker: 'Ola Nordmann', quote: text }];
      return r;
    };
    const projection = mergeTrack([
      statement('a', 'Ola Nordmann, who led the Norwegian team in the northern port, said it was the first treaty concluded with the islanders and showed that patient compromise pays off for coastal villages.'),
      statement('b', 'Nordmann said: "For the first time after the bitter winter of quarrels, a treaty with the islanders has been reached on an equal footing with the fishing towns."'),
    ]);
    expect(projection.rounds[0]!.facts.filter((f) => /treaty/.test(f.text))).toHaveLength(1);
  });

  it('merges a one-word remark of a speaker into another outlet\'s fuller account of it, but not a remark of someone else', () => {
    const statement = (id: string, text: string, speaker = 'Ola Nordmann'): ArticleRecord => {
      const r = record(id, []);
      r.extraction.rounds[0]!.facts = [{ kind: 'STATEMENT', text, actors: [speaker], speaker, quote: text }];
      return r;
    };
    const projection = mergeTrack([
      statement('a', 'Ola Nordmann said: "This is a watershed."'),
      statement('b', 'Nordmann called the accord "a watershed" and said the islanders had for once spoken with one voice about the fjords.'),
      statement('c', 'Kari Holm said: "A watershed, perhaps."', 'Kari Holm'),
    ]);
    const facts = projection.rounds[0]!.facts.filter((f) => /watershed/.test(f.text));
    expect(facts.map((f) => f.sourceCount).sort()).toEqual([1, 2]);
  });

  it('merges one person\'s remark in two reports when they share its point in a single word that no other remark of his shares', () => {
    const said = (text: string, speaker: string): FactObservation => ({ kind: 'STATEMENT', text, actors: [speaker], speaker, quote: text });
    // Each report carries other facts, so "whaling" is a word that marks one fact of it, not the story.
    const report = (id: string, remarks: FactObservation[]): ArticleRecord => {
      const r = record(id, [
        ['AGREEMENT', `The sides agreed on quotas for cod in the northern zone (${id}).`],
        ['CONTEXT', `The dispute over the fjords dates back decades (${id}).`],
        ['NEXT_STEP', `The next round will take place in the spring (${id}).`],
        ['CONCERN', `Fishermen fear the harbour fees will rise (${id}).`],
      ]);
      r.extraction.rounds[0]!.facts.push(...remarks);
      return r;
    };
    const projection = mergeTrack([
      report('a', [said('Ola Nordmann promised that Norway would never resume whaling in the disputed bay.', 'Ola Nordmann')]),
      report('b', [
        said('Nordmann told the crowd that "whaling belongs to the past".', 'Nordmann'),
        said('Nordmann said the ferry timetable would be published soon.', 'Nordmann'),
      ]),
      // Two of his remarks here speak of whaling: which one the other reports give is not told by the word.
      report('c', [
        said('Nordmann said the whaling fleet had been sold off years ago.', 'Nordmann'),
        said('Nordmann said a museum of whaling would open in the harbour.', 'Nordmann'),
      ]),
    ]);
    const whaling = projection.rounds[0]!.facts.filter((f) => /whaling/.test(f.text));
    expect(whaling.map((f) => f.sourceCount).sort()).toEqual([1, 1, 2]);
  });

  it('does not merge a party\'s statements by one shared word: a party speaks through many voices', () => {
    const said = (text: string): FactObservation => ({ kind: 'STATEMENT', text, actors: ['Norway'], speaker: 'Norway', quote: text });
    const report = (id: string, remark: FactObservation): ArticleRecord => {
      const r = record(id, [
        ['AGREEMENT', `The sides agreed on quotas for cod in the northern zone (${id}).`],
        ['CONTEXT', `The dispute over the fjords dates back decades (${id}).`],
        ['NEXT_STEP', `The next round will take place in the spring (${id}).`],
        ['CONCERN', `Fishermen fear the harbour fees will rise (${id}).`],
      ]);
      r.extraction.rounds[0]!.facts.push(remark);
      return r;
    };
    const projection = mergeTrack([
      report('a', said('Norway said whaling would stay banned in the disputed bay.')),
      report('b', said('Norway said its whaling museum drew record crowds.')),
    ]);
    expect(projection.rounds[0]!.facts.filter((f) => /whaling/.test(f.text))).toHaveLength(2);
  });

  it('keeps the schedule of a body apart from the next round, and merges the schedule however worded', () => {
    expect(meetingAnnouncement('NEXT_STEP', 'The liaison cells will meet weekly at the border crossing.')).toBeNull();
    const projection = mergeTrack([
      record('a', [['NEXT_STEP', 'The liaison cells will meet weekly, or more often if needed.'], ['NEXT_STEP', 'The date of the next round will be set later.']]),
      record('b', [['NEXT_STEP', 'Meetings are to be held on a weekly basis.']]),
    ]);
    const facts = projection.rounds[0]!.facts;
    expect(facts.find((f) => /weekly/.test(f.text))!.sourceCount).toBe(2);
    expect(facts.find((f) => /next round/.test(f.text))!.sourceCount).toBe(1);
  });

  it('merges two agreements that commit to the same thing, however much else their sentences tell', () => {
    const projection = mergeTrack([
      record('a', [['AGREEMENT', 'Norway and Canada had agreed to a provisional fishing moratorium, but trawlers from both coasts kept sailing into the disputed banks all winter.']]),
      record('b', [['AGREEMENT', 'The opening session was held in Reykjavik in early spring under heavy snow with harbour masters attending, after which Iceland announced that both sides had agreed to a provisional fishing moratorium.']]),
      record('c', [['AGREEMENT', 'Norway and Canada agreed to a joint survey of cod stocks.']]),
    ]);
    const facts = projection.rounds[0]!.facts;
    expect(facts.find((f) => /moratorium/.test(f.text))!.sourceCount).toBe(2);
    expect(facts.find((f) => /cod stocks/.test(f.text))!.sourceCount).toBe(1);
  });

  it('merges two signings of the same deal however much the ledes add about where and when, but not two different deals', () => {
    const projection = mergeTrack([
      record('a', [
        ['AGREEMENT', 'The coastguards of Norway and Canada signed a lasting fisheries truce across the northern banks on Friday, the mediators said, hailing a breakthrough after a year of boat seizures and arrests at sea.'],
        ['CONTEXT', 'Fisheries ministers first floated a lasting truce in 2019.'],
      ]),
      record('b', [['AGREEMENT', 'Delegates signed a lasting fisheries truce at the Reykjavik town hall, a deal the Icelandic host called a turning point for the whole North Atlantic, where trawler crews had clashed for months over quotas.']]),
      record('c', [['AGREEMENT', 'Meteorologists from both countries also signed a memorandum on sharing weather data.']]),
    ]);
    const facts = projection.rounds[0]!.facts;
    expect(facts.find((f) => /signed a lasting fisheries truce/.test(f.text))!.sourceCount).toBe(2);
    expect(facts.find((f) => /weather/.test(f.text))!.sourceCount).toBe(1);
  });

  it('reads what an agreement commits to from its first words, past the day it was agreed', () => {
    const projection = mergeTrack([
      record('a', [['AGREEMENT', 'The prime ministers of Norway and Canada agreed on Monday that neither navy would board or seize fishing boats of the other in the contested northern waters, according to a communique read out after the dinner.']]),
      record('b', [['AGREEMENT', 'Canadian Premier Anne Tremblay and the Prime Minister of the Kingdom of Norway, Lars Berg, signed the Svalbard Note on Coastal Peace, in which both governments committed not to board or seize fishing boats of one another in any season.']]),
    ]);
    expect(projection.rounds[0]!.facts.find((f) => /board/.test(f.text))!.sourceCount).toBe(2);
  });

  it('merges two outlets quoting the same words of a remark, however differently they frame it', () => {
    const statement = (id: string, text: string): ArticleRecord => {
      const r = record(id, []);
      r.extraction.rounds[0]!.facts = [{ kind: 'STATEMENT', text, actors: ['Ola Nordmann'], speaker: 'Ola Nordmann', quote: text }];
      return r;
    };
    const projection = mergeTrack([
      statement('a', 'Before boarding his flight in Bergen, Nordmann wrote that Oslo is after "peace for all, not a deal for some," and that any easing of quotas would be gradual.'),
      statement('b', 'Nordmann has argued that Oslo wants "peace for all, not a deal for some".'),
    ]);
    expect(projection.rounds[0]!.facts.filter((f) => /deal for some/.test(f.text))).toHaveLength(1);
  });

  it('merges a statement with the background fact it reports', () => {
    const projection = mergeTrack([
      record('a', [['CONTEXT', 'No agreement was reached on reopening the Tromso airport or on fishing quotas.']]),
      record('b', [['STATEMENT', 'The Canadian minister said Norwegian stubbornness had blocked agreement on reopening Tromso airport and on fishing quotas.']]),
    ]);
    const airport = projection.rounds[0]!.facts.filter((f) => /airport/.test(f.text));
    expect(airport).toHaveLength(1);
    expect(airport[0]!.sourceCount).toBe(2);
  });

  it('merges paraphrases of one agreement across outlets', () => {
    const projection = mergeTrack([
      record('a', [['AGREEMENT', 'The countries agreed that the reservoir would be filled in stages during the rainy season.'], ['CONCERN', 'Canada raised concerns about fishing quotas.']]),
      record('b', [['AGREEMENT', 'The ministers agreed on a schedule for filling the reservoir in stages, taking into account hydrological conditions.']]),
      record('c', [['AGREEMENT', 'The filling of the reservoir will be executed in a stage-based, adaptive manner during the wet season.'], ['STATEMENT', 'Norway said progress was made.']]),
    ]);
    const stages = projection.rounds[0]!.facts.filter((f) => /stage/.test(f.text));
    expect(stages).toHaveLength(1);
    expect(stages[0]!.sourceCount).toBe(3);
  });

  it('knows one speaker under two spellings of his name when merging his remark', () => {
    const withHead = (r: ArticleRecord): ArticleRecord => {
      r.extraction.rounds[0]!.delegations = [{ party: 'Norway', head: 'Ole Hassan Al-Rashid', headTitle: 'President', quote: 'President Ole Hassan Al-Rashid led Norway.' }];
      return r;
    };
    const said = (speaker: string, text: string): FactObservation => ({ kind: 'STATEMENT', text, actors: [speaker], speaker, quote: text });
    const a = withHead(record('a', [['CONTEXT', 'A fresh chapter of the quota dispute opened in 2019 with new limits on cod.']]));
    a.extraction.rounds[0]!.facts.push(said('Reshid', 'Reshid said: "Today, after long years of war and hunger, opens a fresh chapter between the two peoples, and the guns must stay silent."'));
    const b = withHead(record('bb', [['AGREEMENT', 'The accords cover cod quotas and the two peoples fishing rights.']]));
    b.extraction.rounds[0]!.facts.push(said('Ole Hassan Al-Rashid', 'At the dinner, President Al-Rashid said the accords open a fresh chapter in the ties of the two peoples, built on neighbourliness and shared interests, vowing to honour what was signed.'));
    const statements = mergeTrack([a, b]).rounds[0]!.facts.filter((f) => f.kind === 'STATEMENT');
    expect(statements.map((f) => f.sourceCount)).toEqual([2]);
  });

  it('merges two outlets’ word for the ratification a deal still awaits, but not two such sentences of one report', () => {
    const projection = mergeTrack([
      record('a', [['NEXT_STEP', 'The accords still have to be ratified by the two legislatures.']]),
      record('b', [['NEXT_STEP', 'The texts will go before the national assembly to be ratified under the constitution.']]),
    ]);
    expect(projection.rounds[0]!.facts.filter((f) => /ratified/.test(f.text)).map((f) => f.sourceCount)).toEqual([2]);
    const one = mergeTrack([
      record('a', [['NEXT_STEP', 'The accords still have to be ratified by the two legislatures.'], ['NEXT_STEP', 'Ratification by the islands’ council will follow later.']]),
    ]);
    expect(one.rounds[0]!.facts).toHaveLength(2);
  });
});

describe('heads named together by one report', () => {
  const withHeads = (id: string, heads: Array<[string, string]>): ArticleRecord => {
    const base = tass;
    const round = base.extraction.rounds[0]!;
    return {
      ...base,
      id,
      sourceId: id,
      sourceName: id,
      duplicateOf: null,
      extraction: {
        ...base.extraction,
        rounds: [{ ...round, delegations: heads.map(([party, head]) => ({ party, head, headTitle: null, quote: `${head} met the other side.` })) }],
      },
    };
  };
  const headConflicts = (articles: ArticleRecord[]) =>
    mergeTrack(articles).rounds.flatMap((r) => r.conflicts).filter((c) => c.field === 'HEAD');

  it('flags no conflict when one report names co-leaders of a side', () => {
    expect(headConflicts([withHeads('a', [['Bloc', 'Anna Weber'], ['Bloc', 'Marc Petit']]), withHeads('b', [['Bloc', 'Anna Weber']])])).toEqual([]);
  });

  it('flags a conflict when two reports name different heads', () => {
    expect(headConflicts([withHeads('a', [['Bloc', 'Anna Weber']]), withHeads('b', [['Bloc', 'Marc Petit']])])).toHaveLength(1);
  });
});
