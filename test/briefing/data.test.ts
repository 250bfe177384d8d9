// Mapping a merged round to briefing data: sides, outlets, quotes and counts resolved for the page.

import { describe, expect, it } from 'vitest';
import { splitStatement, toBriefingData } from '../../functions/briefing/data.ts';
import { SOURCE_NAMES, TRACK, istanbulRound2, plannedRound3, round2BeforePlanned } from '../helpers/briefing-fixtures.ts';

describe('toBriefingData', () => {
  it('attributes a fact about a head of delegation to that head’s party', () => {
    const data = toBriefingData(TRACK, istanbulRound2(), SOURCE_NAMES);

    const flights = data.facts.find((f) => f.text.includes('direct air service'));
    expect(flights?.side).toBe('Russia');
  });

  it('names the outlets behind each conflicting value and leaves reposts out', () => {
    const data = toBriefingData(TRACK, istanbulRound2(), SOURCE_NAMES);

    const title = data.conflicts.find((c) => c.field === 'HEAD_TITLE');
    expect(title?.party).toBe('United States');
    expect(title?.values.map((v) => v.sources)).toEqual([['TASS'], ['IANS', 'TROIB News']]);
  });

  it('flags the duration as disputed when outlets disagree on it', () => {
    const data = toBriefingData(TRACK, istanbulRound2(), SOURCE_NAMES);

    expect(data.round.duration).toBe('5–5.5 hours');
    expect(data.round.durationDisputed).toBe(true);
  });

  it('turns statements into quotes with their speaker, apart from the other facts', () => {
    const data = toBriefingData(TRACK, istanbulRound2(), SOURCE_NAMES);

    expect(data.quotes[0]?.speaker).toBe('Alexander Darchiev');
    expect(data.facts.some((f) => f.kind === 'STATEMENT')).toBe(false);
    expect(data.totalFactCount).toBe(istanbulRound2().facts.length);
  });

  it('lists the counted outlets by name, most widely reported facts first', () => {
    const data = toBriefingData(TRACK, istanbulRound2(), SOURCE_NAMES);

    expect(data.outlets).toEqual(['TASS', 'IANS', 'TROIB News', 'Gulf News']);
    const counts = data.facts.map((f) => f.sourceCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('toBriefingData ordering', () => {
  it('puts outcomes before proposals, concerns, next steps and background among facts equally widely reported, whatever order the store gave', () => {
    const round = istanbulRound2();
    round.facts.reverse();
    const data = toBriefingData(TRACK, round, SOURCE_NAMES);

    const order = ['AGREEMENT', 'PROPOSAL', 'CONCERN', 'NEXT_STEP', 'CONTEXT'];
    for (let i = 1; i < data.facts.length; i++) {
      const [before, after] = [data.facts[i - 1]!, data.facts[i]!];
      if (before.sourceCount === after.sourceCount) expect(order.indexOf(before.kind)).toBeLessThanOrEqual(order.indexOf(after.kind));
      else expect(before.sourceCount).toBeGreaterThan(after.sourceCount);
    }
  });
});

describe('toBriefingData for an upcoming round', () => {
  it('carries the next steps of the round before it as its announcement, with their outlets', () => {
    const data = toBriefingData(TRACK, plannedRound3(), SOURCE_NAMES, round2BeforePlanned());

    expect(data.announced?.afterRound).toBe(2);
    expect(data.announced?.facts.map((f) => f.kind)).toEqual(['NEXT_STEP']);
    expect(data.announced?.facts[0]?.text).toMatch(/by the next meeting/);
    // TASS and Gulf News cover round 3 already; TROIB News is cited only by the announcement.
    expect(data.outlets).toEqual(['TASS', 'Gulf News', 'TROIB News']);
  });

  it('shows no announcement for a held round, whatever came before it', () => {
    const data = toBriefingData(TRACK, istanbulRound2(), SOURCE_NAMES, round2BeforePlanned());

    expect(data.announced).toBeNull();
    expect(data.outlets).toEqual(['TASS', 'IANS', 'TROIB News', 'Gulf News']);
  });
});

describe('splitStatement', () => {
  it('takes the speaker and the quotation marks off a statement, keeping the words', () => {
    expect(splitStatement('Alexander Darchiev said: "This is about the \'toxic legacy\' of the previous administration.".', null)).toEqual({
      text: "This is about the 'toxic legacy' of the previous administration.",
      speaker: 'Alexander Darchiev',
    });
  });

  it('leaves a statement of another shape whole', () => {
    expect(splitStatement('Talks were constructive, officials said', 'Russia')).toEqual({ text: 'Talks were constructive, officials said', speaker: 'Russia' });
  });
});
