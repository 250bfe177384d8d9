import { describe, expect, it } from 'vitest';
import { findDurations, parseDuration } from '../../functions/ingest/durations.ts';

describe('parseDuration', () => {
  it.each([
    ['5 1/2 hours', 330, 330],
    ['five and a half hours', 330, 330],
    ['90 minutes', 90, 90],
    ['two hours and 15 minutes', 135, 135],
    ['an hour and a half', 90, 90],
    ['a five-hour meeting', 300, 300],
  ])('reads the exact length "%s"', (phrase, min, max) => {
    expect(parseDuration(phrase)).toEqual({ minMinutes: min, maxMinutes: max });
  });

  it.each(['about five hours', 'approximately five hours', 'roughly five hours', 'some five hours', 'around five hours', 'nearly five hours', 'almost five hours'])(
    'widens the approximate "%s" by 5 %%',
    (phrase) => {
      expect(parseDuration(phrase)).toEqual({ minMinutes: 285, maxMinutes: 315 });
    },
  );

  it.each(['over six hours', 'more than six hours', 'just over six hours'])('reads "%s" as a lower bound', (phrase) => {
    expect(parseDuration(phrase)).toEqual({ minMinutes: 360, maxMinutes: null });
  });

  it.each(['less than two hours', 'under two hours'])('reads "%s" as an upper bound', (phrase) => {
    expect(parseDuration(phrase)).toEqual({ minMinutes: 0, maxMinutes: 120 });
  });

  it('gives no length for "several hours"', () => {
    expect(parseDuration('several hours')).toBeNull();
  });
});

describe('findDurations', () => {
  it('finds the reported length of a meeting', () => {
    expect(findDurations('The meeting lasted 5 1/2 hours.').map((found) => found.text)).toEqual(['5 1/2 hours']);
  });

  it('skips a forecast of how long talks may last', () => {
    expect(findDurations('On the whole, the negotiations may take four or five hours.')).toEqual([]);
  });

  it('skips "expected to last"', () => {
    expect(findDurations('The talks are expected to last three hours.')).toEqual([]);
  });

  it('skips spans that are not meeting lengths', () => {
    expect(findDurations('The truce collapsed 24 hours after the talks ended.')).toEqual([]);
  });

  it('does not read "two ministers" as two minutes', () => {
    expect(findDurations('The talks between the two ministers took place in Berlin.')).toEqual([]);
  });

  it('reads "after a little over an hour" when talks ended', () => {
    expect(findDurations('The talks ended in Istanbul after a little over an hour.')[0]?.interval).toEqual({ minMinutes: 60, maxMinutes: null });
  });
});

describe('the length of a conversation', () => {
  it('reads "talked for" and "conferred for" as how long the meeting lasted', () => {
    expect(findDurations('The two presidents talked for some two and a half hours.').map((d) => d.text)).toEqual(['some two and a half hours']);
    expect(findDurations('The leaders conferred for 45 minutes.').map((d) => d.text)).toEqual(['45 minutes']);
  });
});
