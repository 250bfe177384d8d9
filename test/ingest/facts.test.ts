import { describe, expect, it } from 'vitest';
import { factOfClause, type FactContext } from '../../functions/ingest/facts.ts';

const context = (): FactContext => ({
  parties: ['Russia', 'United States'],
  people: new Map([['darchiev', 'Alexander Darchiev'], ['coulter', 'Sonata Coulter']]),
  sectionSpeaker: null,
});
const fact = (clause: string, plansNext = false) => factOfClause(clause, clause, context(), plansNext);

describe('factOfClause', () => {
  it('classifies an exchange of notes as an agreement of both sides', () => {
    expect(fact('Russia and the US exchanged diplomatic notes agreeing to guarantee access to banking services.')).toMatchObject({ kind: 'AGREEMENT', actors: ['Russia', 'United States'] });
  });

  it('classifies a call for something as a proposal by its caller', () => {
    expect(fact('Russia urged promoting the resumption of direct air flights.')).toMatchObject({ kind: 'PROPOSAL', actors: ['Russia'] });
  });

  it('classifies reiterated concerns as a concern', () => {
    expect(fact('The United States reiterated its concerns about the policy prohibiting the employment of local staff.')?.kind).toBe('CONCERN');
  });

  it('classifies a passive concern with its agent', () => {
    expect(fact('Concerns were raised by Washington about the restrictions on local staff.')).toMatchObject({ kind: 'CONCERN', actors: ['United States'] });
  });

  it('classifies a discussed follow-up meeting as a next step', () => {
    expect(fact('Coulter and Darchiev "discussed holding a follow-up meeting on these issues in the near term, as needed," the statement said.')).toMatchObject({
      kind: 'NEXT_STEP',
      actors: ['Sonata Coulter', 'Alexander Darchiev'],
    });
  });

  it('makes a quote with its speaker a statement', () => {
    expect(fact('"This is about addressing the toxic legacy of the previous administration," Darchiev said.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('does not make an unnamed source’s forecast a statement', () => {
    expect(fact('"The negotiations may take four or five hours," TASS quoted a source as saying.')).toBeNull();
  });

  it('marks background as context', () => {
    expect(fact("Over the past decade, Russia and the US have repeatedly expelled each other's diplomats.")?.kind).toBe('CONTEXT');
  });

  it('strips attribution and starts with the canonical actors', () => {
    expect(fact('After the first round, the Russian Foreign Ministry said that Moscow and Washington have agreed on joint measures.')?.text).toBe('Russia and the United States have agreed on joint measures.');
  });

  it('quotes the sentence verbatim', () => {
    const clause = 'The two sides agreed to develop a roadmap, the consulate said.';
    expect(fact(clause)?.quote).toBe(clause);
  });

  it('makes an agreement on the next meeting a next step', () => {
    expect(fact('Both sides agreed to continue the talks next Saturday, the ministry said.', true)?.kind).toBe('NEXT_STEP');
  });

  it('gives no fact for a sentence that only reports where talks were', () => {
    expect(fact('The first round of talks was held in Istanbul on February 27.')).toBeNull();
  });
});
