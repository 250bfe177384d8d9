import { describe, expect, it } from 'vitest';
import { asideFact, continuedTerms, factOfClause, factsOfClause, type FactContext } from '../../functions/ingest/facts.ts';
import { extractRounds } from '../../functions/ingest/extract.ts';
import { splitClauses } from '../../functions/ingest/sentences.ts';

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

  it('does not take a deal that "draws criticism" for a term, nor signed documents handed over for a proposal', () => {
    expect(fact('The deal draws criticism from hardliners in both capitals.')?.kind).not.toBe('AGREEMENT');
    expect(fact('The treaty draws a new maritime boundary south of the islands.')?.kind).toBe('AGREEMENT');
    expect(fact('The signed documents were handed to the UN envoy.')?.kind).not.toBe('PROPOSAL');
  });

  it('classifies a draft said to be handed over, or handed over in a participle, as a proposal', () => {
    expect(fact('The main product of the round was a Norwegian draft, presented to both delegations on Friday, which lists the open points.')?.kind).toBe('PROPOSAL');
    expect(fact('The round closed on Thursday in Oslo, with the mediators handing the two parties a draft peace accord.')?.kind).toBe('PROPOSAL');
  });

  it('classifies reiterated concerns as a concern', () => {
    expect(fact('The United States reiterated its concerns about the policy prohibiting the employment of local staff.')?.kind).toBe('CONCERN');
  });

  it('classifies a passive concern with its agent', () => {
    expect(fact('Concerns were raised by Washington about the restrictions on local staff.')).toMatchObject({ kind: 'CONCERN', actors: ['United States'] });
  });

  it('does not put the first clause\'s subject before a second clause that opens with a noun and its auxiliary', () => {
    const shared = context();
    const sentence = 'The US also agreed to review the visa backlog, while concerns were raised by Washington about the limits on hiring local staff.';
    factOfClause('The US also agreed to review the visa backlog,', sentence, shared);
    const second = factOfClause('while concerns were raised by Washington about the limits on hiring local staff.', sentence, shared);
    expect(second).toMatchObject({ kind: 'CONCERN', actors: ['United States'] });
    expect(second?.text).toMatch(/^Concerns were raised by Washington/);
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

  it('reads the terms a deal sets out as the agreement', () => {
    expect(fact('The accord sets out five annexes on border demarcation.')?.kind).toBe('AGREEMENT');
    expect(fact('Under a first stage lasting 60 days, the army is to leave three towns.')?.kind).toBe('AGREEMENT');
    expect(fact('Its second phase, lasting a month, is to see the rebels hand over heavy weapons.')?.kind).toBe('AGREEMENT');
  });

  it('reads what a treaty or pact recognises, grants or draws as the agreement', () => {
    expect(fact('The treaty recognises Kenyan control of the two lakes and their fisheries.')?.kind).toBe('AGREEMENT');
    expect(fact('The convention also grants fishing boats of both states access to the shared bay.')?.kind).toBe('AGREEMENT');
    expect(fact('Under the pact, Ghana keeps the three disputed villages near the coast.')?.kind).toBe('AGREEMENT');
    expect(fact('Under the treaty, the river becomes the boundary for its whole length.')?.kind).toBe('AGREEMENT');
    expect(fact('Under the settlement, drawn up by the guarantors, the border will follow the ridge of the mountains.')?.kind).toBe('AGREEMENT');
  });

  it('reads coming together again, going back to capitals and a signing expected later as next steps, however reported', () => {
    expect(fact('"The parties will come together again in Lima next week, when the text will be signed," Torres said.')?.kind).toBe('NEXT_STEP');
    expect(fact('All sides had agreed to go back to their capitals to evaluate where they stand.')?.kind).toBe('NEXT_STEP');
    expect(fact('The mediator, Ana Torres, said discussions would continue ahead of a formal signing ceremony, expected to take place later in Lima.')?.kind).toBe('NEXT_STEP');
  });

  it('reads talks on a later stage that are due to begin as a next step', () => {
    expect(fact('Talks on the status of the capital are due to begin within a month of the signing.')?.kind).toBe('NEXT_STEP');
  });

  it('gives no fact for a sentence that only reports where talks were', () => {
    expect(fact('The first round of talks was held in Istanbul on February 27.')).toBeNull();
  });

  describe('statements by named speakers', () => {
    it('keeps the speaker of a quote whose attribution runs on after the verb', () => {
      expect(fact('"Nothing is settled until the ministers sign," Coulter told reporters after the session ended at the old palace.')).toMatchObject({
        kind: 'STATEMENT',
        text: 'Sonata Coulter said: "Nothing is settled until the ministers sign."',
      });
    });

    it('does not swallow the reported clause into the object of "told"', () => {
      expect(fact('Darchiev told Russian state television the round had been "more businesslike" than the first.')).toMatchObject({
        kind: 'STATEMENT',
        text: 'Darchiev told Russian state television the round had been "more businesslike" than the first.',
      });
    });

    it('makes an evaluation posted online a statement even when a concern verb follows', () => {
      expect(fact('Petrov wrote on X that the session had been "useful" and that Moscow had reiterated its position on the embassy buildings.')).toMatchObject({
        kind: 'STATEMENT',
        speaker: 'Petrov',
      });
    });

    it('makes an institution calling the talks something a statement in its own words', () => {
      expect(fact('The State Department called the discussions "frank and constructive."')).toMatchObject({
        kind: 'STATEMENT',
        text: 'The State Department called the discussions "frank and constructive".',
      });
    });

    it('resolves "he said" and a following unattributed quote to the last named speaker', () => {
      const shared = context();
      factOfClause('Darchiev said the consulates would reopen soon.', 'Darchiev said the consulates would reopen soon.', shared);
      expect(factOfClause('"There are still gaps on the property question," he said.', '…', shared)).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
      expect(factOfClause('"We will need more than one meeting to close them."', '…', shared)).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
    });

    it('makes a named person’s reported position a statement rather than a next step', () => {
      expect(fact('Coulter said Washington wants normal embassies but will not lift the restrictions yet.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Sonata Coulter' });
    });

    it('takes the speaker of a participial report', () => {
      expect(fact('The delegations held their first session at the consulate, with envoy Darchiev insisting that the property dispute stays on the table.')).toMatchObject({
        kind: 'STATEMENT',
        speaker: 'Alexander Darchiev',
      });
    });

    it('keeps a first-person announcement of a concrete deal an agreement, a declaration of principle a statement', () => {
      expect(fact('"We have agreed to return all seized diplomatic property," Darchiev said.')?.kind).toBe('AGREEMENT');
      expect(fact('"We have agreed that our relations will stay on a peaceful footing," Darchiev said.')?.kind).toBe('STATEMENT');
    });

    it('treats a document’s wording as a report, not a speaker’s words', () => {
      expect(fact('"Moscow raised its concerns about the visa backlog," the communiqué said.')?.kind).toBe('CONCERN');
    });

    it('reads a post behind an honorific as the last named speaker', () => {
      const shared = context();
      factOfClause('Darchiev said the talks had been useful.', '…', shared);
      expect(factOfClause('"We will keep working until every consulate reopens," HE the Ambassador said.', '…', shared)?.speaker).toBe('Alexander Darchiev');
    });

    it('takes the name that follows a post as the speaker of a quote', () => {
      expect(fact('"This is only a first step," Norway\'s State Secretary for Foreign Affairs, Kari Nordmann, told reporters.')?.speaker).toBe('Kari Nordmann');
      expect(fact('"Talking is better than war," said Kari Nordmann, Norway\'s state secretary, who chaired the session.')).toMatchObject({
        kind: 'STATEMENT',
        speaker: 'Kari Nordmann',
        text: 'Kari Nordmann said: "Talking is better than war."',
      });
    });

    it('makes a reiterated position a statement, not a concern', () => {
      expect(fact('In the communique, Russia reiterated its refusal to recognise the court’s jurisdiction.')?.kind).toBe('STATEMENT');
    });

    it('reads a stressed position with a pronoun subject as a statement of its speaker', () => {
      expect(fact('Norway, which has ties with both capitals, has stressed it is only hosting the talks and is not a party to them.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Norway' });
      expect(fact('Russia stressed the need for a lasting settlement.')?.kind).not.toBe('STATEMENT');
    });

    it('does not take "that month" for the start of what was said', () => {
      const found = fact('The two sides said in a joint statement that month that they would work towards a truce, but fighting continued along the border.');
      expect(found?.text).toMatch(/^(?:They|Russia and the United States) would work towards a truce/);
    });

    it('tells an insistence that demands from one that states a position', () => {
      expect(fact('Moscow insisted that Washington must return the buildings first.')?.kind).toBe('CONCERN');
      expect(fact('Moscow insists that the only topic on the table is the work of the embassies.')?.kind).toBe('STATEMENT');
    });
  });

  describe('agreements of these talks only', () => {
    it('does not take an approval in a background clause for an agreement', () => {
      expect(fact('Tensions rose after voters approved a referendum on the disputed border in March.')?.kind).toBe('CONTEXT');
    });

    it('does not take a relative clause about an old pact for an agreement', () => {
      expect(fact('The president, who signed the original treaty in 2010, has threatened to walk away from the process.')?.kind).not.toBe('AGREEMENT');
    });

    it('does not take the noun "agreement" or a denied agreement for one', () => {
      expect(fact('It was not clear whether the neighbouring states would respect the agreement.')).toBeNull();
      expect(fact('"Nothing is agreed until the presidents speak," Coulter said.')?.kind).toBe('STATEMENT');
    });

    it('keeps a sentence about what the agreement provides verbatim', () => {
      expect(fact('The agreement also provides for the return of diplomatic property within 60 days, according to the text.')).toMatchObject({
        kind: 'AGREEMENT',
        text: 'The agreement also provides for the return of diplomatic property within 60 days.',
      });
    });

    it('lets the subject of the previous clause, as written, lead a clause that starts with its verb', () => {
      const shared = context();
      factOfClause('In a statement, the ministry said the envoys reaffirmed their commitment to the roadmap', '…', shared);
      expect(factOfClause('and agreed to continue the dialogue.', '…', shared)?.text).toBe('The envoys agreed to continue the dialogue.');
    });

    it('keeps "both sides" when the article has more than two parties', () => {
      const three: FactContext = { ...context(), parties: ['Russia', 'United States', 'China'] };
      expect(factOfClause('Both sides agreed to exchange lists of detained diplomats.', '…', three)?.text).toBe('Both sides agreed to exchange lists of detained diplomats.');
    });

    it('reads what a mediator announced after the meeting that the sides had agreed', () => {
      expect(fact('The Swiss envoy announced after the talks that the two sides had agreed on a timetable for the consular reopening.')).toMatchObject({
        kind: 'AGREEMENT',
        text: 'Russia and the United States had agreed on a timetable for the consular reopening.',
      });
    });

    it('reads an agreement a meeting went on to produce after "after which"', () => {
      expect(fact('The envoys met in Vienna in May, after which Austria announced that both sides had agreed to a prisoner swap.')?.kind).toBe('AGREEMENT');
      expect(fact('The envoys met in Vienna, where they signed a memorandum in 2009.')?.kind).not.toBe('AGREEMENT');
    });

    it('reads consent given and an undertaking made as agreements', () => {
      expect(fact('At the earlier session the ministers gave their consent to the draft charter.')?.kind).toBe('AGREEMENT');
      expect(fact('Russia had undertaken to return the seized dachas by the summer.')?.kind).toBe('AGREEMENT');
    });

    it('reads deals signed in a participle clause as an agreement', () => {
      expect(fact('The delegations wrapped up a third round in Oslo on Friday, signing two partial accords, including one on fishing quotas.')?.kind).toBe('AGREEMENT');
      expect(fact('The delegations met again in Oslo on Friday, ahead of the signing ceremony.')?.kind).not.toBe('AGREEMENT');
    });

    it('reads what the talks produced as an agreement', () => {
      expect(fact('The session produced a 300-for-300 detainee exchange and little else.')?.kind).toBe('AGREEMENT');
      expect(fact('The session produced no visible progress.')?.kind).not.toBe('AGREEMENT');
    });

    it('makes when and how the deal applies one of its terms', () => {
      expect(fact('The truce is set to begin on Friday at noon.')?.kind).toBe('AGREEMENT');
      expect(fact('A ceasefire between the two armies took effect at dawn on Tuesday.')?.kind).toBe('AGREEMENT');
      expect(fact('The accord and its protocols will become binding on both capitals.')?.kind).toBe('AGREEMENT');
      expect(fact('Speaking at a briefing, the mediator said that implementation of the deal will begin on Friday.')).toMatchObject({
        kind: 'AGREEMENT',
        text: 'Implementation of the deal will begin on Friday.',
      });
    });

    it('drops a wire dateline from the fact text', () => {
      expect(fact('MOSCOW, May 3 (Reuters) - Russia and the United States agreed to reopen two consulates.')?.text).toBe('Russia and the United States agreed to reopen two consulates.');
    });
  });

  describe('next steps, proposals and context', () => {
    it('makes a proposed date for another meeting a proposal and an announced one a next step', () => {
      expect(fact('Russia proposed holding another meeting between May 3 and May 9.', true)?.kind).toBe('PROPOSAL');
      expect(fact('The two sides will meet again in Geneva next month.', true)?.kind).toBe('NEXT_STEP');
    });

    it('keeps an agreement on substance an agreement when the round finder only hints at a later meeting', () => {
      expect(fact('Both sides agreed to create a joint working group on property, and to hold a new meeting within two months.', true)?.kind).toBe('AGREEMENT');
    });

    it('makes a deadline running out context, not a next step, and names nobody for "it"', () => {
      expect(fact('It is due to expire on March 3.', true)).toMatchObject({ kind: 'CONTEXT', text: 'It is due to expire on March 3.' });
    });

    it('does not make a missing date a next step', () => {
      expect(fact('He did not give a date for the next round.', true)?.kind).not.toBe('NEXT_STEP');
    });

    it('makes who attended, how the talks were held and deployments context', () => {
      expect(fact('The technical talks were led on the American side by a deputy assistant secretary.')?.kind).toBe('CONTEXT');
      expect(fact('The two envoys spoke briefly in the presence of the host foreign minister.')?.kind).toBe('CONTEXT');
      expect(fact('Weeks earlier Moscow had sent two warships to the disputed waters.')?.kind).toBe('CONTEXT');
    });

    it('makes talk of other business context', () => {
      expect(fact('Separately, Norway has been hosting contacts between the two capitals on Arctic fisheries.')?.kind).toBe('CONTEXT');
    });

    it('makes a body the deal will set up a next step', () => {
      expect(fact('A joint verification commission, chaired by Finland, will be set up within two weeks.')?.kind).toBe('NEXT_STEP');
    });

    it('makes a new round reported by a mediator a next step', () => {
      expect(fact('The envoy said a new round of talks would be held in early spring.')?.kind).toBe('NEXT_STEP');
      expect(fact('The envoy said the border question would be taken up when talks resume in the spring.')?.kind).toBe('NEXT_STEP');
    });

    it('drops an attribution followed by a remark on the whole event', () => {
      expect(fact('The two sides agreed Friday to reopen the crossing, the Norwegian mediator announced at the end of three days of talks near Oslo, the first real progress in a decade.')?.text).toBe(
        'Russia and the United States agreed Friday to reopen the crossing.',
      );
    });

    it('makes the parts of a deal still to be negotiated a next step', () => {
      expect(fact('The remaining chapters, including fishing rights and the return of refugees, still have to be negotiated.')?.kind).toBe('NEXT_STEP');
      expect(fact('Three annexes are yet to be finalised.')?.kind).toBe('NEXT_STEP');
    });

    it('makes a plan for talks on a later phase a next step even after a long description of the phase', () => {
      expect(fact('Talks on the second stage, meant to settle the return of all remaining detainees and the final lines of control, are to begin by the tenth day.')?.kind).toBe('NEXT_STEP');
    });

    it('makes what the talks come amid context, whatever verb it has', () => {
      expect(fact('The talks come as hundreds of fishermen have protested against quotas agreed last year.')?.kind).toBe('CONTEXT');
    });

    it('makes a reported condition for a deal a concern', () => {
      expect(fact('Russia has said a treaty will not be possible unless the US lifts its sanctions.')?.kind).toBe('CONCERN');
      expect(fact('Russia has said a treaty will be possible soon.')?.kind).not.toBe('CONCERN');
    });

    it('makes a host, an unsigned document and a disputed area context', () => {
      expect(fact('The talks were held at a lakeside villa at the invitation of the Finnish foreign minister.')?.kind).toBe('CONTEXT');
      expect(fact('The protocol was not signed on Monday.')?.kind).toBe('CONTEXT');
      expect(fact('The area in dispute covers some 500 square km of Arctic shelf.')?.kind).toBe('CONTEXT');
    });

    it('keeps the source of a figure in a context fact', () => {
      expect(fact('The fighting has displaced more than 12,000 people, according to the regional health office.')?.text).toBe(
        'The fighting has displaced more than 12,000 people, according to the regional health office.',
      );
    });

    it('makes a list handed to the other side a proposal', () => {
      expect(fact('Russia handed the American side a list of diplomats it wants accredited.')?.kind).toBe('PROPOSAL');
    });
  });
});

describe('factsOfClause', () => {
  const facts = (clause: string, ctx = context()) => factsOfClause(clause, clause, ctx);

  it('gives two undertakings of one subject as two agreements, each led by the subject', () => {
    const found = facts('Russia and the US agreed to reopen the consulates by June and pledged not to expel diplomats during the review.');
    expect(found.map((f) => f.text)).toEqual([
      'Russia and the United States agreed to reopen the consulates by June.',
      'Russia and the US pledged not to expel diplomats during the review.',
    ]);
  });

  it('splits "X said that A, and that B" into the two reports, each under its attribution', () => {
    const found = facts('Darchiev told a briefing in Istanbul that the truce would take effect on Monday, and that observers from Turkey would help make sure both sides kept to the schedule.');
    expect(found.map((f) => f.kind)).toEqual(['AGREEMENT', 'STATEMENT']);
    expect(found[0]?.text).not.toContain('observers');
    expect(found[1]?.text).toContain('observers from Turkey would help');
  });

  it('gives an agreement and the plan its subject added', () => {
    const found = facts('The two neighbours agreed to set up a joint border commission, and said their leaders would meet again in Lisbon within two months.');
    expect(found.map((f) => f.kind)).toEqual(['AGREEMENT', 'NEXT_STEP']);
    expect(found[0]?.text).toBe('The two neighbours agreed to set up a joint border commission.');
    expect(found[1]?.text).toContain('meet again in Lisbon within two months');
    expect(found.every((f) => f.quote.startsWith('The two neighbours agreed'))).toBe(true);
  });

  it('splits two reports joined by a semicolon: a delay and a judgement on it', () => {
    const found = facts('The third session was postponed by the hosts because of a storm; Russian envoy Alexander Darchiev called it "tense but useful".');
    expect(found.map((f) => f.kind)).toEqual(['CONTEXT', 'STATEMENT']);
    expect(found[1]).toMatchObject({ speaker: 'Alexander Darchiev', actors: ['Alexander Darchiev'] });
  });

  it('gives each infinitive of one undertaking its own fact when their kinds differ', () => {
    const found = facts('Both delegations agreed to set up a consular hotline, and to hold another round in Vienna next month.');
    expect(found.map((f) => f.kind)).toEqual(['AGREEMENT', 'NEXT_STEP']);
    expect(found[1]?.text).toMatch(/agreed to hold another round in Vienna next month\.$/);
  });

  it('lets a clause cut off at "and to …" continue the undertaking of the clause before', () => {
    const ctx = context();
    const sentence = 'Both delegations agreed to set up a consular hotline, and to hold another round in Vienna next month.';
    factsOfClause('Both delegations agreed to set up a consular hotline', sentence, ctx);
    const [next] = factsOfClause('and to hold another round in Vienna next month.', sentence, ctx);
    expect(next).toMatchObject({ kind: 'NEXT_STEP', actors: ['Russia', 'United States'] });
    expect(next?.text).toMatch(/agreed to hold another round/);
  });

  it('keeps two things of one kind as the one sentence written', () => {
    expect(facts('Russia and the US agreed to reopen two consulates and to return seized diplomatic property.')).toHaveLength(1);
  });

  it('does not make what a third party pushes for, added after a concern, a proposal of the talks', () => {
    const found = facts('The United States raised concerns about visa delays, and noted that lawmakers were pushing for new sanctions on Moscow.');
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('CONCERN');
  });

  it('does not split off a report that only points back with "it"', () => {
    expect(facts('Russia criticised the American plan for staff cuts, adding that it would not work in practice.')).toHaveLength(1);
  });

  it('keeps a quote and the plan reported after it', () => {
    const found = facts('"These issues are hard," the Russian foreign ministry said in a statement, adding that the two sides had agreed to meet again in May.');
    expect(found.map((f) => f.kind)).toEqual(['STATEMENT', 'NEXT_STEP']);
  });

  it('drops a relative clause or a participle that describes the speaker from the fact', () => {
    expect(facts('Russia and the US agreed to restore direct flights, Darchiev, who led the Russian delegation, said after the talks.')[0]?.text).toBe('Russia and the United States agreed to restore direct flights.');
    expect(facts('Negotiators will now turn to the question of embassy staffing, a U.S. official said, speaking on condition of anonymity.')[0]?.kind).toBe('NEXT_STEP');
  });

  it('does not take an adjective in "-ed" for the verb that ends the subject', () => {
    expect(facts('Senior officers of the armed forces of both sides will meet within a week to map the border.')[0]).toMatchObject({ kind: 'NEXT_STEP', actors: ['Russia', 'United States'] });
  });

  it('finds who agreed in a first clause that gave no fact of its own', () => {
    const ctx = context();
    const sentence = 'Delegates of the two sides spent two days in Vienna and agreed to expand consular staffing, the ministry said.';
    factsOfClause('Delegates of the two sides spent two days in Vienna', sentence, ctx);
    const [agreed] = factsOfClause('and agreed to expand consular staffing, the ministry said.', sentence, ctx);
    expect(agreed).toMatchObject({ kind: 'AGREEMENT', actors: ['Russia', 'United States'] });
  });

  it('takes who acts from after a scene-setting lead-in, not from the people it names', () => {
    expect(facts('In the statement, read out by Coulter on Friday, the two sides agreed to expand consular staffing.')[0]?.actors).toEqual(['Russia', 'United States']);
  });
});

describe('asideFact', () => {
  it('keeps other business that names a side as context, attribution and all', () => {
    expect(asideFact('Separately, Norway has been hosting contacts between Moscow and Oslo fishermen.', 'x', context())).toMatchObject({
      kind: 'CONTEXT',
      text: 'Norway has been hosting contacts between Moscow and Oslo fishermen.',
    });
  });

  it('drops other business that names neither side nor anyone in the story', () => {
    expect(asideFact('In other news, the central bank raised interest rates by half a point.', 'x', context())).toBeNull();
  });
});

describe('continuedTerms', () => {
  const sentence = 'Under the deal, Russia will ease visa rules for diplomats, while the United States will return two seized buildings.';
  const agreement = { kind: 'AGREEMENT' as const, text: 'Under the deal, Russia will ease visa rules for diplomats.', actors: ['Russia'], quote: sentence };

  it('extends an agreement by the other side\'s share of its terms', () => {
    expect(continuedTerms(agreement, 'while the United States will return two seized buildings.', sentence, [])?.text).toBe(
      'Under the deal, Russia will ease visa rules for diplomats, while the United States will return two seized buildings.',
    );
  });

  it('leaves a meeting still to come to a next step of its own', () => {
    expect(continuedTerms(agreement, 'while the delegations will meet again in Vienna next month.', sentence, [])).toBeNull();
  });
});

describe('quotes of a document', () => {
  it('reads "…," the statement of the ministry says as the document’s wording, not a speaker’s', () => {
    const text = 'Serbia and Kosovo held talks in Vienna on Thursday. "The parties agreed to continue the negotiations on the draft agreement," the statement of the Serbian foreign ministry says.';
    const facts = extractRounds(text, '2024-02-29').rounds.flatMap((round) => round.facts);
    expect(facts.map((f) => f.kind)).toEqual(['AGREEMENT']);
  });
});

describe('setbacks, schedules and judgements of a round', () => {
  it('reads a suspension of the talks as background', () => {
    expect(fact('Moscow had suspended the dialogue in early spring without giving any reason.')?.kind).toBe('CONTEXT');
  });

  it('reads what a session failed to settle as background', () => {
    expect(fact('The winter session failed to make headway on the return of refugees to their villages.')?.kind).toBe('CONTEXT');
  });

  it('reads a round dated by a new leader taking office as background', () => {
    expect(fact('The third meeting was held in May, the first since Chancellor Okafor took office.')?.kind).toBe('CONTEXT');
  });

  it('reads "the first text agreed between them" as a speaker’s judgement, not a new agreement', () => {
    expect(fact('Darchiev said it was the first text agreed between the two capitals in a decade.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('reads a quote that weighs a deal before stating it as a statement', () => {
    expect(fact('"For the first time in ten years, a joint paper has been agreed by both capitals," Darchiev stressed.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('reads a round that closed with the adoption of a text as an agreement', () => {
    expect(fact('The session ended late on Friday with the adoption of a plan on prisoner exchanges.')?.kind).toBe('AGREEMENT');
  });

  it('reads the schedule of a body the talks set up as a next step', () => {
    expect(fact('Sessions of the hotline group are to be held on a monthly basis.')?.kind).toBe('NEXT_STEP');
  });

  it('reads what a side says the next step should be as its proposal', () => {
    expect(fact('Darchiev said the next step should be a binding treaty on the return of property.')?.kind).toBe('PROPOSAL');
  });

  it('reads a judgement named inside a report ("what X described as …") as X’s statement', () => {
    expect(fact('The second round, which closed on Monday, yielded what Coulter described as "real movement".')).toMatchObject({ kind: 'STATEMENT', speaker: 'Sonata Coulter' });
  });

  it('reads an attribution led by "Before …," as the speaker’s statement', () => {
    expect(fact('Before flying home on Sunday, Coulter said on radio that Washington wants "a lasting settlement, not a pause".')).toMatchObject({ kind: 'STATEMENT', speaker: 'Sonata Coulter' });
  });

  it('reads the date of an election as background, not the next step of the talks', () => {
    expect(fact('The parliamentary election is scheduled for Oct. 4.', true)?.kind).toBe('CONTEXT');
  });

  it('reads differences a side reports as remaining as a concern', () => {
    expect(fact('Two Russian officials said differences remained over the sequencing of the handover.')?.kind).toBe('CONCERN');
  });

  it('reads a coming round and talks raised to a higher level as next steps', () => {
    expect(fact('The coming round may be held at the level of deputy ministers.')?.kind).toBe('NEXT_STEP');
    expect(fact('It is possible that the level of the talks will be raised to ministers.')?.kind).toBe('NEXT_STEP');
  });

  it('reads a round that ended without a deal amid a quarrel as background, not as the quarrel', () => {
    expect(fact('A later session in Oslo ended without agreement amid a row over Moscow’s insistence on keeping its observers.')?.kind).toBe('CONTEXT');
    expect(fact('The envoy waited in the Alpine town for two days before calling them off.')?.kind).toBe('CONTEXT');
  });

  it('reads "understandings were reached" in the plural as an agreement', () => {
    expect(fact('Negotiators said understandings were reached on a prisoner release and on border patrols.')?.kind).toBe('AGREEMENT');
  });

  it('reads candid and constructive exchanges of both sides as background of the talks', () => {
    expect(fact('The two sides held frank and constructive exchanges on trade and energy.')?.kind).toBe('CONTEXT');
  });

  it('reads an unnamed source’s quoted account of what the delegations did as a report, and keeps what it adds', () => {
    const clause = '"The two delegations discussed a draft charter of eight articles, chief among them the reopening of consulates," the source said, adding that the two sides agreed to keep talking.';
    expect(factsOfClause(clause, clause, context()).map((f) => f.kind)).toEqual(['CONTEXT', 'AGREEMENT']);
  });

  it('reads "the agreed framework" as a description, and "insisting the team be …" as a demand', () => {
    expect(fact('Hours before the meeting, the militia said the presence of civilians in the team went against the agreed framework, insisting the team be made up of officers only.')?.kind).toBe('CONCERN');
    expect(fact('Athens insists that the only question to be settled is the line of the shelf.')?.kind).not.toBe('CONCERN');
    expect(fact('Officials of both sides insisted the format would be indirect, as in spring.')?.kind).not.toBe('CONCERN');
  });

  it('splits an offer and its rejection into a proposal and a concern', () => {
    const clause = 'The March session produced a Norwegian "phased plan" that Moscow, which had not been consulted, rejected as one-sided.';
    expect(factsOfClause(clause, clause, context()).map((f) => f.kind)).toEqual(['PROPOSAL', 'CONCERN']);
  });

  it('reads "ended … with X saying …" without a comma as X’s statement', () => {
    expect(fact('The second round ended on Monday with Coulter saying "real movement" had been made on the property files.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Sonata Coulter' });
  });
});

describe('terms of a signed deal, approval still to come, and statements given in full', () => {
  it('reads what a deal "on X" provides for as its terms, binding both sides', () => {
    expect(fact('The accord on fisheries provides for joint patrols of the disputed waters.')).toMatchObject({ kind: 'AGREEMENT', actors: ['Russia', 'United States'] });
  });

  it('reads what plural accords include, and an aside between commas, as terms', () => {
    expect(fact('The accords include a mutual withdrawal of artillery from the frontier.')?.kind).toBe('AGREEMENT');
    expect(fact('The set of five agreements, led by a framework treaty, covers trade, visas and the return of property.')?.kind).toBe('AGREEMENT');
    expect(fact('The pact paves the way for the reopening of both consulates.')?.kind).toBe('AGREEMENT');
  });

  it('reads "among its provisions are …" as terms of the deal', () => {
    expect(fact('Among its provisions are an amnesty for fighters and a commission on missing persons.')?.kind).toBe('AGREEMENT');
  });

  it('reads ratification a deal still awaits as the next step, and a past ratification not', () => {
    expect(fact('The accords still have to be ratified by both legislatures.')?.kind).toBe('NEXT_STEP');
    expect(fact('The texts will be sent to the national assembly to be ratified under the constitution.')?.kind).toBe('NEXT_STEP');
    expect(fact('The treaty was ratified by both legislatures in 2011.')?.kind).not.toBe('NEXT_STEP');
    expect(fact('The pact must now be ratified by the Peruvian Congress.')?.kind).toBe('NEXT_STEP');
    expect(fact('The accord still must be approved by the Bolivian parliament.')?.kind).toBe('NEXT_STEP');
    expect(fact('The fight now shifts to the capital, where the deal must be approved by both houses.')?.kind).toBe('NEXT_STEP');
    expect(fact('The accord must still be approved by the Peruvian Congress and then put to voters in a referendum planned for March.')?.kind).toBe('NEXT_STEP');
    expect(fact('The accord still needs the approval of the Bolivian parliament.')?.kind).toBe('NEXT_STEP');
    expect(fact('The text must now pass through Congress before it is submitted to voters.')?.kind).toBe('NEXT_STEP');
    expect(fact('The presidential election is scheduled for September.')?.kind).not.toBe('NEXT_STEP');
  });

  it('reads reaffirmed earlier agreements, named or not, as an agreement', () => {
    expect(fact('At the opening, both sides reaffirmed earlier agreements on prisoner exchanges.')?.kind).toBe('AGREEMENT');
    expect(fact('The parties reaffirmed the Oslo Joint Declaration and the code of conduct.')?.kind).toBe('AGREEMENT');
  });

  it('reads "affirmed that" and "the statement reads" as attribution', () => {
    expect(fact('Darchiev affirmed that some points remain pending and will be revisited later.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
    const clause = '"The sides reiterated their agreement to continue the dialogue without preconditions," the joint statement reads.';
    expect(fact(clause)?.kind).toBe('AGREEMENT');
  });

  it('reads an exchange of views on a topic as what the talks were about, apart from an agreement in the same clause', () => {
    const sentence = 'The envoys also exchanged views on possible steps in transport and reiterated their agreement to continue the process, it added.';
    const ctx = context();
    expect(splitClauses(sentence).flatMap((clause) => factsOfClause(clause.text, sentence, ctx)).map((f) => f.kind)).toEqual(['CONTEXT', 'AGREEMENT']);
    expect(fact('The envoys reiterated their agreement to continue the talks.')?.kind).toBe('AGREEMENT');
  });

  it('reads a round capped with a signing as an agreement', () => {
    expect(fact('The two panels capped the fourth round in Oslo with the signing of a protocol on detainees.')?.kind).toBe('AGREEMENT');
  });

  it('reads a framework a mediator set out or came to present as a proposal', () => {
    expect(fact('The mediator had flown in on Monday to present a framework of six issues to be settled together.')?.kind).toBe('PROPOSAL');
    expect(fact('The envoy set out a package of confidence-building steps on Tuesday.')?.kind).toBe('PROPOSAL');
  });

  it('reads an accepted invitation to return within weeks as the next step', () => {
    expect(fact('Washington had accepted the hosts’ invitation to return in two weeks.')?.kind).toBe('NEXT_STEP');
  });

  it('reads resumed flights, a past year and earlier talks as background', () => {
    expect(fact('Direct flights between the two capitals resumed last month after a three-year halt.')?.kind).toBe('CONTEXT');
    expect(fact('A first conference with the guarantors was held in Geneva in January 2019.')?.kind).toBe('CONTEXT');
    expect(fact('The envoy last held formal negotiations with Moscow in Geneva on March 3.')?.kind).toBe('CONTEXT');
  });

  it('reads a threat one side sees, and the main stumbling block, as a concern', () => {
    expect(fact('Russia sees the new missile sites in the region as a threat and wants them removed.')?.kind).toBe('CONCERN');
    expect(fact('The main stumbling block was the sequencing of sanctions relief.')?.kind).toBe('CONCERN');
    expect(fact('The status of the enclave remains the thorniest issue.')?.kind).toBe('CONCERN');
  });

  it('reads a judgement both sides share as background, and one man welcoming "what he described as" as his statement', () => {
    expect(fact('Both sides described it as frank and useful.')?.kind).toBe('CONTEXT');
    expect(fact('Darchiev welcomed what he described in a post as a "real step" towards normal ties.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('reads a speaker with two asides between commas', () => {
    expect(fact('Darchiev, who leads the Russian team, the larger of the two, said the embassies still wanted more staff.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('gives the sentences after "issued the following statement:" to the side that issued it', () => {
    const ctx = context();
    expect(factsOfClause('A spokesman for the Foreign Ministry of Russia issued the following statement on Monday:', 'x', ctx)).toEqual([]);
    const [own] = factsOfClause('We see no point in more talks of this kind until the sanctions are lifted.', 'y', ctx);
    expect(own).toMatchObject({ kind: 'STATEMENT', speaker: 'Russia' });
    expect(own?.text).toBe('Russia said: "We see no point in more talks of this kind until the sanctions are lifted."');
  });
});

describe('offers told in passing', () => {
  it('reads a map one side submitted as its proposal', () => {
    expect(fact('At the session Russia submitted a map of the line it claims at sea.')?.kind).toBe('PROPOSAL');
  });

  it('does not read an offer in a clause about an earlier meeting as a proposal of these talks', () => {
    expect(fact('The talks followed a conference in Geneva in May 2019, where the two sides submitted maps for the first time.')?.kind).not.toBe('PROPOSAL');
  });
});

describe('texts already agreed', () => {
  it('does not read "what has been signed" in a speaker’s remark as a new agreement', () => {
    expect(fact('Darchiev said the accords start a new era in relations, affirming that Moscow will carry out what has been signed.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });
});

describe('deals that came to nothing, reasoning in a quote, and an open schedule', () => {
  it('reads a deal that was never ratified or was annulled as background', () => {
    expect(fact('A 2011 treaty on the border was never ratified.')?.kind).toBe('CONTEXT');
    expect(fact('The accords signed in Vienna in 2012 were later annulled by Moscow.')?.kind).toBe('CONTEXT');
  });

  it('does not read an exchange of preliminary views as an exchange of documents', () => {
    expect(fact('The session was held in a calm atmosphere, during which the envoys exchanged preliminary views on consular issues.')?.kind).toBe('CONTEXT');
  });

  it('reads a decision a speaker gives as the upshot of his reasoning as his statement', () => {
    expect(fact('"Earlier rounds in Oslo went nowhere, so it was decided to meet in Reykjavik," Darchiev told reporters.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('reads the date and venue of the next meeting still to be set as a next step', () => {
    expect(fact('The date and venue of the third meeting would be decided through diplomatic channels.')?.kind).toBe('NEXT_STEP');
  });
});

describe('refusals', () => {
  it('reads a side dismissing a remark, and having no intention to meet again, as its concern', () => {
    expect(fact('Washington dismissed a remark by Darchiev, who called the deal a historic first.')?.kind).toBe('CONCERN');
    expect(fact('Russia has no intention of holding more such talks unless the sanctions are lifted.')?.kind).toBe('CONCERN');
  });
});

describe('the rule for when partial deals apply', () => {
  it('reads "nothing is agreed until everything is agreed" and its paraphrases as an agreed rule of the talks', () => {
    expect(fact('No partial accord will be applied for now, under the principle that nothing is agreed until everything is agreed.')?.kind).toBe('AGREEMENT');
    expect(fact('By the ground rules, nothing settled in Oslo takes effect until the two sides sign a final deal.')?.kind).toBe('AGREEMENT');
  });
});

describe('a speaker named between commas after his post', () => {
  it('takes the name between commas, not the side his post names, as the speaker', () => {
    expect(fact("Russia's chief negotiator, Ivan Petrov, said some points had been set aside for a later round.")).toMatchObject({ kind: 'STATEMENT', speaker: 'Ivan Petrov' });
  });
});

describe('demands by wanting something gone, and refusals as nouns', () => {
  it('reads one side wanting the other’s forces to leave as its concern', () => {
    expect(fact('Russia wants the estimated 2,000 foreign advisers stationed in the east to leave.')?.kind).toBe('CONCERN');
  });

  it('reads talks that foundered on a refusal as a concern, not the undertaking refused', () => {
    expect(fact('The talks foundered on Moscow’s refusal to drop its veto and to commit to a pullback.')?.kind).toBe('CONCERN');
  });
});

describe('a deal still being negotiated', () => {
  it('reads what a deal is expected to contain as background, not as its terms', () => {
    expect(fact('A deal is expected to see the lifting of sanctions in exchange for limits on missile tests.')?.kind).toBe('CONTEXT');
  });
});

describe('undertakings the two sides report together', () => {
  it('reads "the two sides said they would work towards a truce" as their agreement, naming them', () => {
    expect(fact('The two sides said in a joint note that they would work towards a ceasefire along the coast.')).toMatchObject({
      kind: 'AGREEMENT',
      text: 'Russia and the United States would work towards a ceasefire along the coast.',
    });
  });
});

describe('attribution and kinds that carry to any negotiation', () => {
  const seq = (clauses: string[]) => {
    const ctx = context();
    return clauses.flatMap((clause) => factsOfClause(clause, clause, ctx));
  };

  it('attributes a quote to whoever "told" any audience, not only reporters', () => {
    expect(fact('"We came here with a sincere wish to end this war," Darchiev told the assembled delegates.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('keeps the name after a title in an inverted attribution, so a later "he said" finds it', () => {
    const facts = seq([
      'The two governments have endorsed a week-long halt to hostilities, said the mediator for the southern peace process, Sir Peter Lindqvist.',
      '"This pause gives families a chance to travel safely to the festival," he said.',
    ]);
    expect(facts[1]?.kind).toBe('STATEMENT');
    expect(facts[1]?.speaker).toMatch(/Peter Lindqvist$/);
  });

  it('reads what a person described in a relative clause said as that person\'s statement', () => {
    expect(fact('The visiting envoys were welcomed on Monday by Interior Minister Omar bin Rashid, who said on X that his country hoped for "a durable settlement".')).toMatchObject({
      kind: 'STATEMENT',
      speaker: 'Omar bin Rashid',
    });
  });

  it('gives a second predicate after "X said …" to X, not to the subject of the report', () => {
    const facts = seq(['Darchiev said the meeting had been arranged at Moscow\'s request', 'and urged both governments to restore consular services quickly.']);
    expect(facts[1]).toMatchObject({ kind: 'PROPOSAL' });
    expect(facts[1]?.text.startsWith('Alexander Darchiev urged')).toBe(true);
  });

  it('reads a deal concluded or hammered out as an agreement', () => {
    expect(fact('The two sides concluded a draft framework accord after four days of meetings near the capital.')?.kind).toBe('AGREEMENT');
    expect(fact('Negotiators hammered out a compromise on fishing quotas overnight.')?.kind).toBe('AGREEMENT');
  });

  it('reads a body the two sides set up together as an agreement', () => {
    expect(fact('During the session the two sides set up two joint committees on detainees and on border crossings.')?.kind).toBe('AGREEMENT');
  });

  it('reads who is to monitor a deal as one of its terms', () => {
    expect(fact('Observers from the African Union are to oversee the ceasefire along the frontier.')?.kind).toBe('AGREEMENT');
    expect(fact('A monitoring mission drawn from neutral states will start work once the accord is signed.')?.kind).toBe('AGREEMENT');
  });

  it('reads doubts raised about a provision as a concern', () => {
    expect(fact('Several opposition deputies have questioned the amnesty clause, saying it needs a change to the constitution.')?.kind).toBe('CONCERN');
  });

  it('reads how the talks came about, and whom they bring together, as background', () => {
    expect(fact('The negotiations began last spring after a deadly flood pushed both governments to seek help from each other.')?.kind).toBe('CONTEXT');
    expect(fact('The process, launched by a regional bloc, brings together the government and three armed movements.')?.kind).toBe('CONTEXT');
  });

  it('reads a signing still ahead as the next step, not as an agreement made', () => {
    expect(fact('The framework accord is to be signed in Geneva on March 3.')?.kind).toBe('NEXT_STEP');
    expect(fact('The text, drafted over five days, would be formally signed at a ceremony next month.')?.kind).toBe('NEXT_STEP');
  });

  it('reads a truce that took effect and has since expired as background', () => {
    expect(fact('A regionally brokered truce that took effect in May expired in September, though it has largely held.')?.kind).toBe('CONTEXT');
  });

  it('does not read a mediator-brokered truce, an adjective, as an agreement reached', () => {
    expect(fact('A UN-brokered truce has largely held along the coast for a year.')?.kind).not.toBe('AGREEMENT');
  });

  it('finds the speaker of a single name behind a rank', () => {
    expect(fact('Gen. Alexander told reporters on his return to the capital that the army would hold its positions.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('keeps "who announced …" describing the subject when the sentence\'s own verb follows', () => {
    const found = fact('Ministry spokesman Coulter, who announced the session on Monday, told reporters that the sanctions had no legal basis.');
    expect(found).toMatchObject({ kind: 'STATEMENT', speaker: 'Sonata Coulter' });
    expect(found?.text).toContain('no legal basis');
    expect(found?.text).not.toMatch(/^Sonata Coulter said the session/);
  });

  it('splits an impersonal "it was agreed" added after a quote into an agreement of its own', () => {
    const clause = '"We criticised their position on the sanctions," Darchiev wrote after the talks, adding: "It was agreed that consultations on this matter will continue."';
    const facts = factsOfClause(clause, clause, context());
    expect(facts.map((found) => found.kind)).toEqual(['STATEMENT', 'AGREEMENT']);
  });

  it('reads a side signalling what it could do on a condition as an offer', () => {
    expect(fact('Washington has signalled it could lift the restrictions if Moscow returns the diplomatic properties.')?.kind).toBe('PROPOSAL');
  });

  it('leaves out who the speaker is ("who is deputy minister …") from what the speaker said', () => {
    const found = fact('Darchiev, who is deputy minister for consular affairs, said the two sides had held a "frank and detailed" discussion.');
    expect(found).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
    expect(found?.text).not.toContain('consular affairs');
  });

  it('does not read a refusal in a relative clause ("groups that refused to sign") as the subject\'s concern', () => {
    expect(fact('The mediator opened talks with rebel factions that refused to sign the 2019 accord, hoping to end the fighting.')?.kind).not.toBe('CONCERN');
  });

  it('reads what the talks followed as their background', () => {
    expect(fact('The Geneva talks followed a visit to the capital in March by a mediator from the regional bloc.')?.kind).toBe('CONTEXT');
  });

  it('keeps "late Tuesday" out of what a ministry said', () => {
    const found = fact('The foreign ministry said late Tuesday that both sides had agreed to reopen the consulates.');
    expect(found?.kind).toBe('AGREEMENT');
    expect(found?.text).not.toMatch(/Tuesday/);
  });

  it('does not read a round that began after a recess as background of the talks', () => {
    expect(fact('The fourth session began on Monday, after a recess of nearly three weeks.')).toBeNull();
  });
});

describe('reporting constructions that carry to any negotiation (wave 6)', () => {
  it('reads a rebuttal ("countered that") and an assurance to an audience as what the speaker said', () => {
    expect(fact('The rebel negotiator, Tomas Ferreira, countered that his movement would settle for nothing short of full autonomy.')).toMatchObject({ kind: 'STATEMENT' });
    expect(fact('Darchiev assured the assembly and the public that his side had given up armed struggle for good.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('keeps "there" and a long lead-in out of the way of an attribution', () => {
    expect(fact('Darchiev announced there that the port would be handed back to the civilian authority.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
    expect(fact('After meeting the visiting regional mediator at the lakeside conference hall on the outskirts of the capital on Jan. 4, Darchiev said his side would reopen the crossing.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('finds the speaker named after his post between commas', () => {
    expect(fact('His counterpart, Deputy Interior Minister Pavel Orlenko, said the border regime would stay in force.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Pavel Orlenko' });
  });

  it('reads a welcome after a lead-in as the speaker\'s judgement', () => {
    expect(fact('Speaking to reporters in Nairobi, Darchiev welcomed the accord as "a real turning point for the region".')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('reads a mediator\'s menu of options handed to the sides as a proposal', () => {
    expect(fact('The envoy presented Orlenko and Ferreira with a set of three possible names for the new province.')?.kind).toBe('PROPOSAL');
    expect(fact('The envoy gave the two negotiators a lift to the airport after the session.')?.kind).not.toBe('PROPOSAL');
  });

  it('reads readiness to discuss something as an offer', () => {
    expect(fact('Coulter said Washington was prepared to discuss limits on naval patrols near the strait.')?.kind).toBe('PROPOSAL');
    expect(fact('Coulter said the crossing was open to traffic again.')?.kind).not.toBe('PROPOSAL');
  });

  it('reads "the first talks in N years" and a head count as background', () => {
    expect(fact('The previous session took place in Lisbon in May, the first such meeting in six years.')?.kind).toBe('CONTEXT');
    expect(fact('Border guards turned back more than 140,000 travellers at the northern crossings in the last twelve months.')?.kind).toBe('CONTEXT');
  });

  it('reads blame and a side holding to its position as concerns, but not a blame tacked on to what someone said', () => {
    expect(fact('The Russian government also blames the sanctions regime for the collapse of trade along the border.')?.kind).toBe('CONCERN');
    expect(fact('Moscow is sticking to its position: a neutral zone along the whole of the frontier.')?.kind).toBe('CONCERN');
    expect(fact('Darchiev said the outcome showed that a deal was not possible this year, and blamed the other side.')?.kind).toBe('STATEMENT');
    expect(fact('The ferry service resumed at noon, the port authority said, after the operator blamed a strike for the delay.')?.kind).not.toBe('CONCERN');
    expect(fact('Darchiev said the rebels could not escape blame for the attack on the convoy.')?.kind).toBe('STATEMENT');
  });

  it('reads what the delegations addressed as what the talks were about', () => {
    expect(fact('Both delegations also addressed cooperation against arms trafficking along the shared coastline.')?.kind).toBe('CONTEXT');
  });

  it('reads the next stage, a meeting expected next, a process moving on and a briefing still to come as next steps', () => {
    expect(fact('Darchiev said that the next stage of the process would be a meeting of the two foreign ministers.')?.kind).toBe('NEXT_STEP');
    expect(fact('The two foreign ministers are expected to meet next in the presence of the envoy.')?.kind).toBe('NEXT_STEP');
    expect(fact('Diplomacy now moves to Vienna, where the regional council convenes on Thursday.')?.kind).toBe('NEXT_STEP');
    expect(fact('The envoy is expected to brief the Security Council next month.')?.kind).toBe('NEXT_STEP');
  });

  it('reads terms told under "the military agreements" as agreed', () => {
    expect(fact('Under the military agreements, some 3,000 fighters are to be disarmed and reintegrated into the army.')?.kind).toBe('AGREEMENT');
  });

  it('reads reluctance as a concern and a years-long hiatus as background, and "accords signed in 1994" as no signing', () => {
    expect(fact('Kyiv has so far signalled that it is reluctant to change the electoral law.')?.kind).toBe('CONCERN');
    expect(fact('The consultations, held under accords signed in the 1990s, resumed in March after a hiatus of five years.')?.kind).toBe('CONTEXT');
    expect(fact('The fourth session began on Monday, after a recess of nearly three weeks.')).toBeNull();
  });

  it('reads what a speaker told the gathering, and what he announced at the meeting, as his statement', () => {
    expect(fact('Darchiev, who has rarely appeared in public this year, told the gathering that his movement "will not take up arms again".')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
    expect(fact('At the meeting Darchiev announced that the old airport would be given a new name.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('splits a quote from a report added with "explaining that"', () => {
    const facts = factsOfClause('"This is a good day for both peoples," Darchiev told journalists, explaining that the two delegations had signed a lasting truce.', 'x', context());
    expect(facts.map((found) => found.kind)).toEqual(['STATEMENT', 'AGREEMENT']);
  });
});

describe('outcomes, schedules and additions that recur across negotiations (wave 7)', () => {
  it('reads what an earlier meeting produced, told in ", where" or ", when" after it, as agreed', () => {
    expect(fact('The opening session was held in Lisbon on March 3, where the two sides agreed to a prisoner swap.')?.kind).toBe('AGREEMENT');
    expect(fact('The envoys last met in Oslo in May, when they signed a protocol on border crossings.')?.kind).toBe('AGREEMENT');
    expect(fact('The quarrel began in June, when the governor signed a decree closing the port.')?.kind).not.toBe('AGREEMENT');
  });

  it('keeps an offer made at an earlier conference in passing as no proposal of these talks', () => {
    expect(fact('A first conference was held in Vienna in 2019, where the two delegations submitted maps.')?.kind).not.toBe('PROPOSAL');
  });

  it('reads what both sides or one side is expected or due to do as a next step', () => {
    expect(fact('The two sides are expected to continue consultations on the draft through the mediator.')?.kind).toBe('NEXT_STEP');
    expect(fact('Russia is due to hand over its written answers to the mediators by Friday.')?.kind).toBe('NEXT_STEP');
    expect(fact('The talks were expected to focus on prisoner releases, officials said before they began.')?.kind).not.toBe('NEXT_STEP');
  });

  it('reads a renewed commitment with an adjective, or an affirmed one, as agreed', () => {
    expect(fact('The two delegations reaffirmed their firm commitment to a negotiated settlement of the border issue.')?.kind).toBe('AGREEMENT');
    expect(fact('The joint communique affirmed the commitment of both countries to the 1992 border treaty.')?.kind).toBe('AGREEMENT');
  });

  it('drops a bare-city or city-and-agency dateline from the fact', () => {
    expect(fact('Lisbon, LUSA - Russia and the US agreed to reopen the consulates by June.')?.text).toMatch(/^Russia and the United States agreed/);
    expect(fact('Vienna - The second session ended with an agreement to exchange the remaining detainees.')?.text).toMatch(/^The second session ended/);
  });

  it('reads a signing denied by "without … being signed" or "neither side" as no agreement', () => {
    expect(fact('The session in Vienna ended without any text being signed, the mediator said.')?.kind).not.toBe('AGREEMENT');
    expect(fact('Neither side has formally accepted the compromise proposal.')?.kind).not.toBe('AGREEMENT');
  });

  it('keeps what a speaker added after his quote when the sentence as one fact would drop it', () => {
    const found = factsOfClause('"We had a long and open exchange," Darchiev said, adding that his delegation would consult the leadership on the results.', 'x', context());
    expect(found.map((f) => f.kind)).toEqual(['STATEMENT', 'STATEMENT']);
    expect(found[0]?.text).toBe('Alexander Darchiev said: "We had a long and open exchange."');
    expect(found[1]?.text).toContain('consult the leadership');
  });

  it('joins two reports of a cut-off "said A and that B" without the stray "that"', () => {
    const found = fact('The mediator said the two delegations had agreed to meet again in Geneva and that he would send out the invitations.');
    expect(found?.kind).toBe('NEXT_STEP');
    expect(found?.text).not.toContain('and that');
    expect(found?.text).toContain('Geneva, and he would send out the invitations');
  });

  it('reads thanks a named speaker gave as his statement', () => {
    expect(fact('Darchiev thanked Austria for hosting the session and for its patience.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
    expect(fact('Darchiev expressed his gratitude to the Swiss mediators for their efforts.')).toMatchObject({ kind: 'STATEMENT', speaker: 'Alexander Darchiev' });
  });

  it('does not glue a word quoted in an added report to the speaker\'s own quote', () => {
    const found = factsOfClause('"The week was wasted," Darchiev told reporters, adding that a settlement now looked "very distant".', 'x', context());
    expect(found[0]?.text).toBe('Alexander Darchiev said: "The week was wasted."');
    expect(found.some((f) => f.text.includes('very distant'))).toBe(true);
  });
});

describe('a meeting still to come, whoever holds it', () => {
  it('is a next step', () => {
    expect(fact('Technical talks on fishing will be held next month.')?.kind).toBe('NEXT_STEP');
    expect(fact('Expert groups are to meet in June to draft the text.')?.kind).toBe('NEXT_STEP');
    expect(fact('Working-level talks on the details will be scheduled through the exchange of documents.')?.kind).toBe('NEXT_STEP');
  });
});

describe('accepting the other side\'s proposal', () => {
  it('reads readiness to accept or support a proposal as agreement, not a proposal of one\'s own', () => {
    expect(fact('Russia was ready to accept a U.S. proposal for an immediate truce.')).toMatchObject({ kind: 'AGREEMENT', text: 'Russia was ready to accept a U.S. proposal for an immediate truce.' });
    expect(fact('Ukraine expressed readiness to accept the U.S. plan for a truce.')?.kind).toBe('AGREEMENT');
    // Readiness to do something of one's own is still an offer; so is readiness to take up a proposal to meet.
    expect(fact('Russia was ready to hold a third round in Istanbul.')?.kind).not.toBe('AGREEMENT');
    expect(fact('Russia is ready to accept the proposal to hold talks in Oslo.')?.kind).toBe('PROPOSAL');
  });
});

describe('a truce declared, and a round planned without its day', () => {
  it('reads a ceasefire the sides declared, or a document establishes, as agreed', () => {
    expect(fact('Russia and the United States on Monday declared an immediate cessation of hostilities.')?.kind).toBe('AGREEMENT');
    expect(fact('The document establishes a cessation of hostilities between the parties with immediate effect.')?.kind).toBe('AGREEMENT');
  });

  it('reads "a fourth round will be held, but no date has been set" as the next step', () => {
    expect(fact('The envoy told journalists that a fourth round of talks will be held, but no date or venue has yet been set.', true)?.kind).toBe('NEXT_STEP');
  });
});

describe('blame laid and terms a deal commits to', () => {
  it('reads "laid the blame on" the other side as a concern', () => {
    expect(fact("Russia's negotiator, for his part, laid the blame on Washington, claiming it had added new topics.")?.kind).toBe('CONCERN');
  });

  it('reads what a deal "commits" a side to as agreed', () => {
    expect(fact('It commits Moscow to redressing the economic marginalisation of the east.')?.kind).toBe('AGREEMENT');
    expect(fact('The accord commits the government to holding elections within a year.')?.kind).toBe('AGREEMENT');
  });
});

describe('a signing still to come', () => {
  it('reads "the final signing is to take place in X" as the next step', () => {
    expect(fact('The final signing is to take place in Riyadh, the mediation said, without giving a date.')?.kind).toBe('NEXT_STEP');
    expect(fact('The signing ceremony will take place in Doha next week.')?.kind).toBe('NEXT_STEP');
  });
});

describe('a verdict on a round and what a side wants the deal to do', () => {
  it('reads the sides calling a round "a success" as the round\'s context', () => {
    expect(fact('The sides described the first round of negotiations as a success.')?.kind).toBe('CONTEXT');
  });

  it('reads what a side "wants the new treaty to" do as its proposal', () => {
    expect(fact('Moscow wants the new treaty to cap delivery vehicles and not only warheads.')?.kind).toBe('PROPOSAL');
  });
});

describe('what a body the talks set up is to do', () => {
  it('reads "a binational commission would now place the markers" as the next step', () => {
    expect(fact('Officials said a binational commission would now place the remaining border markers.')?.kind).toBe('NEXT_STEP');
    expect(fact('The joint committee will draft the implementation plan within a month.')?.kind).toBe('NEXT_STEP');
  });
});

describe('agreement in principle', () => {
  it('reads "agreeing in principle on" as agreed', () => {
    expect(fact('Russia and the United States ended the talks agreeing in principle on a broad autonomy plan.')?.kind).toBe('AGREEMENT');
  });
});

describe('a next meeting with no day yet', () => {
  it('reads "no date has been set for the next round" as news of what comes next', () => {
    expect(fact('No date has yet been set for the following round of consultations.')?.kind).toBe('NEXT_STEP');
    expect(fact('Officials said no date or place had been agreed for the resumption of talks.')?.kind).toBe('NEXT_STEP');
    expect(fact('No date has been set for when further talks will be held.')?.kind).toBe('NEXT_STEP');
  });

  it('leaves a missing date for anything but a meeting alone', () => {
    expect(fact('No date has been set for the release of the remaining detainees.')?.kind).not.toBe('NEXT_STEP');
  });
});

describe('approval a deal still awaits, however the legislature is named', () => {
  it('reads a legislature given days to adopt it, or a deal going to it, as what comes next', () => {
    expect(fact('The National Assembly will then have 30 days to approve the amendments.')?.kind).toBe('NEXT_STEP');
    expect(fact('Congress now has 60 days to ratify the changes the accord requires.')?.kind).toBe('NEXT_STEP');
    expect(fact('The pact now goes to the Senate, where opponents have vowed to block it.')?.kind).toBe('NEXT_STEP');
  });

  it('reads approval by a share of a chamber, and what ratification requires, as what comes next', () => {
    expect(fact('The treaty must still be approved by three-fifths of the Chilean Senate.')?.kind).toBe('NEXT_STEP');
    expect(fact('The deal faces a hard test in parliament, where ratification requires a two-thirds vote.')?.kind).toBe('NEXT_STEP');
  });
});

describe('what divides the sides, frustration voiced, and one side pressing another', () => {
  it('reads "failed to agree on" and "could not reach agreement over" as what still divides them', () => {
    expect(fact('The negotiators failed to agree on the maritime boundary.')?.kind).toBe('CONCERN');
    expect(fact('The ministers could not reach agreement over the sequencing of withdrawals.')?.kind).toBe('CONCERN');
  });

  it('reads frustration or disappointment voiced as a concern', () => {
    expect(fact('Russia voiced frustration at the slow pace of the talks.')?.kind).toBe('CONCERN');
    expect(fact('The United States expressed deep disappointment with the outcome.')?.kind).toBe('CONCERN');
  });

  it('reads one side pressing another to act as its proposal, not pressing ahead', () => {
    expect(fact('Russia pressed the United States to return the seized properties.')?.kind).toBe('PROPOSAL');
    expect(fact('Russia pressed ahead with its plan to expand the embassy.')?.kind).not.toBe('PROPOSAL');
  });
});

describe('sides at odds, and a text initialled', () => {
  it('reads "disagreed over", "remain divided over" and "clashed over" as what divides the sides', () => {
    expect(fact('The sides disagreed over the sequencing of sanctions relief.')?.kind).toBe('CONCERN');
    expect(fact('Russia and the United States remain divided over the return of the properties.')?.kind).toBe('CONCERN');
    expect(fact('The two delegations clashed over the wording of the final communique.')?.kind).toBe('CONCERN');
  });

  it('reads "initialled the text" as agreed', () => {
    expect(fact('The two delegations initialled the text on Friday.')?.kind).toBe('AGREEMENT');
  });
});

describe('review mends: what does not divide, press or plan', () => {
  it('reads no proposal into "the most pressing issues" or being "pressed by reporters"', () => {
    expect(fact('The most pressing issues to be resolved include the return of the properties.')?.kind).not.toBe('PROPOSAL');
    expect(fact('Darchiev was pressed by reporters to comment on the talks.')?.kind).not.toBe('PROPOSAL');
  });

  it('reads no division into clashes "over the weekend" or "on the border"', () => {
    expect(fact('Police and fans clashed over the weekend outside the stadium.')?.kind).not.toBe('CONCERN');
  });

  it('reads a missing timetable for something other than a meeting as no next meeting', () => {
    expect(fact('No timetable has been set for the withdrawal of troops agreed at the talks.')?.kind).not.toBe('NEXT_STEP');
  });
});
