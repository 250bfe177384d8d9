import { describe, expect, it } from 'vitest';
import { meetingAnnouncement, sameMeeting } from '../../functions/ingest/merge.ts';
import { factTokens } from '../../functions/ingest/normalize.ts';

const announce = (text: string) => meetingAnnouncement('NEXT_STEP', text);

describe('announcements of the next meeting', () => {
  it('recognises the usual ways outlets announce the next meeting', () => {
    for (const text of [
      'The two sides will meet again in Geneva.',
      'The talks are set to resume in Nairobi in the new year.',
      'The next round of negotiations will take place in Oslo.',
      'Negotiators agreed to reconvene after the holidays.',
      'A follow-up meeting is planned for next month.',
    ]) expect(announce(text), text).not.toBeNull();
  });

  it('reads leaders who are to meet next, and a next step that is a meeting, as announcements', () => {
    for (const text of [
      'The two interior ministers are expected to meet next, with the mediator present.',
      'Their prime ministers are to meet in the spring.',
      'The next stage would be a meeting of the two presidents, the envoy said.',
    ]) expect(announce(text), text).not.toBeNull();
    expect(announce('The next step is to draft a joint text.')).toBeNull();
  });

  it('reads an undertaking to hold a numbered or further round as an announcement, not any meeting held', () => {
    expect(announce('According to the communique, the parties agreed to hold a sixth round of talks.')).not.toBeNull();
    expect(announce('The mediators said they would hold a further session in the new year.')).not.toBeNull();
    expect(announce('The ministers held a second round of talks in the capital.')).toBeNull();
    expect(announce('They agreed to hold a meeting of the technical committee.')).toBeNull();
  });

  it('does not read a deadline or the current round as an announcement', () => {
    expect(announce('They will finish work on the proposals by the next meeting of their teams.')).toBeNull();
    expect(announce('The parties signed two accords after the second round of talks.')).toBeNull();
    expect(meetingAnnouncement('CONCERN', 'The two sides will meet again in Geneva.')).toBeNull();
  });

  it('matches announcements that agree on or leave out place and date, and keeps contradicting ones apart', () => {
    const geneva = announce('The delegations will meet again in Geneva on March 3.')!;
    const genevaUndated = announce('The next round will be held in Geneva.')!;
    const undated = announce('The talks are to resume later this month.')!;
    const vienna = announce('The next round will be held in Vienna.')!;
    const april = announce('The parties will meet again on April 3.')!;

    expect(sameMeeting(geneva, genevaUndated)).toBe(true);
    expect(sameMeeting(geneva, undated)).toBe(true);
    expect(sameMeeting(genevaUndated, vienna)).toBe(false);
    expect(sameMeeting(geneva, april)).toBe(false);
    expect(sameMeeting(announce('They will meet again on Nov. 6.')!, announce('They agreed to meet again on November 6.')!)).toBe(true);
  });
});

describe('negotiation vocabulary in fact tokens', () => {
  const tokens = (text: string) => factTokens(text, new Set());

  it('folds common paraphrases to one token', () => {
    expect(tokens('a truce')).toEqual(tokens('a cessation of hostilities'));
    expect(tokens('a cease-fire')).toEqual(tokens('a ceasefire'));
    expect(tokens('relief')).toEqual(tokens('humanitarian assistance').filter((t, i, all) => all.indexOf(t) === i));
    expect(tokens('swap of detainees')).toEqual(tokens('exchange of prisoners'));
    expect(tokens('troop pullback')).toEqual(tokens('troop withdrawal'));
    expect(tokens('disengagement')).toEqual(tokens('withdrawal'));
    expect(tokens('new sanctions')).toEqual(tokens('new restrictions'));
  });
});
