import { describe, expect, it } from 'vitest';
import { mergeTrack } from '../../functions/ingest/merge.ts';
import { iranTalks } from '../fixtures/merge/iran-talks.ts';
import { ukraineTalks } from '../fixtures/merge/ukraine-talks.ts';

describe('mergeTrack on US–Iran talks', () => {
  const projection = mergeTrack(iranTalks);
  const [round1, round2] = projection.rounds;

  it('puts the misdated report into round 1 and flags the date conflict', () => {
    const conflict = round1!.conflicts.find((c) => c.field === 'DATE');

    expect(projection.rounds.map((r) => [r.number, r.status])).toEqual([
      [1, 'HELD'],
      [2, 'HELD'],
    ]);
    expect(round1!.date).toBe('2025-04-12');
    expect(conflict?.values.map((v) => [v.text, v.citations.map((c) => c.sourceId)])).toEqual([
      ['2025-04-12', ['aljazeera', 'irna', 'reuters']],
      ['2025-04-13', ['ap']],
    ]);
  });

  it('matches the venue spelled with and without diacritics and shows the accented form', () => {
    expect(round1!.venue).toBe('Hôtel du Golfe');
    expect(round1!.reports.venue).toHaveLength(1);
    expect(round1!.reports.venue[0]!.citations.map((c) => c.sourceId)).toEqual(['irna', 'reuters']);
  });

  it('gives Araghchi/Araqchi and Steve/Steven Witkoff one identity each', () => {
    const names = projection.people.map((p) => [p.name, p.aliases]);

    expect(names).toEqual([
      ['Abbas Araghchi', ['Abbas Araqchi']],
      ['Steve Witkoff', ['Steven Witkoff']],
    ]);
    expect(round2!.delegations.map((d) => d.headId)).toEqual(round1!.delegations.map((d) => d.headId));
  });

  it('reads "Minister of Foreign Affairs" and "Foreign Minister" as the same title', () => {
    expect(round1!.conflicts.filter((c) => c.field === 'HEAD_TITLE')).toEqual([]);
    expect(round1!.delegations.find((d) => d.party === 'Iran')?.headTitle).toBe('Foreign Minister');
  });

  it('accepts an open lower bound that an approximate figure satisfies', () => {
    expect(round1!.duration).toMatchObject({ minMinutes: 143, maxMinutes: 158, text: 'about 2.5 hours' });
    expect(round1!.conflicts.find((c) => c.field === 'DURATION')).toBeUndefined();
  });

  it('merges "agreed to continue the talks next week" across three outlets', () => {
    const next = round1!.facts[0]!;

    expect(next.kind).toBe('NEXT_STEP');
    expect(next.sourceCount).toBe(3);
  });

  it('attaches a dated "next round" announcement to the round later reported held', () => {
    expect(round2!.sourceIds).toEqual(['aljazeera', 'irna']);
    expect(round2!.date).toBe('2025-04-19');
  });

  it('maps actor spellings to the canonical person name', () => {
    const direct = round1!.facts.find((f) => /spoke directly/.test(f.text))!;

    expect(direct.actors).toEqual(['Abbas Araghchi', 'Steve Witkoff']);
  });
});

describe('mergeTrack on Russia–Ukraine talks', () => {
  const projection = mergeTrack(ukraineTalks);
  const [round1, round2, round3] = projection.rounds;

  it('builds rounds 1 and 2 held and round 3 planned', () => {
    expect(projection.rounds.map((r) => [r.number, r.status, r.date])).toEqual([
      [1, 'HELD', '2025-05-16'],
      [2, 'HELD', '2025-06-02'],
      [3, 'PLANNED', null],
    ]);
    expect(round3!.sourceIds).toEqual(['ap']);
  });

  it('shows palace names with their diacritics and without conflicts', () => {
    expect(round1!.venue).toBe('Dolmabahçe Palace');
    expect(round2!.venue).toBe('Çırağan Palace');
    expect(round1!.conflicts.find((c) => c.field === 'VENUE')).toBeUndefined();
    expect(round2!.conflicts).toEqual([]);
  });

  it('matches Medinsky/Medinskiy and a bare "Umerov" to one person each', () => {
    const medinsky = projection.people.find((p) => p.name === 'Vladimir Medinsky');
    const umerov = projection.people.find((p) => p.name === 'Rustem Umerov');

    expect(medinsky?.aliases).toEqual(['Vladimir Medinskiy']);
    expect(umerov?.roundNumbers).toEqual([1, 2]);
    expect(projection.people).toHaveLength(2);
  });

  it('reads British and American spellings and paraphrased posts as one title', () => {
    expect(round1!.conflicts).toEqual([]);
    expect(round1!.delegations.find((d) => d.party === 'Ukraine')?.headTitle).toBe('Defence Minister');
  });

  it('lets a precise figure stand for "less than two hours"', () => {
    expect(round1!.duration).toMatchObject({ minMinutes: 0, maxMinutes: 120, text: 'about 90 minutes' });
  });

  it('merges the prisoner exchange reported in different words', () => {
    expect(round1!.facts[0]).toMatchObject({ kind: 'AGREEMENT', sourceCount: 2 });
    expect(round2!.facts[0]).toMatchObject({ kind: 'AGREEMENT', sourceCount: 2 });
  });
});
