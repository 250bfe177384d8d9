// Corroboration: a report's sentence that the rules give no kind still counts its outlet for another outlet's fact it restates.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../functions/ingest/index.ts';
import { mergeTrack } from '../../functions/ingest/merge.ts';
import { record } from '../helpers/records.ts';

const AGREEMENT = 'Ghana and Togo ended two days of border talks in Accra on Tuesday. Under the deal, a joint commission of twelve surveyors will map the Volta stretch of the frontier by June.';
const RESTATED = 'Ghana and Togo held border talks in Accra on Tuesday. Twelve surveyors get the job of mapping the Volta stretch of the frontier by June. The Togolese delegation was led by Foreign Minister Robert Dussey.';

describe('corroborating clauses', () => {
  it('joins "must be ratified by Congress" and "must be approved by the legislature" as one next step of two outlets', () => {
    const projection = mergeTrack([
      record('a', '2024-05-08', 'Ghana and Togo signed a border treaty in Accra on Tuesday. The treaty must now be ratified by the Ghanaian Congress.'),
      record('b', '2024-05-08', 'Ghana and Togo signed a border treaty in Accra on Tuesday. The treaty must still be approved by the Ghanaian legislature.'),
    ]);
    const steps = projection.rounds.flatMap((round) => round.facts).filter((fact) => fact.kind === 'NEXT_STEP');
    expect(steps.map((fact) => fact.sourceCount)).toEqual([2]);
  });

  it('keeps the clauses of a round that state no known kind of fact, but not those that give the round its heads', () => {
    const extraction = extractArticle({ text: RESTATED, source: 'b', publishedAt: '2024-05-08' });
    const round = extraction.rounds[0]!;
    expect(round.facts).toEqual([]);
    const loose = (round.loose ?? []).map((clause) => extraction.text.slice(clause.start, clause.end));
    expect(loose).toEqual(['Twelve surveyors get the job of mapping the Volta stretch of the frontier by June.']);
  });

  it('cites another outlet\'s sentence that restates a fact in words the rules give no kind, and counts that outlet', () => {
    const projection = mergeTrack([record('a', '2024-05-08', AGREEMENT), record('b', '2024-05-08', RESTATED)]);
    const facts = projection.rounds[0]!.facts;
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ kind: 'AGREEMENT', sourceCount: 2 });
    expect(facts[0]!.citations.map((c) => [c.articleId, c.quote])).toEqual([
      ['a', 'Under the deal, a joint commission of twelve surveyors will map the Volta stretch of the frontier by June.'],
      ['b', 'Twelve surveyors get the job of mapping the Volta stretch of the frontier by June.'],
    ]);
  });

  it('counts another outlet\'s version of a fact that the rules gave a kind this one cannot join, and keeps both kinds', () => {
    const projection = mergeTrack([
      record('a', '2024-05-08', AGREEMENT),
      record('b', '2024-05-08', 'Ghana and Togo held border talks in Accra on Tuesday. Twelve surveyors from both capitals are to map the disputed Volta frontier stretch by June.'),
    ]);
    const facts = projection.rounds[0]!.facts;
    expect(facts.map((fact) => [fact.kind, fact.sourceCount]).sort()).toEqual([['AGREEMENT', 2], ['CONTEXT', 2]]);
  });

  it('does not credit a person\'s remark to a report that does not name the person', () => {
    const projection = mergeTrack([
      record('a', '2024-05-08', 'Ghana and Togo ended two days of border talks in Accra on Tuesday. Robert Dussey said the twelve surveyors would map the Volta stretch of the frontier by June.'),
      record('b', '2024-05-08', RESTATED),
    ]);
    const remark = projection.rounds[0]!.facts.find((fact) => fact.kind === 'STATEMENT')!;
    expect(remark.sourceCount).toBe(1);
  });
});
