import { describe, expect, it } from 'vitest';
import { detectTense, findDateMentions, resolveMonth, resolveMonthDay, resolveWeekday } from '../../functions/ingest/time.ts';

const REF = '2025-04-10'; // a Thursday

describe('resolveWeekday', () => {
  it('places a weekday in a past-tense report on or before the article date', () => {
    expect(resolveWeekday(4, REF, 'past')).toBe('2025-04-10');
    expect(resolveWeekday(2, REF, 'past')).toBe('2025-04-08');
  });

  it('places a weekday in a future-tense report after the article date', () => {
    expect(resolveWeekday(6, REF, 'future')).toBe('2025-04-12');
    expect(resolveWeekday(4, REF, 'future')).toBe('2025-04-17');
  });
});

describe('resolveMonthDay', () => {
  it('puts a past date without a year in the article’s year when that is not later', () => {
    expect(resolveMonthDay(2, 27, REF, 'past')).toBe('2025-02-27');
  });

  it('puts a past December date in the previous year for a January article', () => {
    expect(resolveMonthDay(12, 20, '2025-01-05', 'past')).toBe('2024-12-20');
  });

  it('puts a future January date in the next year for a December article', () => {
    expect(resolveMonthDay(1, 10, '2024-12-20', 'future')).toBe('2025-01-10');
  });
});

describe('resolveMonth', () => {
  it('keeps month precision for "in February" in a past report', () => {
    expect(resolveMonth(2, REF, 'past')).toBe('2025-02');
  });

  it('moves a planned month earlier in the year to the next year', () => {
    expect(resolveMonth(2, '2025-11-01', 'future')).toBe('2026-02');
  });
});

describe('detectTense', () => {
  it('tells future plans from past reports', () => {
    expect(detectTense('The sides will meet next Tuesday.')).toBe('future');
    expect(detectTense('The sides met on Tuesday.')).toBe('past');
    expect(detectTense('The sides agreed to begin technical talks on Wednesday.')).toBe('future');
  });

  it('reads a headline\'s present-tense plan ("sides agree to hold") as the future, though a "says" follows', () => {
    expect(detectTense('Sides agree to hold second round in Oslo on Oct. 3, says joint statement')).toBe('future');
    expect(findDateMentions('Sides agree to hold second round in Oslo on Oct. 3, says joint statement', '2025-07-01')[0]?.date).toBe('2025-10-03');
  });

  it('reads the first day of a span of days chrono misreads ("from 17 to 20 July", "on 17 and 18 July")', () => {
    const first = (text: string) => findDateMentions(text, '2017-09-01', 'past').find((mention) => mention.date)?.date;
    expect(first('The second round, held in Brussels from 17 to 20 July, was tense.')).toBe('2017-07-17');
    expect(first('The second round was held in Brussels on 17 and 18 July.')).toBe('2017-07-17');
    expect(first('The second round was held in Brussels on July 17 and 18.')).toBe('2017-07-17');
    expect(findDateMentions('The second round, held in Brussels from 17 to 20 July, was tense.', '2017-09-01', 'past')[0]?.text).toBe('17 to 20 July');
  });

  it('reads a plan told in the past as neither, so its day resolves to the nearest year', () => {
    expect(detectTense('A meeting that was scheduled to open in Vienna on March 3 fell through.')).toBe('unknown');
    expect(detectTense('The round was due to start on March 3 and will now open on March 10.')).toBe('future');
    expect(findDateMentions('Talks that were due to begin in Lusaka on October 2 broke down.', '2021-11-20')[0]?.date).toBe('2021-10-02');
  });

  it('reads "last Thursday" in a report filed on a Thursday as the week before', () => {
    expect(findDateMentions('The talks resumed last Thursday.', '2007-05-03')[0]?.date).toBe('2007-04-26');
    expect(findDateMentions('The talks resumed on Thursday.', '2007-05-03')[0]?.date).toBe('2007-05-03');
  });

  it('reads "would return to" a place as a plan told in reported speech', () => {
    expect(detectTense('The envoy said the parties would return to Lima in March.')).toBe('future');
  });

  it('dates a weekday by the past verb right after it, though the clause goes on to the future', () => {
    const text = 'The two camps on Tuesday agreed on a ceasefire plan and will now turn to the political dispute, the mediator said.';
    expect(detectTense(text)).toBe('future');
    expect(findDateMentions(text, '2024-06-05')[0]?.date).toBe('2024-06-04');
    // A plan stated before the day keeps the future.
    expect(findDateMentions('The envoys will meet again and on Tuesday signed nothing.', '2024-06-05')[0]?.date).toBe('2024-06-11');
  });
});

describe('findDateMentions', () => {
  it('resolves "on Thursday" in a past report to the article date', () => {
    expect(findDateMentions('Russia and the United States on Thursday began the second round.', REF)[0]?.date).toBe('2025-04-10');
  });

  it('resolves "next Saturday" to the coming Saturday', () => {
    expect(findDateMentions('They will meet again next Saturday.', REF)[0]?.date).toBe('2025-04-12');
  });

  it('resolves "27 February" and "February 27" alike', () => {
    const a = findDateMentions('The first meeting took place on 27 February.', REF)[0]?.date;
    const b = findDateMentions('The first meeting took place on February 27.', REF)[0]?.date;
    expect([a, b]).toEqual(['2025-02-27', '2025-02-27']);
  });

  it('gives "in February" month precision and no day', () => {
    const mention = findDateMentions('In February, he served as director.', REF)[0];
    expect(mention).toMatchObject({ date: null, month: '2025-02', precision: 'month' });
  });

  it('marks "by the end of June" as a deadline with month precision', () => {
    const mention = findDateMentions('The sides will finish the text by the end of June.', REF)[0];
    expect(mention).toMatchObject({ date: null, month: '2025-06', deadline: true });
  });

  it('gives "last week" no day', () => {
    expect(findDateMentions('They met last week.', REF)[0]?.date ?? null).toBeNull();
  });

  it('does not read a fraction in "5 1/2 hours" as a date', () => {
    expect(findDateMentions('It lasted 5 1/2 hours.', REF)).toEqual([]);
  });

  it('cannot place a weekday without a publication date', () => {
    expect(findDateMentions('They met on Thursday.', null)[0]?.date ?? null).toBeNull();
  });
});

describe('"May" after words that make it the month', () => {
  it('reads "since May" and "in early May"', () => {
    expect(findDateMentions('It is the fourth round since May.', REF, 'past').map((mention) => mention.monthOfYear)).toEqual([5]);
    expect(findDateMentions('The envoys met in early May.', REF, 'past')[0]).toMatchObject({ precision: 'month', monthOfYear: 5 });
  });

  it('leaves the verb alone', () => {
    expect(findDateMentions('The sides may meet again.', REF, 'future')).toEqual([]);
  });
});

describe('headline tense', () => {
  it('reads "meeting set for" without its verb as future', () => {
    expect(detectTense('Envoys meet for an hour; second meeting set for later this month')).toBe('future');
  });
});

describe('findDateMentions: a year named after the day', () => {
  it('reads "April 9 last year" in the year before publication, whatever the tense', () => {
    expect(findDateMentions('Iraq hosted the first round of talks on April 9 last year.', '2022-04-25').map((m) => m.date)).toEqual(['2021-04-09']);
  });

  it('reads a span "Aug. 22 to 26 last year" from the first day in that year', () => {
    expect(findDateMentions('The talks resumed on Aug. 22 to 26 last year in Oslo.', '2017-10-26').map((m) => m.date)).toEqual(['2016-08-22']);
  });
});

describe('a signing set for a later day', () => {
  it('reads "would be formally signed on Aug. 15" as ahead of the report', () => {
    expect(detectTense('The accord would be formally signed in the capital on Aug. 15.')).toBe('future');
    expect(findDateMentions('The accord is to be signed in the capital on Aug. 15.', '2025-07-18')[0]?.date).toBe('2025-08-15');
  });
});

describe('detectTense on irregular verbs and counts of meetings held', () => {
  it('reads irregular past forms as the past', () => {
    expect(detectTense('The same two envoys led the previous round on April 21.')).toBe('past');
    expect(detectTense('The delegations sat down in Oslo on May 3.')).toBe('past');
  });

  it('does not read "the second to be held since April" as a plan', () => {
    expect(detectTense('A round of talks took place today, the second to be held since April.')).toBe('past');
    expect(detectTense('A round of talks is to be held in Oslo.')).toBe('future');
  });
});

describe('"this <weekday>"', () => {
  it('reads the day in the week under way, later days ahead and earlier ones behind, whatever the tense', () => {
    // REF is a Thursday.
    const on = (text: string) => findDateMentions(text, REF).find((mention) => mention.precision === 'day')?.date;
    expect(on('The mediator said he had invited both teams to a meeting this Saturday.')).toBe('2025-04-12');
    expect(on('The mediator said the teams had met this Monday.')).toBe('2025-04-07');
  });
});

describe('a day a reported "would" follows', () => {
  it('places it ahead of the report, though the clause is told in the past', () => {
    // 2025-04-12 is a Saturday.
    const on = (text: string) => findDateMentions(text, '2025-04-12').find((mention) => mention.precision === 'day')?.date;
    expect(on('A source said the talks on Sunday would be at expert level.')).toBe('2025-04-13');
    expect(on('A source said the talks on Tuesday had been at expert level.')).toBe('2025-04-08');
  });
});
