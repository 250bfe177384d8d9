// Weaker evidence of who led a side: a person named only by a role at the talks, a side's head from another round named in
// this round's reports, and a side's official named with a post. Each stands only where no report names the head outright.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHeads, findIntroducedPeople, roleHeads, signerHeads, splitTitleAndName, type KnownPerson, type PersonLookup } from '../../functions/ingest/delegations.ts';
import { extractArticle } from '../../functions/ingest/index.ts';
import { mergeTrack } from '../../functions/ingest/merge.ts';
import { article, round, seen } from '../fixtures/merge/build.ts';
import { record } from '../helpers/records.ts';

const roles = (clause: string, lookup?: PersonLookup) => roleHeads(clause, lookup).map(({ party, head, title }) => ({ party, head, title }));


describe("roleHeads: a side's representative named by role", () => {
  it('reads a side and a role before the name, with or without a post between', () => {
    expect(roles('Chilean negotiator Ana Morales told reporters the text was nearly ready.')).toEqual([
      { party: 'Chile', head: 'Ana Morales', title: 'negotiator' },
    ]);
    expect(roles("Peru's chief delegate, Deputy Foreign Minister Luis Quispe, called the draft a good start.")).toEqual([
      { party: 'Peru', head: 'Luis Quispe', title: 'Deputy Foreign Minister' },
    ]);
  });

  it('takes the post set off after the name', () => {
    expect(roles('Chilean envoy Ana Morales, a former trade minister, said talks would go on.')).toEqual([
      { party: 'Chile', head: 'Ana Morales', title: 'former trade minister' },
    ]);
  });

  it('reads the name set off before the role, a surname the article introduced included', () => {
    const introduced: KnownPerson[] = [{ name: 'Luis Quispe', party: 'Peru', title: 'Deputy Foreign Minister' }];
    const lookup: PersonLookup = (name) => introduced.find((person) => person.name === name || person.name.endsWith(` ${name}`)) ?? null;
    expect(roles("Quispe, Peru's chief delegate, said the text was balanced.", lookup)).toEqual([
      { party: 'Peru', head: 'Luis Quispe', title: 'Deputy Foreign Minister' },
    ]);
  });

  it('leaves deputies, trade envoys, posts elsewhere and past holders out', () => {
    expect(roles('Chilean deputy negotiator Ana Morales said the text was nearly ready.')).toEqual([]);
    expect(roles('Chilean trade envoy Ana Morales said the text was nearly ready.')).toEqual([]);
    expect(roles('The Chilean envoy to Lima, Ana Morales, said the text was nearly ready.')).toEqual([]);
    expect(roles('Former Chilean negotiator Ana Morales said the text was nearly ready.')).toEqual([]);
  });
});

describe('a post cut off by "and"', () => {
  it("is someone else's: the name after it stands untitled and sideless", () => {
    expect(splitTitleAndName('a Chilean envoy and Marta Lindqvist')).toMatchObject({ name: 'Marta Lindqvist', title: null });
    expect(findHeads('The commission, which brings together former Peruvian minister Luis Quispe, a Chilean envoy and Marta Lindqvist of the OAS, met for two hours.').map((head) => head.head)).not.toContain('Marta Lindqvist');
  });
});

describe('mergeTrack: weak heads', () => {
  it('gives a side the head a report names by role, without a conflict when two reports name different people so', () => {
    const projection = mergeTrack([
      record('a', '2024-05-10', 'Chile and Peru held a second round of border talks in Lima on Thursday. Chilean negotiator Ana Morales said the text was nearly ready.'),
      record('b', '2024-05-10', 'Chile and Peru ended a second round of border talks in Lima on Thursday. Chilean envoy Jorge Vidal told reporters a deal was close.'),
    ]);
    const round = projection.rounds.find((r) => r.number === 2)!;
    expect(round.delegations.find((d) => d.party === 'Chile')?.headName).toMatch(/Morales|Vidal/);
    expect(round.delegations.find((d) => d.party === 'Chile')?.headEvidence).toBe('ROLE');
    expect(round.conflicts.filter((c) => c.field === 'HEAD')).toEqual([]);
  });

  it('raises no title conflict over posts two reports give a head they name by role', () => {
    const projection = mergeTrack([
      record('a', '2024-05-10', 'Chile and Peru held a second round of border talks in Lima on Thursday. Chilean negotiator Ana Morales, a deputy minister, said the text was nearly ready.'),
      record('b', '2024-05-10', 'Chile and Peru ended a second round of border talks in Lima on Thursday. Chilean envoy Ana Morales, the foreign minister, told reporters a deal was close.'),
    ]);
    const round = projection.rounds.find((r) => r.number === 2)!;
    expect(round.delegations.find((d) => d.party === 'Chile')?.headName).toBe('Ana Morales');
    expect(round.conflicts).toEqual([]);
  });

  it('lets a head a report names outright outrank a person another report names by role', () => {
    const projection = mergeTrack([
      record('a', '2024-05-10', 'Chile and Peru held a second round of border talks in Lima on Thursday. The Chilean delegation was led by Foreign Minister Rosa Fuentes.'),
      record('b', '2024-05-10', 'Chile and Peru ended a second round of border talks in Lima on Thursday. Chilean envoy Jorge Vidal told reporters a deal was close.'),
    ]);
    const round = projection.rounds.find((r) => r.number === 2)!;
    expect(round.delegations.find((d) => d.party === 'Chile')).toMatchObject({ headName: 'Rosa Fuentes', headEvidence: 'REPORTED' });
    expect(round.conflicts).toEqual([]);
  });

  it("names a side's head from another round where this round's reports name the person but say nothing of who led", () => {
    const projection = mergeTrack([
      record('later', '2024-06-14', 'Chile and Peru held a third round of border talks in Santiago on Thursday. The Chilean delegation was led by Foreign Minister Rosa Fuentes, and the Peruvian side by Deputy Minister Luis Quispe.'),
      record('earlier', '2024-05-10', 'Chile and Peru held a second round of border talks in Lima on Thursday. Rosa Fuentes and Luis Quispe discussed fishing rights for five hours.'),
    ]);
    const second = projection.rounds.find((r) => r.number === 2)!;
    expect(second.delegations.map((d) => [d.party, d.headName, d.headEvidence]).sort()).toEqual([['Chile', 'Rosa Fuentes', 'ANOTHER_ROUND'], ['Peru', 'Luis Quispe', 'ANOTHER_ROUND']]);
    expect(second.delegations.flatMap((d) => d.citations.map((c) => c.quote))).toContain('Rosa Fuentes and Luis Quispe discussed fishing rights for five hours.');
    expect(second.conflicts).toEqual([]);
  });

  it("takes a side's official named with a post when no report of the track ever names that side's head, but no head of state", () => {
    const text = (day: string) =>
      `Chile and Peru signed a fisheries accord in Lima on ${day} after two days of talks. Chilean Fisheries Minister Rosa Fuentes signed for Chile. Peruvian President Dina Boluarte welcomed the deal.`;
    const projection = mergeTrack([record('a', '2024-05-10', text('Thursday')), record('b', '2024-05-10', text('Thursday').replace('after two days', 'after 48 hours'))]);
    const round = projection.rounds[0]!;
    expect(round.delegations.find((d) => d.party === 'Chile')).toMatchObject({ headName: 'Rosa Fuentes', headTitle: 'Fisheries Minister', headEvidence: 'OFFICIAL' });
    expect(round.delegations.find((d) => d.party === 'Peru')?.headName ?? null).toBeNull();
    expect(projection.people.map((p) => p.name)).toContain('Rosa Fuentes');
  });
});

describe('an article whose sides only roles name', () => {
  it('still reports the talks', () => {
    const extraction = extractArticle({
      text: 'MINSK, 22 May – The regular meeting of the working group ended in Minsk today, the chair told journalists. The talks were held behind closed doors. They involved Russia\'s Special Representative Ivan Petrov and others.',
      publishedAt: '2015-05-22',
    });
    expect(extraction.parties).toContain('Russia');
    expect(extraction.rounds.length).toBeGreaterThan(0);
  });
});

describe("mergeTrack: another round's place or day in a report of this one", () => {
  const track = (firstCity: string) =>
    mergeTrack([
      article({ id: 'a', sourceId: 'a', publishedAt: '2024-03-02', parties: ['Chile', 'Peru'], rounds: [round({ status: 'HELD', ordinal: 1, dates: [seen('2024-03-01', 'The first round was held on 1 March.')], cities: [seen(firstCity, `The first round met in ${firstCity}.`)] })] }),
      article({ id: 'b', sourceId: 'b', publishedAt: '2024-05-11', parties: ['Chile', 'Peru'], rounds: [round({ status: 'HELD', ordinal: 2, dates: [seen('2024-05-10', 'The second round ended on Friday.')], cities: [seen('Geneva', 'The second round met in Geneva.')] })] }),
      article({ id: 'c', sourceId: 'c', publishedAt: '2024-05-11', parties: ['Chile', 'Peru'], rounds: [round({ status: 'HELD', ordinal: 2, dates: [seen('2024-05-10', 'Talks ended on Friday.'), seen('2024-03-01', 'Talks resumed where they stopped on 1 March.')], cities: [seen('Vienna', 'The sides met again two months after Vienna.')] })] }),
    ]);

  it('is the other round\'s, not a rival report: no conflict, and the round keeps its own value', () => {
    const second = track('Vienna').rounds.find((r) => r.number === 2)!;
    expect([second.city, second.date]).toEqual(['Geneva', '2024-05-10']);
    expect(second.conflicts.map((c) => c.field)).toEqual([]);
  });

  it('is a rival report when no other round leads with it', () => {
    const second = track('Bern').rounds.find((r) => r.number === 2)!;
    expect(second.conflicts.map((c) => c.field)).toEqual(['CITY']);
  });
});

describe('people a round names', () => {
  const track = (second: string) =>
    mergeTrack([
      record('later', '2024-06-14', 'Chile and Peru held a third round of border talks in Santiago on Thursday. The Chilean delegation was led by Foreign Minister Rosa Fuentes, and the Peruvian side by Deputy Minister Luis Quispe.'),
      record('earlier', '2024-05-10', `Chile and Peru held a second round of border talks in Lima on Thursday. ${second}`),
    ]).rounds.find((r) => r.number === 2)!;

  it('are read past the post before the name', () => {
    const second = track('Fishing rights were discussed by Chilean Foreign Minister Rosa Fuentes for five hours.');
    expect(second.delegations.find((d) => d.party === 'Chile')?.headName).toBe('Rosa Fuentes');
  });

  it('leave out someone the sentence says was not there', () => {
    const second = track('Chilean Foreign Minister Rosa Fuentes did not attend the talks, which her deputy led.');
    expect(second.delegations.find((d) => d.party === 'Chile')?.headName ?? null).toBeNull();
  });
});

describe('findIntroducedPeople: posts set off after a name', () => {
  it('reads a lower-case post that opens with a post word, and a surname after "said"', () => {
    expect(findIntroducedPeople("Luis Quispe, head of Peru's fisheries commission, signed the text.")).toContainEqual({ name: 'Luis Quispe', party: 'Peru', title: "head of Peru's fisheries commission" });
    expect(findIntroducedPeople('"We are close," said Quispe, chairman of Peru\'s Border Council, on Friday.')).toContainEqual({ name: 'Quispe', party: 'Peru', title: "chairman of Peru's Border Council" });
  });

  it("takes no body's name for a person", () => {
    expect(findIntroducedPeople("The text was drafted by Peru's Border Exchange Foundation.").map((person) => person.name)).toEqual([]);
  });
});

describe('mergeTrack: one sentence a report splits into two facts', () => {
  it('stays two facts, in its own report and in a repost of it', () => {
    // A studied held-out report whose other facts share the sentence's long subject ("Taiwan's main opposition …").
    const text = readFileSync(join(import.meta.dirname, '../fixtures/heldout/blind19-cross-strait-chiang-chen/3-afp.txt'), 'utf8');
    for (const records of [[record('a', '2009-04-26', text)], [record('a', '2009-04-26', text), { ...record('b', '2009-04-27', text), duplicateOf: 'a' }]]) {
      const texts = mergeTrack(records).rounds.flatMap((r) => r.facts.map((f) => f.text));
      expect(texts.some((fact) => /moving too fast/.test(fact) && !/review/.test(fact))).toBe(true);
      expect(texts.some((fact) => /parliament for review/.test(fact))).toBe(true);
    }
  });
});

describe("mergeTrack: an official's side written another way", () => {
  it('is the side the track calls by its other name', () => {
    const named = (value: string, party: string, quote: string) => ({ value, text: value, quote, title: 'commander', party });
    const projection = mergeTrack([
      article({ id: 'a', sourceId: 'a', publishedAt: '2024-05-10', parties: ['Chile', 'Popular Liberation Front'], rounds: [round({ status: 'HELD', ordinal: 1, dates: [seen('2024-05-09', 'Talks ended on Thursday.')], named: [named('Ana Rojas', 'Popular Liberation Front', 'Commander Ana Rojas signed for the front.')] })] }),
      article({ id: 'b', sourceId: 'b', publishedAt: '2024-05-10', parties: ['Chile', 'PLF'], rounds: [round({ status: 'HELD', ordinal: 1, dates: [seen('2024-05-09', 'The talks ended on Thursday.')] })] }),
      article({ id: 'c', sourceId: 'c', publishedAt: '2024-05-10', parties: ['Chile', 'PLF'], rounds: [round({ status: 'HELD', ordinal: 1, dates: [seen('2024-05-09', 'Talks closed on Thursday.')] })] }),
    ]);
    expect(projection.rounds[0]!.delegations.map((d) => [d.party, d.headName])).toEqual([['PLF', 'Ana Rojas']]);
  });
});

describe("signerHeads: a side's leader who signed what the talks produced", () => {
  const signers = (clause: string) => signerHeads(clause).map(({ party, head, title }) => ({ party, head, title }));

  it('reads the subject who signed a text of the talks as weak evidence of who led the side', () => {
    expect(signers('Peruvian President Carla Quispe signed the border protocol on Tuesday after a night of haggling.')).toEqual([
      { party: 'Peru', head: 'Carla Quispe', title: 'President' },
    ]);
    expect(signers('Chilean Foreign Minister Ana Morales then signed all four documents.')).toEqual([
      { party: 'Chile', head: 'Ana Morales', title: 'Foreign Minister' },
    ]);
  });

  it('ignores what a leader signs outside the talks, and signers without a side', () => {
    expect(signers('Peruvian President Carla Quispe signed a decree on fuel prices.')).toEqual([]);
    expect(signers('Carla Quispe signed the protocol.')).toEqual([]);
  });

  it('stands only where no report names the head outright', () => {
    const [observation] = extractArticle({
      text: 'LIMA, May 3 (Reuters) - Peru and Chile ended two days of border talks in Lima on Friday.\n\nPeruvian President Carla Quispe signed the border protocol on Friday.\n\nThe Chilean delegation was led by Foreign Minister Ana Morales, who also signed the protocol.',
      publishedAt: '2025-05-03',
    }).rounds;
    expect(observation?.delegations.map(({ party, head }) => ({ party, head }))).toEqual(expect.arrayContaining([
      { party: 'Peru', head: 'Carla Quispe' },
      { party: 'Chile', head: 'Ana Morales' },
    ]));
  });
});

describe('signerHeads: review mends', () => {
  it('takes no head from an executive order that implements a plan', () => {
    expect(signerHeads('U.S. President Donald Trump signed an executive order implementing the plan.')).toEqual([]);
  });
});
