// Round views and briefing data for briefing tests: the seeds' Istanbul round 2, a planned round, and a stress case.

import type { CitationRef, FactKind, FactView, RoundView } from '../../functions/core/types.ts';
import { toBriefingData, type BriefingData, type PreviousRound } from '../../functions/briefing/data.ts';

export const TRACK = { slug: 'russia-us-embassy-operations', title: 'Russia–US consultations on embassy operations' };

/** sourceId → outlet name; "src-repost" is the untitled copy of TASS, a duplicate the merge does not count. */
export const SOURCE_NAMES = new Map<string, string>([
  ['src-tass', 'TASS'],
  ['src-ians', 'IANS'],
  ['src-troib', 'TROIB News'],
  ['src-gulf', 'Gulf News'],
  ['src-repost', 'Unknown blog'],
]);

const ARTICLE_OF: Record<string, string> = {
  'src-tass': 'art-000',
  'src-repost': 'art-001',
  'src-ians': 'art-002',
  'src-troib': 'art-003',
  'src-gulf': 'art-004',
};

export function cite(sourceId: string, quote = 'quoted sentence'): CitationRef {
  return { articleId: ARTICLE_OF[sourceId] ?? `art-${sourceId}`, sourceId, quote };
}

export function fact(kind: FactKind, text: string, actors: string[], sourceIds: string[], id = text): FactView {
  return {
    id: `2#${kind}#${id.slice(0, 40)}`,
    kind,
    text,
    actors,
    citations: sourceIds.map((s) => cite(s)),
    sourceCount: new Set(sourceIds).size,
  };
}

/** Round 2 as the merge would project the five seed articles (Istanbul, 10 April 2025). */
export function istanbulRound2(): RoundView {
  return {
    number: 2,
    status: 'HELD',
    date: '2025-04-10',
    city: 'Istanbul',
    venue: 'Russian Consulate General',
    duration: {
      minMinutes: 300,
      maxMinutes: 330,
      text: '5–5.5 hours',
      reports: [
        { text: '5 1/2 hours', citations: [cite('src-tass')] },
        { text: 'over five hours', citations: [cite('src-troib')] },
        { text: 'approximately five hours', citations: [cite('src-gulf')] },
      ],
    },
    reports: {
      date: [{ text: '10 April', citations: [cite('src-tass'), cite('src-ians')] }],
      city: [{ text: 'Istanbul', citations: [cite('src-tass'), cite('src-ians'), cite('src-troib'), cite('src-gulf')] }],
      venue: [{ text: 'Russian Consulate General', citations: [cite('src-tass'), cite('src-ians'), cite('src-gulf')] }],
    },
    delegations: [
      {
        party: 'Russia',
        headId: 'alexander-darchiev',
        headName: 'Alexander Darchiev',
        headTitle: 'Ambassador of Russia to the United States',
        citations: [cite('src-tass'), cite('src-ians'), cite('src-troib')],
      },
      {
        party: 'United States',
        headId: 'sonata-coulter',
        headName: 'Sonata Coulter',
        headTitle: 'Deputy Assistant Secretary of State',
        citations: [cite('src-tass'), cite('src-ians'), cite('src-troib')],
      },
    ],
    conflicts: [
      {
        field: 'DURATION',
        values: [
          { text: '5 1/2 hours', citations: [cite('src-tass')] },
          { text: 'over five hours', citations: [cite('src-troib')] },
          { text: 'approximately five hours', citations: [cite('src-gulf')] },
        ],
      },
      {
        field: 'HEAD_TITLE',
        party: 'United States',
        values: [
          {
            text: 'Deputy Assistant Secretary of State for Russia and Central Europe',
            citations: [cite('src-tass'), cite('src-repost')],
          },
          {
            text: 'Deputy Assistant Secretary of State for European and Eurasian Affairs',
            citations: [cite('src-ians'), cite('src-troib')],
          },
        ],
      },
    ],
    sourceIds: ['src-tass', 'src-ians', 'src-troib', 'src-gulf'],
    facts: [
      fact(
        'AGREEMENT',
        'Russia and the United States exchanged diplomatic notes to guarantee uninterrupted banking services for each other’s diplomatic missions.',
        ['Russia', 'United States'],
        ['src-tass', 'src-troib', 'src-gulf'],
      ),
      fact(
        'AGREEMENT',
        'The sides agreed to ease travel restrictions and visa issuance for diplomats in the host country.',
        ['Russia', 'United States'],
        ['src-tass', 'src-troib', 'src-gulf'],
      ),
      fact(
        'AGREEMENT',
        'The sides agreed to develop a roadmap on the return of six Russian diplomatic properties confiscated in the United States.',
        ['Russia', 'United States'],
        ['src-troib', 'src-gulf'],
      ),
      fact(
        'PROPOSAL',
        'Russia proposed resuming direct air service between the two countries.',
        ['Alexander Darchiev'],
        ['src-tass', 'src-ians', 'src-troib', 'src-gulf'],
      ),
      fact(
        'NEXT_STEP',
        'The sides will finish work on the proposals made in Istanbul by the next meeting; its date, location and representation are to be determined.',
        ['Russia', 'United States'],
        ['src-tass', 'src-troib', 'src-gulf'],
      ),
      fact(
        'CONCERN',
        'The United States raised concerns about restrictions on the US Embassy in Moscow hiring local staff.',
        ['United States'],
        ['src-tass', 'src-troib'],
      ),
      fact(
        'CONCERN',
        'Russia pressed for the prompt return of its diplomatic property confiscated in the United States.',
        ['Russia'],
        ['src-tass', 'src-ians'],
      ),
      fact(
        'STATEMENT',
        'The second round of talks allowed the sides to move forward in normalizing the work of their diplomatic missions.',
        ['Alexander Darchiev'],
        ['src-tass'],
      ),
      fact(
        'STATEMENT',
        'Ukraine is not, absolutely not on the agenda. These talks are solely focused on our embassy operations.',
        ['Tammy Bruce'],
        ['src-gulf'],
      ),
      fact('CONTEXT', 'The first round was held on 27 February 2025 at the US Consul General’s residence in Istanbul.', [], ['src-tass', 'src-ians', 'src-troib', 'src-gulf']),
    ],
    updatedAt: '2025-04-11T08:00:00.000Z',
  };
}

export function istanbulBriefing(): BriefingData {
  return toBriefingData(TRACK, istanbulRound2(), SOURCE_NAMES);
}

/** A venue and names outside Latin-1, to check embedding and text extraction. */
export function unicodeBriefing(): BriefingData {
  const round = istanbulRound2();
  round.venue = 'Çırağan Palace';
  round.city = 'Istanbul, Türkiye';
  round.delegations[0] = { ...round.delegations[0]!, headName: 'Александр Дарчиев' };
  return toBriefingData(TRACK, round, SOURCE_NAMES);
}

/** Round 3 before it happens: no venue, no duration, a couple of expectations. */
export function plannedRound3(): RoundView {
  return {
    number: 3,
    status: 'PLANNED',
    date: null,
    city: null,
    venue: null,
    duration: null,
    reports: { date: [], city: [], venue: [] },
    delegations: [],
    conflicts: [],
    sourceIds: ['src-tass', 'src-gulf'],
    facts: [
      fact('PROPOSAL', 'Russia expects to discuss the return of its six confiscated diplomatic properties.', ['Russia'], ['src-tass', 'src-gulf'], 'p3'),
      fact('NEXT_STEP', 'The timing of the next round is under coordination.', ['Russia', 'United States'], ['src-gulf'], 'n3'),
    ],
    updatedAt: '2025-04-12T09:30:00.000Z',
  };
}

export function plannedBriefing(): BriefingData {
  return toBriefingData(TRACK, plannedRound3(), SOURCE_NAMES);
}

/** Round 2 as the round before round 3: the coverage that announced it. */
export function round2BeforePlanned(): PreviousRound {
  const round = istanbulRound2();
  return { number: round.number, facts: round.facts, sourceIds: round.sourceIds };
}

const KINDS: FactKind[] = ['AGREEMENT', 'PROPOSAL', 'CONCERN', 'NEXT_STEP', 'CONTEXT', 'STATEMENT'];

/** 60 long facts from 10 outlets with long and Cyrillic names: must still fit one page. */
export function stressRound(): RoundView {
  const outlets = Array.from({ length: 10 }, (_, i) => `src-${i}`);
  const round = istanbulRound2();
  round.sourceIds = outlets;
  round.delegations = [
    {
      party: 'Russian Federation',
      headId: 'x',
      headName: 'Александр Станиславович Дарчиев-Преображенский',
      headTitle: 'Extraordinary and Plenipotentiary Ambassador of the Russian Federation to the United States of America and concurrently Permanent Observer',
      citations: [],
    },
    {
      party: 'United States of America',
      headId: 'y',
      headName: 'Sonata Marguerite Coulter-Vanderbilt-Featherstonehaugh',
      headTitle: 'Deputy Assistant Secretary of State for Russia, Central Europe, European and Eurasian Affairs (acting)',
      citations: [],
    },
  ];
  round.facts = Array.from({ length: 60 }, (_, i) =>
    fact(
      KINDS[i % KINDS.length]!,
      `Fact ${i + 1}: the delegations discussed at considerable length the modalities of a phased, reciprocal and verifiable ` +
        `normalization of diplomatic property, banking, visa, staffing and travel arrangements, including Çırağan-style venue logistics (${i + 1}).`,
      i % 2 ? ['Russian Federation'] : ['United States of America'],
      outlets.slice(0, 1 + ((59 - i) % 10)),
      `f${i}`,
    ),
  ).sort((a, b) => b.sourceCount - a.sourceCount);
  round.conflicts = [
    ...round.conflicts,
    {
      field: 'VENUE',
      values: outlets.slice(0, 5).map((s, i) => ({ text: `A rather long venue description number ${i + 1} in the old city`, citations: [cite(s)] })),
    },
    { field: 'DATE', values: [{ text: '10 April', citations: [cite('src-1')] }, { text: '11 April', citations: [cite('src-2')] }] },
  ];
  return round;
}

export const STRESS_SOURCE_NAMES = new Map<string, string>([
  ...SOURCE_NAMES,
  ...Array.from({ length: 10 }, (_, i): [string, string] => [
    `src-${i}`,
    i % 3 === 0 ? `Российское информационное агентство ${i}` : `The International Outlet of Record Number ${i}`,
  ]),
]);

export function stressBriefing(): BriefingData {
  return toBriefingData(TRACK, stressRound(), STRESS_SOURCE_NAMES);
}
