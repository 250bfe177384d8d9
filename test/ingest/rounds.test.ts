import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../functions/ingest/extract.ts';
import { ASIDE_KEY, findRounds, isMeetingStart, isTravelClause, listedMeetings, returnedMonths, roundsCounted, spanOfDateText } from '../../functions/ingest/rounds.ts';
import { findDateMentions } from '../../functions/ingest/time.ts';
import { splitSentences } from '../../functions/ingest/sentences.ts';

const plan = (text: string, publishedAt: string | null = '2025-04-10') => findRounds(splitSentences(text), publishedAt);
const keyOf = (text: string, fragment: string, publishedAt: string | null = '2025-04-10') => {
  const result = plan(text, publishedAt);
  const clause = result.clauses.find((item) => item.clause.text.includes(fragment));
  return result.slots.find((slot) => slot.key === clause?.roundKey);
};

describe('findRounds', () => {
  it('reads the ordinal of the reported round', () => {
    expect(keyOf('The sides met in Istanbul for the second round of consultations.', 'second')).toMatchObject({ ordinal: 2, relative: 'current' });
  });

  it.each([['2nd round'], ['round two'], ['a third round']])('reads the ordinal in "%s"', (phrase) => {
    const slot = keyOf(`The sides held ${phrase} of talks on Thursday.`, phrase);
    expect(slot?.ordinal).toBe(phrase.includes('third') ? 3 : 2);
  });

  it('reads an ordinal set off after the meeting it counts, but not after something else', () => {
    expect(keyOf('The two governments held a new round of fisheries talks in Lima, the third since the process resumed.', 'Lima')?.ordinal).toBe(3);
    expect(keyOf('Negotiators met for six hours in Lima to seal the deal, the second since the dialogue opened.', 'Lima')?.ordinal ?? null).toBeNull();
    // "the first in years" is a break before the meeting, not its number.
    expect(keyOf('The meeting, the first in the 3+1 format since May 2019, was held in Lima.', 'Lima')?.ordinal ?? null).toBeNull();
  });

  it('reads "would return to <place> in <month> for a fourth round" as the planned next round', () => {
    const result = plan('The sides ended a third round of talks on Wednesday. The envoy said the parties would return to Lima in March for a fourth round.', '2008-01-10');
    expect(result.slots.find((slot) => slot.ordinal === 4)).toMatchObject({ relative: 'next', status: 'PLANNED' });
  });

  it('keeps a day within the reported meeting\'s stated length in that meeting ("ended on Tuesday after 15 days of talks")', () => {
    const text = 'The summit at Lima ended without agreement on Tuesday after 15 days of talks. The mediator chaired the talks during his absence and returned on Sunday.';
    expect(plan(text, '2000-07-26').slots.map((slot) => slot.key)).toEqual(['current']);
  });

  it('numbers a round by its own ordinal, not the series\' ("the first round of the 11th cost-sharing negotiations")', () => {
    expect(plan('The allies held the first round of the 11th cost-sharing negotiations in Lima on Sept. 24.', '2019-11-20').slots.map((slot) => slot.ordinal)).toEqual([1]);
  });

  it('takes no month of something hoped for as the month of the round the lede reports', () => {
    const text = 'The mediator said on Thursday that a third round of talks had produced no decisive progress, dimming hopes that talks on a trade deal could begin in October.';
    expect(plan(text, '2017-08-31').slots.find((slot) => slot.ordinal === 3)).toMatchObject({ key: 'current', relative: 'current' });
  });

  it('makes no round of the year a break is counted from ("the highest-level contact since the war began in 2011")', () => {
    const text = 'The ministers met in Lima on Wednesday. The meeting in Lima was the highest-level contact since the start of the border war in 2011.';
    expect(plan(text, '2023-05-10').slots.map((slot) => slot.key)).toEqual(['current']);
  });

  it('does not date the talks by an election the report times them against', () => {
    const text = "The foreign ministers met in Lima on Wednesday. The talks came four days before elections in Peru on May 14. They came days before Peru's May 14 presidential and parliamentary elections.";
    const result = plan(text, '2023-05-10');
    expect(result.slots.map((slot) => slot.date)).toEqual(['2023-05-10']);
  });

  it('numbers a sitting within a round by the round ("the first joint meeting of the second round")', () => {
    expect(keyOf('The delegations sat down on Tuesday for the first joint meeting of the second round of talks in Lima.', 'Lima')?.ordinal).toBe(2);
    expect(keyOf('The two teams met on Monday for their first session of the third round in Lima.', 'Lima')?.ordinal).toBe(3);
  });

  it('numbers "the previous round" one below the reported round', () => {
    expect(keyOf('The sides began the second round on Thursday. The previous round was held on February 27.', 'previous')).toMatchObject({ ordinal: 1, relative: 'previous' });
  });

  it('gives a back-reference the round of the sentence before', () => {
    expect(keyOf('The first such meeting took place on February 27. The talks then lasted more than six hours. They met again on Thursday for the second round.', 'then')?.ordinal).toBe(1);
  });

  it('keeps two rounds apart within one sentence', () => {
    const text = 'The second round took place on 10 April. The April meeting took place at the consulate, as the February round was held at the residence. The first round was on February 27.';
    expect(keyOf(text, 'February round')?.ordinal).toBe(1);
    expect(keyOf(text, 'April meeting')?.ordinal).toBe(2);
  });

  it('makes an announced next meeting a planned round numbered after the reported one', () => {
    const result = plan('The second round ended on Thursday. The timing of the next round of talks is currently under coordination.');
    expect(result.slots.find((slot) => slot.status === 'PLANNED')).toMatchObject({ ordinal: 3, date: null });
  });

  it('makes the numbered round a future clause is "to hold" a planned round, dated ahead', () => {
    const result = plan('The first round ended on Thursday. The parties also agreed to continue the process and to hold the second round in Oslo on May 2.');
    expect(result.slots.find((slot) => slot.status === 'PLANNED')).toMatchObject({ ordinal: 2, date: '2025-05-02' });
  });

  it('does not make a discussed follow-up meeting a planned round', () => {
    const result = plan('The sides met on Thursday. They discussed holding a follow-up meeting in the near term, as needed.');
    expect(result.slots.some((slot) => slot.status === 'PLANNED')).toBe(false);
  });

  it('dates a planned round from the date after its mention', () => {
    const result = plan('The sides met on Thursday and agreed to meet again next Saturday.');
    expect(result.slots.find((slot) => slot.status === 'PLANNED')?.date).toBe('2025-04-12');
  });

  it('leaves the ordinal null when the text gives none', () => {
    expect(keyOf('The delegations met in Geneva on Thursday.', 'Geneva')?.ordinal).toBeNull();
  });

  it('does not count the first sitting of a mechanism as round one', () => {
    expect(keyOf('The officials agreed on a framework at the first meeting of the consultation mechanism on Tuesday.', 'framework')?.ordinal).toBeNull();
  });

  it('puts a later restatement of an earlier round’s outcome in that round', () => {
    const text = 'The second round began on Thursday. After the first round, the ministry said the sides agreed on joint steps to ensure the financing of missions. The two sides agreed on joint steps to ensure the financing of their missions on a reciprocal basis.';
    expect(keyOf(text, 'reciprocal')?.ordinal).toBe(1);
  });
});

describe('planned rounds announced in passing', () => {
  const planned = (text: string) => extractRounds(text, '2025-04-10').rounds.filter((round) => round.status === 'PLANNED');
  const summary = (text: string) => planned(text).map((round) => ({ dates: round.dates.map((d) => d.value), cities: round.cities.map((c) => c.value) }));

  it.each([
    ['A ministerial-level meeting will be held in Geneva on April 24.', ['2025-04-24'], ['Geneva']],
    ['A high-level meeting is scheduled to take place in Doha on 2 May.', ['2025-05-02'], ['Doha']],
    ['The next session is scheduled for April 28.', ['2025-04-28'], []],
    ['Talks will resume in Muscat on April 30.', ['2025-04-30'], ['Muscat']],
    ['The talks are to resume in Oslo on May 5.', ['2025-05-05'], ['Oslo']],
    ['The parties will reconvene in Vienna on April 25.', ['2025-04-25'], ['Vienna']],
    ['The next round of talks will take place from April 24 to April 27.', ['2025-04-24'], []],
  ])('reads "%s" as a planned round with its date and city', (sentence, dates, cities) => {
    const text = `Delegations of Iran and the United States met in Rome on Thursday. Iran and the United States discussed the nuclear programme. ${sentence}`;
    expect(summary(text)).toEqual([{ dates, cities }]);
  });

  it('does not plan a round that is only hoped for', () => {
    const text = 'Delegations of Iran and the United States met in Rome on Thursday. Iran and the United States discussed the nuclear programme. A high-level meeting could be held in Geneva on April 24.';
    expect(planned(text)).toEqual([]);
  });
});

describe('dates that are not the meeting’s', () => {
  const held = (text: string, publishedAt = '2025-04-12') =>
    extractRounds(text, publishedAt).rounds.filter((round) => round.status === 'HELD').flatMap((round) => round.dates.map((d) => d.value));
  const opening = 'Negotiators of Serbia and Kosovo held talks in Brussels on Friday.';

  it.each([
    ['The Serbian envoy flew to Brussels after meeting Hungarian officials in Budapest on Thursday.'],
    ['A meeting initially pencilled in for April 3 was postponed.'],
    ['Kosovo proposed holding another meeting between May 20 and May 30.'],
    ['The talks come after the referendum of April 2, which Kosovo rejected.'],
    ['Serbia surprised Kosovo on Monday by announcing the talks.'],
  ])('ignores the date in "%s"', (sentence) => {
    expect(held(`${opening} ${sentence}`)).toEqual(['2025-04-11']);
  });

  it('does not read "sat down" as Saturday', () => {
    expect(held('Negotiators of Serbia and Kosovo sat down for talks in Brussels, officials said.')).toEqual([]);
  });

  it('dates the round by the day the sides agreed', () => {
    expect(held('Serbia and Kosovo agreed on Thursday to reopen the border after talks in Brussels.')).toEqual(['2025-04-10']);
  });
});

describe('what is not a next round', () => {
  const planned = (text: string) => extractRounds(text, '2025-04-12').rounds.filter((round) => round.status === 'PLANNED');
  const opening = 'Negotiators of Serbia and Kosovo held talks in Brussels on Friday.';

  it('reads "the talks will continue" without a time as the same round going on', () => {
    expect(planned(`${opening} The talks will continue, focusing on a ceasefire.`)).toEqual([]);
    expect(planned(`${opening} The talks will continue next week in Vienna.`)).toHaveLength(1);
  });

  it('does not make a meeting of commanders or experts the next round', () => {
    expect(planned(`${opening} Military commanders of both sides will meet within five days to discuss disarmament.`)).toEqual([]);
  });

  it('plans a round the sides agreed to hold, also when no date is set', () => {
    expect(planned(`${opening} They agreed to hold a new meeting in Vienna within three months.`)).toHaveLength(1);
    expect(planned(`${opening} The two leaders agreed to meet again in Vienna, though no date has been set.`)).toHaveLength(1);
  });
});

describe('what numbers and dates the reported round', () => {
  it('does not date the round by the dateline', () => {
    const result = extractRounds('NAIROBI, March 4 (Reuters) - Serbia and Kosovo held talks in Brussels on Monday.', '2024-03-04');
    expect(result.rounds.flatMap((round) => round.dates.map((d) => d.value))).toEqual(['2024-03-04']);
    const noDay = extractRounds('NAIROBI, March 4 (Reuters) - Serbia and Kosovo held talks in Brussels.', '2024-03-04');
    expect(noDay.rounds.flatMap((round) => round.dates.map((d) => d.value))).toEqual([]);
  });

  it('does not date the round by a dateline written in ordinary case', () => {
    const result = extractRounds('Vienna, 19 March – Serbia and Kosovo held talks in Vienna on Saturday.', '2023-03-19');
    expect(result.rounds.flatMap((round) => round.dates.map((d) => d.value))).toEqual(['2023-03-18']);
  });

  it.each([
    ['in brackets', 'Oslo (Norway), 14 June 2021 (XNA) - The rebel delegation took part on 12 and 13 June in the fourth round of talks with the government in Oslo.'],
    ['after a comma', 'Oslo, Norway, 14 June 2021 (XNA) - The rebel delegation took part on 12 and 13 June in the fourth round of talks with the government in Oslo.'],
  ])('does not date the round by a dateline that gives the country %s', (_, text) => {
    expect(plan(text, '2021-06-14').slots.find((slot) => slot.ordinal === 4)?.date).toBe('2021-06-12');
  });

  it('files a meeting dated by a month more than a year back, told as the first in years, under a round of its own', () => {
    const text = 'Serbia and Kosovo signed a deal in Ohrid on Thursday. Vucic had gone to meet Kurti in Vienna in March 2021, in what was their first face-to-face meeting in over two years.';
    expect(keyOf(text, 'March 2021', '2024-08-02')?.key).toBe('y:2021-03');
    expect(keyOf('Serbia and Kosovo signed a deal in Ohrid on Thursday. Vucic had gone to meet Kurti in Vienna in March, in what was their first face-to-face meeting in over two years.', 'in March', '2024-08-02')?.key).not.toBe('y:2024-03');
  });

  it('reads a journey to a place described at length, for a signing, as the journey to the meeting', () => {
    const text = "Kabila flew to the remote Virunga hills in the east of the country, the militia's old stronghold, for the signing with its commander, who took over last year.";
    expect(isTravelClause(text)).toBe(false);
    expect(isTravelClause('Kabila flew to Goma after meeting the commander in Kigali.')).toBe(true);
  });

  it('reads an ordinal in a clause set in another month as an earlier round', () => {
    const text = 'Serbia and Kosovo held talks in Brussels on Wednesday. Serbia said in December, after a first round of talks, that the sides had agreed to a truce.';
    const current = plan(text, '2024-01-12').slots.find((slot) => slot.relative === 'current');
    expect(current?.ordinal ?? null).toBeNull();
  });

  it('reads one next meeting announced with and without its number', () => {
    const text = 'Serbia and Kosovo met in Brussels on Monday. Their negotiators will meet in Vienna on Sunday for another round. The Vienna meeting will be the fourth such round since May.';
    const planned = plan(text, '2024-09-12').slots.filter((slot) => slot.status === 'PLANNED');
    expect(planned.map((slot) => [slot.ordinal, slot.date])).toEqual([[4, '2024-09-15']]);
  });
});

describe('postponed and scheduled rounds', () => {
  const slots = (text: string, publishedAt: string) => plan(text, publishedAt).slots;

  it('reads a postponed round as still to come, with no day', () => {
    const result = slots('A fifth round of talks between Serbia and Kosovo, which had been due to take place on Wednesday in Vienna, has been postponed.', '2024-11-24');
    expect(result.filter((slot) => slot.status === 'PLANNED').map((slot) => [slot.ordinal, slot.date])).toEqual([[5, null]]);
  });

  it('keeps a round that was postponed and then held as held', () => {
    const result = slots('A fourth round, initially pencilled in for May 3, was postponed and eventually took place in Vienna on May 11.', '2024-05-23');
    expect(result.find((slot) => slot.ordinal === 4)?.status).toBe('HELD');
  });

  it('puts a planned day written without a year after the report', () => {
    const result = slots('Serbia and Kosovo met in Vienna on Wednesday. A source said the next round was set for Jan. 8.', '2024-12-20');
    expect(result.find((slot) => slot.status === 'PLANNED')?.date).toBe('2025-01-08');
  });
});

describe('months, other tracks and consecutive sittings', () => {
  it('dates a meeting by the month written after it', () => {
    const text = 'The envoys will meet in Vienna on Sunday for another round. At talks in Oslo in late June, the envoys agreed to swap detainees.';
    expect(keyOf(text, 'Oslo', '2025-09-12')).toMatchObject({ key: 'm:6', relative: 'previous' });
  });

  it('leaves a meeting in the month of the report to the reported round', () => {
    const text = 'At talks in Oslo in early September, the envoys agreed to swap detainees.';
    expect(keyOf(text, 'Oslo', '2025-09-12')?.key).toBe('current');
  });

  it('reads "that month" as the month named last', () => {
    const text = 'The envoys will meet in Vienna on Sunday, their fifth meeting since April. In Oslo that month, the envoys agreed to swap detainees.';
    expect(keyOf(text, 'that month', '2025-09-12')).toMatchObject({ key: 'm:4', monthOfYear: 4 });
  });

  it('keeps a separate agreement of another track out of the rounds', () => {
    const result = plan('The sides signed a truce in Doha on Saturday. The Doha track runs alongside a separate agreement signed in Geneva on March 3.', '2025-07-19');
    expect(result.clauses.find((item) => item.clause.text.includes('separate'))?.roundKey).toBe(ASIDE_KEY);
    expect(result.slots.some((slot) => slot.date === '2025-03-03')).toBe(false);
  });

  it('does not take a round told as months back for the one reported', () => {
    const text = 'A sixth round, due on Wednesday, has been postponed. At the third round in early August, the negotiators tabled a new map.';
    expect(keyOf(text, 'third round', '2025-11-03')).toMatchObject({ ordinal: 3, relative: 'previous' });
  });

  it('puts "yesterday\'s session" in the round before when numbered rounds sat on consecutive days', () => {
    const text = 'The fourth round was held today at the border post, a day after the third round took place there. At yesterday\'s session the delegation tabled a map.';
    expect(keyOf(text, 'yesterday', '2025-03-12')).toMatchObject({ ordinal: 3, date: '2025-03-11' });
    expect(keyOf(text, 'held today', '2025-03-12')).toMatchObject({ ordinal: 4, date: '2025-03-12' });
  });

  it('keeps "yesterday\'s session" in a round that lasts several days', () => {
    const text = 'The fourth round ended today after two days of talks; the third round had ended without a deal. At yesterday\'s session the delegation tabled a map.';
    expect(keyOf(text, 'yesterday', '2025-03-12')?.key).toBe('current');
  });
});

describe('headline plans', () => {
  it('reads a numbered meeting "set for" a later day as planned', () => {
    const text = 'Envoys meet for an hour at border post; second meeting set for later this month. The envoys met on Wednesday for a first round of talks.';
    expect(keyOf(text, 'meet for an hour', '2025-10-15')).toMatchObject({ ordinal: 1, relative: 'current' });
    expect(plan(text, '2025-10-15').slots.find((slot) => slot.status === 'PLANNED')?.ordinal).toBe(2);
  });
});

describe('a clause opened by a month', () => {
  it('reads "In July, they signed …" in a November report as a July meeting', () => {
    const text = 'The sides signed a framework in Doha on Saturday. In July, they signed a declaration of principles there.';
    expect(keyOf(text, 'In July', '2025-11-15')).toMatchObject({ key: 'm:7', relative: 'previous' });
  });
});

describe('a meeting of last month', () => {
  it('is the reported round when the report dates no recent meeting', () => {
    expect(keyOf('At talks in Oslo in late June, the envoys agreed to swap detainees.', 'Oslo', '2025-07-03')?.key).toBe('current');
  });

  it('is an earlier round when the report dates a recent one', () => {
    const text = 'The envoys met in Vienna on Tuesday. At talks in Oslo in late June, the envoys agreed to swap detainees.';
    expect(keyOf(text, 'Oslo', '2025-07-03')).toMatchObject({ key: 'm:6', relative: 'previous' });
  });

  it('places a month in the past though a later clause speaks of the future', () => {
    const text = 'The envoys met in Vienna on Tuesday. In Oslo in May, they agreed on a framework under which both sides would resume flights.';
    expect(keyOf(text, 'Oslo', '2025-09-03')).toMatchObject({ key: 'm:5', relative: 'previous' });
  });
});

describe('findRounds: runs, previews and other events', () => {
  it('reads "the round opened on …" as the first day of the reported round that ended days later', () => {
    const text = 'Iran and the E3 wrapped up their fourth round of talks in Vienna on Friday. The round opened in Vienna on March 1 and was paused for a weekend.';
    const result = plan(text, '2025-03-14');
    expect(keyOf(text, 'The round opened', '2025-03-14')).toMatchObject({ key: 'current', ordinal: 4 });
    expect(result.slots.filter((slot) => slot.relative === 'previous')).toEqual([]);
  });

  it('does not date the talks by an event they follow or by a side meeting its own team', () => {
    const text =
      'Armenia and Azerbaijan will resume talks in Almaty on Thursday. The resumption of the talks comes days after a shelling killed nine people in a border village on Sunday night. The prime minister met his security council on Saturday to discuss the talks.';
    const result = plan(text, '2025-06-10');
    expect(result.slots.every((slot) => slot.date === null || slot.date >= '2025-06-10')).toBe(true);
  });

  it('reads "after talks on Wednesday and Thursday" as one meeting, not two listed ones', () => {
    const result = plan('The army and the rebels agreed to a ceasefire after talks in Kunming on Wednesday and Thursday.', '2024-01-13');
    expect(result.clauses[0]?.cues.listed).toEqual([]);
    expect(result.slots.map((slot) => slot.key)).toEqual(['current']);
  });

  it('still lists rounds a clause counts on consecutive days', () => {
    const result = plan('The first round was held in Naqoura on October 14. Further rounds were held at the same venue on October 28, on October 29 and on November 11.', '2020-12-01');
    expect(result.clauses.find((item) => item.clause.text.startsWith('Further'))?.cues.listed.map((meeting) => meeting.date.date)).toEqual(['2020-10-28', '2020-10-29', '2020-11-11']);
  });

  it.each([
    ['In that declaration, both sides pledged not to use force.'],
    ['The declaration also provides for a commission of experts.'],
  ])('keeps "%s" with the earlier meeting told just before', (clause) => {
    const text = `The ministers met in Brasilia on Thursday. The commission was set up under a declaration the two presidents agreed to in Kingstown on December 14. ${clause}`;
    expect(keyOf(text, clause.slice(0, 20), '2024-01-26')?.date).toBe('2023-12-14');
  });

  it('still dates an earlier meeting the talks come after', () => {
    const text = 'The envoys met in Geneva on Thursday. The meeting comes days after the two sides met in Vienna on Monday.';
    expect(plan(text, '2025-06-13').slots.map((slot) => slot.date).sort()).toEqual(['2025-06-09', '2025-06-12']);
  });

  it('makes the round a preview announces the article\'s own round, still to come', () => {
    const text =
      'The sixth round of talks between Colombia and the rebels will open in Havana on Monday, mediators said. The fifth round ended in Havana on May 2 without a deal. The new push comes as violence rises in the south.';
    const result = plan(text, '2025-06-20');
    expect(result.slots.find((slot) => slot.key === 'current')).toMatchObject({ ordinal: 6, status: 'PLANNED', date: '2025-06-23' });
    expect(keyOf(text, 'The new push', '2025-06-20')).toMatchObject({ ordinal: 6, status: 'PLANNED' });
    expect(keyOf(text, 'fifth round', '2025-06-20')).toMatchObject({ ordinal: 5, status: 'HELD', relative: 'previous' });
  });

  it('gives "a further round" told in the past a round of its own, not the one told before it', () => {
    const text = 'The envoys met in Vienna on June 3. A further round in Tbilisi later that month ended without agreement.';
    const further = keyOf(text, 'further round', '2025-09-20');
    expect(further?.key).not.toBe(keyOf(text, 'Vienna', '2025-09-20')?.key);
    expect(further).toMatchObject({ relative: 'previous', status: 'HELD' });
  });

  it('reads talks on the next phase of a deal, due to start, as a planned meeting', () => {
    const result = plan('Israel and Hamas agreed on a truce in Doha on Wednesday. Negotiations on the second phase are due to start within a month.', '2025-01-16');
    expect(result.slots.filter((slot) => slot.status === 'PLANNED')).toHaveLength(1);
  });

  it('dates the round named nearest before the day when a clause names two rounds', () => {
    const text = 'The seventh round comes five months after the sixth round, which was held in Muscat on November 4, 2024.';
    const result = plan(text, '2025-04-12');
    expect(result.slots.find((slot) => slot.date === '2024-11-04')).toMatchObject({ ordinal: 6 });
  });

  it.each([
    ['an agency named after the day of a dateline', 'Ankara, April 23, AA -- The third round of talks was held in Baku on Thursday.'],
    ['the day a source revealed details', 'A source revealed on Saturday new details of the third round of talks, which were held in Baku on Thursday.'],
  ])('does not date the talks by %s', (_, text) => {
    expect(plan(text, '2025-04-26').slots.find((slot) => slot.key === 'current')?.date).toBe('2025-04-24');
  });

  it('does not take the month of a remark for the month of a meeting', () => {
    const text =
      'A fifth session of the talks, which had been due to take place on Wednesday, has been postponed, an official said on Tuesday. The fourth session on November 11 ended without progress. The minister said last month that the other side had shifted its claim four times.';
    expect(keyOf(text, 'said last month', '2020-12-01')?.key).toBe('current');
  });

  it('keeps a report of a round held this week the article\'s own round though its lede announces the next', () => {
    const text = 'The sixth round of talks between Colombia and the rebels will open in Havana next month. The fifth round ended in Havana on Thursday without a deal.';
    expect(plan(text, '2025-06-20').slots.find((slot) => slot.key === 'current')).toMatchObject({ ordinal: 5, status: 'HELD' });
  });

  describe('round structure of background and previews', () => {
    it('does not count "the first … since" or "the first … in years" as round one', () => {
      const since = 'The envoys of Atlantis and Oceania met in Lisbon on Tuesday. It was their first formal meeting since the collapse of a ceasefire in 2020.';
      expect(plan(since, '2025-04-10').slots.map((slot) => slot.ordinal)).not.toContain(1);
      const years = 'Atlantis and Oceania held their first direct negotiations in three years in Lisbon on Tuesday.';
      expect(plan(years, '2025-04-10').slots.map((slot) => slot.ordinal)).not.toContain(1);
      expect(keyOf('Atlantis and Oceania held the first round of talks in Lisbon on Tuesday.', 'first')?.ordinal).toBe(1);
    });

    it('does not count the first meeting under a new leader or administration as round one', () => {
      const leader = 'The first high-level meeting between Lisbon and Rabat under President Ana Costa opened in Porto on Tuesday.';
      expect(plan(leader, '2025-04-10').slots.map((slot) => slot.ordinal)).not.toContain(1);
      const administration = 'The talks in Porto on Tuesday were the first formal talks of the Costa administration with Rabat.';
      expect(plan(administration, '2025-04-10').slots.map((slot) => slot.ordinal)).not.toContain(1);
    });

    it('dates the round by the day a leader flew in to open it, and not by the month the process began', () => {
      const flew = 'SPRINGFIELD, Illinois, March 7 (Wire) - The president flew to this small town on Monday to launch a new round of border talks between Chile and Peru.';
      expect(plan(flew, '2011-03-07').slots.find((slot) => slot.key === 'current')?.date).toBe('2011-03-07');
      const begun = 'The Springfield meeting was the second round of the revived negotiations, which the two ministers opened in Lima last month.';
      expect(plan(begun, '2011-03-14').slots.find((slot) => slot.ordinal === 2)?.relative).toBe('current');
    });

    it('dates a signing by its day though the clause then tells of a journey, and not a journey alone', () => {
      const signed = 'The accord was signed late on Sunday at the palace in Lima, shortly after the two presidents flew back from the border.';
      expect(plan(signed, '2011-03-07').slots.find((slot) => slot.key === 'current')?.date).toBe('2011-03-06');
      const journey = 'The envoy flew back to Lima on Sunday after talks in Quito.';
      expect(plan(journey, '2011-03-07').slots.find((slot) => slot.key === 'current')?.date ?? null).toBeNull();
    });

    it('does not date the held round by a day still ahead that a clause about what is to come gives, nor by the day someone spoke', () => {
      const ahead = 'Envoys of Chile and Peru met in Lima on Monday. Mediators said the talks would now break into committees, starting on Wednesday.';
      expect(plan(ahead, '2011-03-08').slots.find((slot) => slot.key === 'current')?.date).toBe('2011-03-07');
      const speaking = 'Speaking to reporters on Thursday on his return from Lima, the minister said the accord signed on Wednesday opened a new era.';
      expect(plan(speaking, '2011-03-11').slots.find((slot) => slot.key === 'current')?.date).toBe('2011-03-09');
    });

    it('does not date a meeting by the day of an attack, nor take "the president\'s plan to end the war" for a look ahead', () => {
      const attack = 'Envoys of Chile and Peru met in Lima on Monday. The war began when rebels attacked the border town of Tacna on Oct. 7, 2023.';
      expect(plan(attack, '2025-10-06').slots.map((slot) => slot.date)).not.toContain('2023-10-07');
      const planTo = "Chilean and Peruvian negotiators began talks in Lima on Monday on the first phase of the president's plan to end the war.";
      expect(plan(planTo, '2025-10-06').slots.find((slot) => slot.key === 'current')?.date).toBe('2025-10-06');
    });

    it('does not take the first sitting of the talks reported for round one', () => {
      const text = 'Envoys of Chile and Peru began talks in Lima on Monday. The mediator met the Peruvian delegation before the first session, sources said.';
      expect(plan(text, '2025-10-06').slots.map((slot) => slot.ordinal)).not.toContain(1);
    });

    it('does not date a meeting by the day of a speech or broadcast that led to it', () => {
      const text = 'Envoys of Chile and Peru met in Tacna on Tuesday. The talks grew out of a June 23 radio speech in which the mediator suggested a truce.';
      expect(plan(text, '2025-07-10').slots.map((slot) => slot.date)).not.toContain('2025-06-23');
      const broadcast = 'Envoys of Chile and Peru met in Tacna on Tuesday, as the mediator had proposed in a broadcast on June 23.';
      expect(plan(broadcast, '2025-07-10').slots.map((slot) => slot.date)).not.toContain('2025-06-23');
    });

    it('does not date a meeting by the day someone announced that talks had taken place', () => {
      const text = 'Envoys of Chile and Peru met in Lima in late November. On December 4, the Peruvian foreign minister announced that fruitful talks had taken place.';
      expect(plan(text, '2025-12-10').slots.map((slot) => slot.date)).not.toContain('2025-12-04');
    });

    it('does not take a second session that "could be held within days" for the round reported', () => {
      const text = 'Envoys of Chile and Peru met in Lima on Tuesday. They agreed to meet again in Quito, and officials said a second session could be held within days.';
      expect(plan(text, '2025-07-10').slots.find((slot) => slot.key === 'current')?.ordinal ?? null).toBeNull();
    });

    it('does not count the first meeting at a new site as round one', () => {
      const text = 'Envoys of Chile and Peru met again in Tacna on Thursday after a two-month break. The first meeting at the new site lasted two hours.';
      expect(plan(text, '2025-10-09').slots.map((slot) => slot.ordinal)).not.toContain(1);
    });

    it('does not take a second sitting later the same day for a second round', () => {
      const text = 'Envoys of Atlantis and Oceania met in Lisbon on Tuesday. The talks were to go on with a second session later on Tuesday and a last one on Wednesday.';
      expect(plan(text, '2025-04-08').slots.map((slot) => slot.ordinal)).not.toContain(2);
      expect(plan('Envoys of Atlantis and Oceania opened the second session of their talks in Lisbon on Tuesday.', '2025-04-08').slots.map((slot) => slot.ordinal)).toContain(2);
    });

    it('files "the meeting was the first … since …" under the reported round', () => {
      const text = 'Envoys of Atlantis and Oceania met in Lisbon on Tuesday. In March, a ceasefire was signed. The meeting was the first formal talks between them since the ceasefire.';
      expect(keyOf(text, 'first formal talks', '2025-04-10')?.key).toBe('current');
    });

    it('numbers the meeting a future clause plans "for a third round"', () => {
      const result = plan('Envoys from Atlantis and Oceania will meet in Vienna on May 3 for a third round of talks, the ministry said on Thursday.', '2025-04-24');
      expect(result.slots.filter((slot) => slot.ordinal === 3).map((slot) => slot.status)).toEqual(['PLANNED']);
    });

    it('reads a headline\'s "X, Y to hold fourth round" as a round still to come', () => {
      const text = 'Atlantis, Oceania to hold fourth round of border talks in Vienna\n\nThe ministry confirmed the date on Thursday.';
      const result = plan(text, '2025-04-24');
      expect(result.slots.filter((slot) => slot.ordinal === 4).map((slot) => slot.status)).toEqual(['PLANNED']);
    });

    it('does not take a round named after "before the" in a future clause for one held', () => {
      const text = 'Atlantis and Oceania ended the third round in Rome on Wednesday. Their truce committees would meet in Geneva to discuss a bilateral truce before the fourth round of talks.';
      const result = plan(text, '2025-04-10');
      expect(result.slots.find((slot) => slot.key === 'current')?.ordinal).toBe(3);
      expect(result.slots.filter((slot) => slot.ordinal === 4 && slot.status === 'HELD')).toEqual([]);
    });

    it('numbers a dated meeting that fits only between two numbered rounds', () => {
      const text = 'Atlantis and Oceania ended the third round of talks in Rome on Wednesday. The talks had resumed on March 3 to 7 in Oslo. In the second round, held in Oslo on May 12 to 15, the working groups agreed on an outline.';
      expect(keyOf(text, 'resumed', '2025-09-11')).toMatchObject({ ordinal: 1, relative: 'previous' });
    });

    it('reads a span that ends on the reported round\'s day as that round', () => {
      const text = 'Atlantis and Oceania closed the third round of talks in Rome on Wednesday. The Rome talks, held June 4 to 11, covered land reform.';
      expect(keyOf(text, 'held June 4', '2025-06-12')?.key).toBe('current');
    });

    it('keeps leaders\' summits recalled in a report of envoys\' talks out of the rounds', () => {
      const text =
        'Envoys of Atlantis and Oceania held working-level talks in Stockholm on Saturday. It was the first formal negotiation since a summit between Atlantis President Ana Silva and Oceania leader Tomas Berg collapsed in February. ' +
        'The second summit in Hanoi had ended early. Silva and Berg met briefly at the border on June 30 and agreed to revive the talks.';
      const result = plan(text, '2025-10-06');
      expect(result.slots.map((slot) => slot.ordinal)).not.toContain(2);
      expect(result.slots.map((slot) => slot.date)).not.toContain('2025-06-30');
      expect(result.clauses.find((item) => item.clause.text.includes('met briefly'))?.roundKey).toBe(ASIDE_KEY);
    });

    it('keeps a summit the report itself is about', () => {
      const text = 'The presidents of Atlantis and Oceania met for a second summit in Addis Ababa on Sunday. The summit opened on Sunday and ran late.';
      expect(plan(text, '2025-04-08').slots.find((slot) => slot.key === 'current')?.ordinal).toBe(2);
    });

    it('does not date the talks by another event timed "ahead of the talks"', () => {
      const text = 'Envoys of Atlantis and Oceania held talks in Stockholm on Saturday. On Wednesday, Oceania tested a new missile, a move seen as raising its leverage ahead of the talks.';
      const result = plan(text, '2025-10-06');
      expect(result.slots.map((slot) => slot.date)).toEqual(['2025-10-04']);
    });

    it('does not plan a meeting that a side dismissed as a proposal', () => {
      const text = 'Oceania said on Sunday it saw no point in more talks, dismissing a proposal for the two sides to meet again in two weeks.';
      expect(plan(text, '2025-10-06').slots.filter((slot) => slot.status === 'PLANNED')).toEqual([]);
    });

    it('dates a meeting told by its place, country and month, with the year', () => {
      const text = 'Atlantis and Oceania met in Rome on Friday. Negotiations at Mont Pelerin, Switzerland, in November 2024 ended without a deal on territory.';
      expect(keyOf(text, 'Mont Pelerin', '2025-07-07')).toMatchObject({ key: 'm:11', relative: 'previous', month: '2024-11' });
    });

    it('lists a meeting given only a month and year beside one given its day', () => {
      const text = 'The Rome round followed talks at Mont Pelerin in November 2024, which broke down, and the conference in Geneva on January 12.';
      const dates = findDateMentions(text, '2025-07-08', 'past');
      expect(listedMeetings(text, dates, '2025-07-08').map((meeting) => [meeting.date.date, meeting.date.month])).toEqual([
        [null, '2024-11'],
        ['2025-01-12', '2025-01'],
      ]);
    });
  });
});

describe('findRounds: leaders and proposals', () => {
  it('keeps a summit the lede reports by its leaders\' names', () => {
    const text = 'President Ana Silva of Atlantis met Prime Minister Tomas Berg of Oceania in Lisbon on Sunday. The summit ended without a deal.';
    expect(plan(text, '2025-04-08').clauses.find((item) => item.clause.text.includes('summit ended'))?.roundKey).toBe('current');
  });

  it('still plans a meeting in a clause that rejects something else', () => {
    const text = 'The envoys rejected the accusations and agreed to meet again in Geneva next week.';
    expect(plan(text, '2025-04-08').slots.filter((slot) => slot.status === 'PLANNED')).toHaveLength(1);
  });
});

describe('findRounds: talks whose negotiators are the leaders', () => {
  it('keeps the leaders\' earlier meeting a round when the opening names no lower level', () => {
    const text = 'Talks on reuniting the island collapsed on Friday, the UN chief said. Atlantis leader Nicos Silva and Oceania leader Tomas Berg had been negotiating since June 28. Silva and Berg met in Geneva on January 12.';
    expect(keyOf(text, 'met in Geneva', '2017-07-07')).toMatchObject({ date: '2017-01-12', relative: 'previous' });
  });

  it('does not plan a meeting one side says the other made up', () => {
    const text = 'The envoys are misleading the public as if the two sides had agreed to meet again in two weeks.';
    expect(plan(text, '2025-10-06').slots.filter((slot) => slot.status === 'PLANNED')).toEqual([]);
  });
});

describe('findRounds: deals of an earlier month', () => {
  it('files the terms "that arrangement" set under those of the month the clause before named', () => {
    const text = 'The presidents signed the accords in Addis Ababa on Thursday. The deal reopens the pipeline under the terms agreed in Addis Ababa in early August by the negotiators. Under that arrangement, the south agreed to pay transit fees.';
    expect(keyOf(text, 'Under that arrangement', '2012-09-28')).toMatchObject({ key: 'm:8', relative: 'previous' });
  });

  it('reads "the August deal" as a deal struck at the August meeting', () => {
    const text = 'The presidents signed the accords in Addis Ababa on Thursday. Khartoum had refused to implement the August deal until security was settled.';
    expect(keyOf(text, 'August deal', '2012-09-28')).toMatchObject({ key: 'm:8', relative: 'previous' });
  });
});

describe('findRounds: two meetings in one clause, and "there"', () => {
  it('lists "held their first meeting … on Jan. 14 and met again … on Feb. 24" as two meetings', () => {
    const text = 'The envoys held their first meeting in Moscow on Jan. 14 and met again in Vienna on Feb. 24.';
    const dates = findDateMentions(text, '2022-04-28', 'past');
    expect(listedMeetings(text, dates, '2022-04-28').map((meeting) => meeting.date.date)).toEqual(['2022-01-14', '2022-02-24']);
  });

  it('files "their talks there" under the meeting the clause before placed', () => {
    const text = 'The envoys met in Vienna on Thursday for the second round. They met more than a month after their first meeting in Moscow. Their 90-minute talks there were described as constructive.';
    expect(keyOf(text, '90-minute', '2022-02-25')?.ordinal).toBe(1);
  });
});

describe('findRounds: the day of a planned round', () => {
  it('skips a past month named between the plan and its day', () => {
    const text = 'The fifth round of talks on the consequences of last August\'s war will be held in Geneva on May 18-19, the co-chairs said.';
    expect(plan(text, '2009-04-17').slots.find((slot) => slot.status === 'PLANNED')).toMatchObject({ ordinal: 5, date: '2009-05-18' });
  });
});

describe('findRounds: rounds of other things', () => {
  it.each([['the second round of sanctions'], ['a third round of prisoner exchanges'], ['the first round of voting']])('does not count "%s" as a round of talks', (phrase) => {
    const text = `Envoys of Atlantis and Oceania met in Geneva on Tuesday, days after ${phrase}.`;
    expect(plan(text, '2025-04-10').slots.every((slot) => slot.ordinal === null)).toBe(true);
  });
});

describe('findRounds: a plan beside a held round', () => {
  it('keeps a round a held verb dates after the words that plan the next meeting', () => {
    const text = 'The delegations, which will meet again on Friday, held a third round of talks in Doha on Tuesday.';
    expect(keyOf(text, 'third round', '2025-04-10')).toMatchObject({ ordinal: 3, status: 'HELD' });
  });
});

describe('findRounds: "since" a day', () => {
  it('keeps "the first round of talks since Monday" round one', () => {
    expect(keyOf('Delegations have held the first round of talks since Monday in Doha.', 'first round', '2025-04-10')?.ordinal).toBe(1);
  });
});

describe('findRounds: round structure told in other words', () => {
  it('takes a numbered round "would be held" in reported speech as planned', () => {
    const text = 'Chile and Peru ended the second round in Lima on Friday. The facilitators said the third round of talks would be held in Quito.';
    expect(keyOf(text, 'second round', '2025-04-12')).toMatchObject({ ordinal: 2, status: 'HELD' });
    expect(plan(text, '2025-04-12').slots.find((slot) => slot.status === 'PLANNED')?.ordinal).toBe(3);
  });

  it('reads an ordinal that stands alone as the predicate of the round', () => {
    expect(keyOf('The sides reached a deal on Sunday. The session that closed on Sunday was the fourth.', 'fourth', '2025-04-07')?.ordinal).toBe(4);
  });

  it('lists the months the sides came back in after a numbered round', () => {
    const text = 'The first round was held in Lima in early March, and the teams returned there in April, June and late July.';
    const dates = findDateMentions(text, '2025-08-20', 'past');
    expect(returnedMonths(text, dates)?.months.map((mention) => mention.monthOfYear)).toEqual([4, 6, 7]);
    expect(returnedMonths(text, dates)?.there).toBe(true);
    expect(returnedMonths('The first round was held in Lima in March.', findDateMentions('The first round was held in Lima in March.', '2025-08-20', 'past'))).toBeNull();
  });

  it('plans a signing set for a later day, but not one without a day', () => {
    const dated = 'The sides agreed on Sunday on the text of an accord. The accord is to be signed in Lima on August 15.';
    expect(plan(dated, '2025-07-20').slots.find((slot) => slot.status === 'PLANNED')?.date).toBe('2025-08-15');
    const undated = 'The sides agreed on Sunday on the text of an accord. The accord will be signed by both parliaments.';
    expect(plan(undated, '2025-07-20').slots.some((slot) => slot.status === 'PLANNED')).toBe(false);
  });

  it('keeps the latest round the subject when earlier sessions are only compared to it', () => {
    const text = 'Chile and Peru held a fifth round in Lima on Thursday. Officials said the latest round had been better than previous sessions.';
    expect(keyOf(text, 'better than', '2025-04-12')?.relative).toBe('current');
  });

  it('takes the day a delegation arrived, days before the visit ended, as the same round', () => {
    const text = 'The delegation left Lima on Tuesday after talks with Peruvian officials. Its head, who arrived in Lima on Thursday, said the talks were useful.';
    expect(keyOf(text, 'arrived', '2025-04-09')?.key).toBe('current');
  });

  it('takes the opening day named by a clause about the close of a phase as the same round', () => {
    const text = 'The sides signed a declaration in Lima on Thursday. It was signed at the conclusion of the first phase of the mediation, which the host launched on May 1.';
    expect(keyOf(text, 'launched', '2025-05-09')?.key).toBe('current');
  });

  it('takes the month the talks began, in a report of a later numbered round, as the first round\'s', () => {
    const text = 'Chile and Peru ended the fifth round in Geneva on Sunday. The talks began in January after the floods.';
    expect(keyOf(text, 'began in January', '2025-07-14')).toMatchObject({ ordinal: 1, relative: 'previous' });
  });

  it('places the next phase where the delegations return to', () => {
    const text = 'Chile and Peru ended talks in Lima on Thursday. The delegations would consult their capitals before returning to Lima for the next phase of the talks.';
    const planned = extractRounds(text, '2025-04-11').rounds.find((round) => round.status === 'PLANNED');
    expect(planned?.cities.map((city) => city.value)).toEqual(['Lima']);
  });

  it('takes the opening day of talks a clause says were just concluded as the same round', () => {
    const text = 'Chile and Peru reached a deal in Lima on Sunday. The two sides concluded a draft accord after talks that opened on Tuesday.';
    expect(keyOf(text, 'opened on Tuesday', '2025-04-14')?.key).toBe('current');
  });

  it('plans the next phase of the talks', () => {
    const text = 'Chile and Peru ended talks in Lima on Thursday. The delegations will return to Lima for the next phase of the talks.';
    expect(plan(text, '2025-04-11').slots.some((slot) => slot.status === 'PLANNED')).toBe(true);
  });

  it('does not date the meeting by the day of the break it is the first since', () => {
    const text = 'Chile and Peru met in Lima on Friday. It was the first meeting between them since the border clash on April 2.';
    expect(plan(text, '2025-04-11').slots.find((slot) => slot.relative === 'current')?.date).toBe('2025-04-11');
  });

  it('does not date a meeting by the day it was announced', () => {
    const text = 'A spokesman, who announced the Lima meeting on Monday, told reporters the talks would be frank.';
    expect(plan(text, '2025-04-11').slots.some((slot) => slot.date === '2025-04-07')).toBe(false);
  });

  it('plans nothing when no date was set for a further meeting', () => {
    const text = 'Chile and Peru held talks in Lima on Friday. No date was set for a further meeting.';
    expect(plan(text, '2025-04-11').slots.some((slot) => slot.status === 'PLANNED')).toBe(false);
  });

  it('leaves rounds "of those talks" and donor meetings out of these talks', () => {
    const text = 'Chile held talks with Peru in Lima on Friday, days after its talks with Bolivia. The fourth round of those talks took place in La Paz on Sunday.';
    expect(plan(text, '2025-04-11').slots.every((slot) => slot.ordinal === null)).toBe(true);
    const donors = 'Chile and Peru held a second round in Lima on Friday. The talks followed the donor meeting held in Lima on April 1.';
    expect(plan(donors, '2025-04-11').slots.some((slot) => slot.date === '2025-04-01')).toBe(false);
  });
});

describe('extractRounds: round structure told in other words', () => {
  it('adds the rounds a numbered round was followed by, month by month, in its place', () => {
    const text =
      'Chile and Peru agreed on a border accord in Geneva on Sunday. The round that ended on Sunday was the fifth. The first round was held in Geneva in late January, and the delegations returned there in February, April and late May.';
    const rounds = extractRounds(text, '2025-07-14').rounds;
    expect(rounds.map((round) => round.ordinal).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(rounds.find((round) => round.ordinal === 3)?.cities.map((city) => city.value)).toEqual(['Geneva']);
  });

  it('places what a clause tells before "followed by a second round" at the first round', () => {
    const text = 'Chile and Peru held a third round in Lima on Friday. The two sides first met at the Kirkvale naval base in March, followed by a second round in Quito.';
    const rounds = extractRounds(text, '2025-06-14').rounds;
    expect(rounds.find((round) => round.ordinal === 1)?.venues.map((venue) => venue.value)).toEqual(['Kirkvale naval base']);
    expect(rounds.find((round) => round.ordinal === 2)?.venues).toEqual([]);
  });

  it('leaves out the next of another pair\'s counted rounds', () => {
    const text =
      'LIMA (AP) — Chilean and Peruvian delegations held talks in Lima on Friday. Chile and Peru agreed to meet again. Separately, Bolivia and Paraguay had held five rounds of talks since April. A sixth round, planned for last Sunday, was called off.';
    expect(extractRounds(text, '2025-06-20').rounds.some((round) => round.ordinal === 6)).toBe(false);
    expect(roundsCounted('the two had held five rounds of talks')).toBe(5);
  });
});

describe('round structure told by background meetings', () => {
  it('dates a meeting long before the report that ended a break, and a journey made for it, as an earlier meeting', () => {
    const text = 'The two leaders signed a border protocol on Thursday. On 12 March 2021, the president flew to the Tatra mountains for his first meeting with the rebel chief in over a year.';
    expect(keyOf(text, 'Tatra', '2023-05-05')).toMatchObject({ date: '2021-03-12', relative: 'previous' });
  });

  it('does not read "the first two rounds" as the first round', () => {
    expect(keyOf('The commission held its first two rounds in Oslo in February.', 'first two')?.ordinal ?? null).toBeNull();
  });

  it('reads an ordinal whose noun is left out when a meeting verb follows', () => {
    const text = 'The panel met twice in Oslo. The second opened on 18 February and ended without a deal.';
    expect(keyOf(text, 'second opened', '2020-02-25')).toMatchObject({ ordinal: 2, date: '2020-02-18' });
  });

  it('dates a meeting that convened over a span by its first day', () => {
    const result = plan('The board was set up in January. It first convened in Oslo from 3 to 8 February under a new chair.', '2020-02-20');
    const clause = result.clauses.find((item) => item.clause.text.includes('first convened'));
    expect(clause?.cues.meetingDate?.date).toBe('2020-02-03');
  });

  it('plans no round for a meeting still to come in another body', () => {
    const text = 'The envoys held talks in Oslo on Monday. They will meet the bloc ambassadors at the Nordic Council in Bergen on Friday.';
    expect(plan(text, '2025-04-08').slots.some((slot) => slot.status === 'PLANNED')).toBe(false);
    const forum = 'The envoys held talks in Oslo on Monday. The youth track will resume with the Civic Dialogue Forum, which holds a first virtual meeting on Friday.';
    expect(plan(forum, '2025-04-08').slots.some((slot) => slot.ordinal === 1)).toBe(false);
  });

  it('takes the meeting a report filed a week or two later covers as its round, not an ordinal months back', () => {
    const text = 'The commission signed a truce in Oslo on 19 October. The first, from 3 to 8 February, ended without a deal. The second opened on 18 February.';
    const result = plan(text, '2020-10-30');
    expect(result.slots.find((slot) => slot.relative === 'current')).toMatchObject({ ordinal: null, date: '2020-10-19' });
    expect(keyOf(text, 'second opened', '2020-10-30')).toMatchObject({ ordinal: 2, relative: 'previous' });
  });

  it('does not number the reported meeting by the round a break is counted from', () => {
    const text = 'The delegations met in Bergen on Tuesday. The Bergen meeting was their first face-to-face contact since the third round.';
    expect(plan(text, '2025-04-09').slots.find((slot) => slot.relative === 'current')?.ordinal ?? null).toBeNull();
  });

  it('dates talks held by video', () => {
    expect(keyOf('The envoys met in Bergen on Tuesday. On March 14, the delegations switched to a videoconference format.', 'videoconference', '2025-04-09')?.date).toBe('2025-03-14');
  });

  it('numbers two rounds listed with their days, and the dated meeting after them', () => {
    const text =
      'Chilean and Peruvian delegations held talks in Lima on Tuesday. The first round took place in Arica on February 28. The second and third rounds were held in Tacna on March 3 and March 7. On March 14, the delegations switched to a videoconference format.';
    const rounds = extractRounds(text, '2025-03-26').rounds;
    expect(rounds.find((round) => round.ordinal === 3)?.dates[0]?.value).toBe('2025-03-07');
    expect(rounds.find((round) => round.dates[0]?.value === '2025-03-14')?.ordinal).toBe(4);
  });

  it('plans no round when nobody said when or whether the sides meet again', () => {
    expect(plan('The envoys met in Bergen on Tuesday. Neither side said when, or whether, they would meet again.', '2025-04-09').slots.some((slot) => slot.status === 'PLANNED')).toBe(false);
  });

  it('plans no round for a plan made at a round long before the report', () => {
    const text = 'The envoys met in Bergen on Monday. The first round took place on July 28, 2021, after which the sides agreed to reconvene at the end of September.';
    expect(plan(text, '2022-01-11').slots.some((slot) => slot.status === 'PLANNED')).toBe(false);
  });

  it('keeps a meeting dated only by its year apart from the reported round', () => {
    const text = 'The two leaders signed a truce on Thursday. In 2016 the two sides sat down in Maputo with foreign mediators.';
    expect(keyOf(text, 'In 2016', '2019-08-02')).toMatchObject({ key: 'y:2016', relative: 'previous', month: '2016' });
  });
});

describe('plans and meetings told in passing', () => {
  it('makes no plan of a count of meetings held', () => {
    const text = 'A round of fisheries talks between the two coastguards took place today in Oslo, the second to be held since the resumption of these exchanges in March.';
    expect(plan(text, '2025-04-10').slots.some((slot) => slot.status === 'PLANNED')).toBe(false);
  });

  it('plans the sitting at which talks named first will go on', () => {
    const text = 'The envoys met in Oslo on Monday. Negotiations between the two delegations will continue online on Friday, April 11.';
    expect(plan(text, '2025-04-08').slots.find((slot) => slot.status === 'PLANNED')?.date).toBe('2025-04-11');
    expect(plan('Oslo and Bergen talks to resume online on April 11', '2025-04-08').slots.find((slot) => slot.status === 'PLANNED')?.date).toBe('2025-04-11');
  });

  it('dates rounds a clause is about though it names no other meeting word', () => {
    const result = plan('The envoys met in Oslo on Monday. Two more rounds followed in Bergen on March 3 and March 7.', '2025-04-08');
    const clause = result.clauses.find((item) => item.clause.text.includes('Two more rounds'));
    expect(clause?.cues.listed.map((meeting) => meeting.date.date)).toEqual(['2025-03-03', '2025-03-07']);
  });
});

describe('a "when" clause hung on a month', () => {
  it('dates what it tells by the month it follows, not by an earlier month in the clause', () => {
    const text = 'The envoys met in Vienna on Tuesday. The two envoys first met in March, and again in early June, when they agreed to set up a hotline.';
    expect(keyOf(text, 'hotline', '2025-09-03')).toMatchObject({ key: 'm:6', relative: 'previous' });
  });

  it('reads "since May, when talks resumed" as the May meeting', () => {
    const text = 'The envoys met in Vienna on Tuesday. Both armies have held their fire since May, when formal talks resumed in Oslo.';
    expect(keyOf(text, 'Oslo', '2025-09-03')).toMatchObject({ key: 'm:5', relative: 'previous' });
  });

  it('leaves a "when" clause about something other than the sides or their talks to the reported round', () => {
    const text = 'The envoys met in Vienna on Tuesday. The border has been tense since May, when fighting resumed and the talks broke down.';
    expect(keyOf(text, 'fighting resumed', '2025-09-03')?.key).toBe('current');
  });

  it('leaves an event that is no meeting to the reported round', () => {
    const text = 'The envoys met in Vienna on Tuesday. The quarrel broke out in May, when the army closed the border crossing.';
    expect(keyOf(text, 'quarrel', '2025-09-03')?.key).toBe('current');
  });
});

describe('"the talks come as …"', () => {
  it('speaks of the reported talks, not of the meeting told just before', () => {
    const text = 'The envoys met in Vienna on Tuesday. They first met in Oslo in May, where they agreed on a prisoner swap. The talks come as fighting flares along the front.';
    expect(keyOf(text, 'fighting flares', '2025-09-03')?.key).toBe('current');
  });
});

describe('"came … after" an earlier meeting', () => {
  it('does not number the reported round by the round it followed', () => {
    const text = 'The envoys met in Oslo on Tuesday. The talks, held on Tuesday in Oslo, came three months after a second round in Rome.';
    expect(plan(text, '2025-09-03').slots.find((slot) => slot.key === 'current')?.ordinal).toBeNull();
  });

  it('does not date the reported round by the month of the meeting it followed', () => {
    const text = 'The envoys met in Oslo on Tuesday. The fourth round of the talks came two months after the June session ended without a deal.';
    expect(keyOf(text, 'fourth round', '2025-09-03')).toMatchObject({ key: 'current', ordinal: 4 });
  });
});

describe('an ordinal under a modal', () => {
  it('reads "will hold his first meeting" as a round still to come', () => {
    const text = 'The new negotiator will hold his first meeting with his counterpart in the capital on December 16.';
    expect(plan(text, '2025-12-12').slots.find((slot) => slot.ordinal === 1)).toMatchObject({ status: 'PLANNED' });
  });

  it('does not count "could be reached in the third round" as a round held', () => {
    const text = 'The envoys met in Ankara on Tuesday for a second round of talks. The mediator said he hoped a final deal could be reached in the third round.';
    expect(plan(text, '2025-08-13').slots.find((slot) => slot.key === 'current')?.ordinal).toBe(2);
  });

  it('reads "the second meeting would be decided" as the meeting to come', () => {
    const text = 'The envoys met in Moscow on Friday. They agreed to keep talking and said the date of the second meeting would be decided later.';
    const slots = plan(text, '2025-01-14').slots;
    expect(slots.find((slot) => slot.key === 'current')?.ordinal).toBeNull();
    expect(slots.find((slot) => slot.ordinal === 2)).toMatchObject({ status: 'PLANNED' });
  });

  it('keeps a headline that sets the next round from making the report a preview of it', () => {
    const text = 'Rivals make progress in talks, third round set for Sept 17\n\nANKARA, Aug 13 - The rivals made progress in a second round of talks in Ankara, the mediator said on Tuesday, adding that they would meet again on Sept. 17. The mediator said he hoped a final deal could be reached in the third round.';
    expect(plan(text, '2024-08-13').slots.find((slot) => slot.key === 'current')).toMatchObject({ ordinal: 2, status: 'HELD' });
  });
});

describe('the meetings of a standing mechanism', () => {
  it('numbers the round by "the 14th meeting of the consultation mechanism"', () => {
    const text = 'Peru and Chile held the 14th meeting of their Bilateral Consultation Mechanism on fisheries in Lima on Tuesday.';
    expect(plan(text, '2025-03-05').slots.find((slot) => slot.key === 'current')?.ordinal).toBe(14);
  });

  it('does not take the first sitting of a commission the talks set up, or a meeting on whose sidelines they were held, as the round', () => {
    const first = 'Peru and Chile held a second round of talks in Lima on Tuesday and agreed that the first meeting of the joint commission would follow in May.';
    expect(plan(first, '2025-03-05').slots.find((slot) => slot.key === 'current')?.ordinal).toBe(2);
    const sidelines = 'The ministers launched the trade talks in Lima on Tuesday, on the sidelines of the 15th meeting of the Joint Economic Committee.';
    expect(plan(sidelines, '2025-03-05').slots.find((slot) => slot.key === 'current')?.ordinal).toBeNull();
  });
});

describe('a round the reported meeting followed', () => {
  it('does not number the meeting reported by the round it "followed"', () => {
    const text = 'The envoys walked out of the talks in Lima on Sunday. The weekend session followed a first round earlier this month, when the two leaders refused to meet.';
    const slots = plan(text, '2025-07-21').slots;
    expect(slots.find((slot) => slot.key === 'current')?.ordinal).not.toBe(1);
    expect(slots.some((slot) => slot.ordinal === 1 && slot.relative === 'previous')).toBe(true);
  });
});

describe('days that date no meeting', () => {
  it('leaves a day the talks only "might resume" on undated', () => {
    const text = 'A member of the team said the talks might resume as early as Wednesday, although no date was set.';
    expect(plan(text, '2025-07-21').slots.every((slot) => slot.date === null)).toBe(true);
  });

  it('reads "Lima, Jul 14 (EFE).-" as a dateline, not the day of the talks', () => {
    const text = 'Lima, Jul 14 (EFE).- The mediator said on Tuesday that the talks had stalled and he would try again.';
    expect(plan(text, '2025-07-14').slots.find((slot) => slot.key === 'current')?.date ?? null).not.toBe('2025-07-14');
  });
});

describe('a conference that sat for months', () => {
  it('takes the day a conference opened, months before the report of its end, as the first day of the reported meeting', () => {
    const text = 'The two sides signed the accord on Friday, ending fourteen years of war. It was signed at Marlborough House, where the constitutional conference opened on September 3.';
    const slots = plan(text, '2025-12-13').slots;
    expect(slots.filter((slot) => slot.status === 'HELD')).toHaveLength(1);
  });

  it('still keeps a conference that opened years before as a meeting of its own', () => {
    const text = 'The two sides signed the accord on Friday in London. It comes three years after the Vienna conference, which opened on October 28, 2022, and collapsed.';
    expect(plan(text, '2025-12-13').slots.filter((slot) => slot.status === 'HELD').length).toBe(2);
  });
});

describe('days of other things than the meeting', () => {
  it('does not date a meeting by the day a plan is to start being implemented', () => {
    const text = 'Chile and Peru met in Geneva on Friday. The parties agreed to recommend that the implementation of the border plan begin on November 1.';
    expect(plan(text, '2025-08-11').slots.some((slot) => slot.date === '2025-11-01' || slot.date === '2024-11-01')).toBe(false);
  });

  it('dates the talks by the day they "ended … saying" something', () => {
    const text = 'GENEVA (AP) — Negotiators from Chile and Peru ended four days of U.N.-mediated talks on Friday saying they had agreed on a sequence of steps.';
    expect(plan(text, '2025-08-08').slots.find((slot) => slot.key === 'current')?.date).toBe('2025-08-08');
  });

  it('reads the first day of "sat from Tuesday to Friday" as the meeting\'s start, and a span written as one date as its days', () => {
    expect(isMeetingStart('The round, which sat from Tuesday to Friday, ended in Geneva.', 'Tuesday to Friday')).toBe(true);
    expect(spanOfDateText('Aug. 2-5')).toBe(3);
    expect(spanOfDateText('Tuesday to Friday')).toBe(3);
    expect(spanOfDateText('Friday')).toBeNull();
  });
});

describe('the month a process began', () => {
  it('numbers the reported round by "the third round of talks since negotiations began in June", not an earlier one', () => {
    const text = 'Chile and Peru ended a round of border talks in Lima. It was the third round of talks since formal negotiations began in June. The next round is due in October.';
    const slots = plan(text, '2025-08-29').slots;
    expect(slots.find((slot) => slot.key === 'current')?.ordinal).toBe(3);
    expect(slots.filter((slot) => slot.status === 'HELD')).toHaveLength(1);
  });
});

describe('a next round told in the passive', () => {
  it('plans the round "the talks will be resumed in X on <day>" announces', () => {
    const slots = plan('The talks between Chile and Peru ended in Lima today. The talks will be resumed in Quito on 16 April.', '1969-12-22').slots;
    expect(slots.find((slot) => slot.status === 'PLANNED')?.date).toBe('1970-04-16');
  });
});

describe('meetings nobody has set', () => {
  it.each([
    'The envoys met in Lima on Tuesday. Neither government has said when the two sides will meet for their next round.',
    'The envoys met in Lima on Tuesday. The contact groups of the two sides will meet again to discuss the agenda.',
    'The envoys met in Lima on Tuesday. That meeting produced no agreement beyond the stated will of both sides to meet again.',
  ])('plans no round in "%s"', (text) => {
    expect(plan(text, '2025-07-16').slots.some((slot) => slot.status === 'PLANNED')).toBe(false);
  });
});

describe('a next round announced by "the statement said"', () => {
  const text = 'GENEVA, May 6 (AP) - Chile and Peru signed a fisheries accord on Tuesday after a week of talks. Peru, which had left in January, stayed away from the talks for 13 months after the second round in June 2023. A fourth round of talks will be held in Lima in July, the statement said.';

  it('is news of the reported round, not of the earlier round told just before', () => {
    expect(keyOf(text, 'A fourth round', '2025-05-06')?.key).toBe('current');
  });

  it('still follows an earlier round when the clause says it goes on ("also said")', () => {
    const also = 'GENEVA, May 6 (AP) - Chile and Peru signed a fisheries accord on Tuesday. Peru stayed away for 13 months after the second round in June 2023. The statement also said a fourth round would be held in Lima.';
    expect(keyOf(also, 'a fourth round', '2025-05-06')?.key).not.toBe('current');
  });
});

describe('"will next meet"', () => {
  it('announces the next meeting, whose place is not the reported round\'s', () => {
    const result = plan('LIMA, May 6 (AP) - Peru and Chile ended a first round of border talks in Lima on Tuesday. The joint commission will next meet in Santiago in June, the statement said.', '2025-05-06');
    const clause = result.clauses.find((item) => item.clause.text.includes('will next meet'));
    expect(clause?.plannedKey).not.toBeNull();
  });
});
