// Scores extractions against the hand-labelled corpus, slot by slot.
import type { ArticleExtraction, DurationInterval, FactKind, RoundObservation, RoundStatus } from '../../functions/core/types.ts';

export interface ExpectedDelegation {
  party: string;
  head: string;
  title: string | null;
}

export interface ExpectedRound {
  relative: 'current' | 'previous' | 'next';
  ordinal: number | null;
  status: RoundStatus;
  date: string | null;
  city: string | null;
  venue: string | null;
  duration: DurationInterval | null;
  delegations: ExpectedDelegation[];
  facts: Array<{ kind: FactKind; keyword: string }>;
}

export interface ExpectedArticle {
  source?: string | null;
  publishedAt?: string | null;
  parties: string[];
  rounds: ExpectedRound[];
}

export const SLOTS = ['source', 'publishedAt', 'parties', 'rounds', 'date', 'city', 'venue', 'duration', 'heads', 'titles', 'facts'] as const;
export type Slot = (typeof SLOTS)[number];

export interface SlotTally {
  hits: number;
  checks: number;
  misses: string[];
}

export type Score = Record<Slot, SlotTally>;

export function emptyScore(): Score {
  return Object.fromEntries(SLOTS.map((slot) => [slot, { hits: 0, checks: 0, misses: [] }])) as unknown as Score;
}

function fold(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

function tally(score: Score, slot: Slot, ok: boolean, what: string): void {
  score[slot].checks += 1;
  if (ok) score[slot].hits += 1;
  else score[slot].misses.push(what);
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** The observed round an expected one corresponds to: same ordinal and status, else same relation to the reported round. */
function matchRound(expected: ExpectedRound, observed: RoundObservation[], taken: Set<RoundObservation>): RoundObservation | null {
  const free = observed.filter((round) => !taken.has(round));
  if (expected.ordinal !== null) {
    const byOrdinal = free.find((round) => round.ordinal === expected.ordinal && round.status === expected.status);
    if (byOrdinal) return byOrdinal;
  }
  if (expected.date) {
    const byDate = free.find((round) => round.dates.some((date) => date.value === expected.date) && round.status === expected.status);
    if (byDate) return byDate;
  }
  return free.find((round) => round.relative === expected.relative && round.status === expected.status) ?? null;
}

function sameSet(observed: string[], expected: string | null): boolean {
  const values = new Set(observed.map(fold));
  return expected === null ? values.size === 0 : values.size === 1 && values.has(fold(expected));
}

/** Adds one article's checks to the score. */
export function scoreArticle(name: string, expected: ExpectedArticle, actual: ArticleExtraction, score: Score): void {
  if (expected.source !== undefined) tally(score, 'source', fold(actual.source) === fold(expected.source), `${name}: source ${actual.source} ≠ ${expected.source}`);
  if (expected.publishedAt !== undefined) tally(score, 'publishedAt', actual.publishedAt === expected.publishedAt, `${name}: publishedAt ${actual.publishedAt} ≠ ${expected.publishedAt}`);
  const parties = new Set(actual.parties);
  tally(score, 'parties', parties.size === expected.parties.length && expected.parties.every((party) => parties.has(party)), `${name}: parties ${actual.parties.join(',')} ≠ ${expected.parties.join(',')}`);

  const taken = new Set<RoundObservation>();
  for (const round of expected.rounds) {
    const label = `${name} ${round.relative}#${round.ordinal ?? '?'}`;
    const found = matchRound(round, actual.rounds, taken);
    if (!found) {
      tally(score, 'rounds', false, `${label}: round not found`);
      continue;
    }
    taken.add(found);
    tally(score, 'rounds', found.ordinal === round.ordinal && found.status === round.status, `${label}: ordinal/status ${found.ordinal}/${found.status}`);

    const dates = found.dates.map((date) => date.value);
    const dateOk = round.date === null ? dates.length === 0 : dates.includes(round.date) && dates.every((date) => daysApart(date, round.date ?? date) <= 2);
    tally(score, 'date', dateOk, `${label}: dates [${dates.join(', ')}] ≠ ${round.date}`);
    tally(score, 'city', sameSet(found.cities.map((city) => city.value), round.city), `${label}: cities [${found.cities.map((city) => city.value).join(', ')}] ≠ ${round.city}`);
    tally(score, 'venue', sameSet(found.venues.map((venue) => venue.value), round.venue), `${label}: venues [${found.venues.map((venue) => venue.value).join(', ')}] ≠ ${round.venue}`);
    const durations = new Set(found.durations.map((duration) => `${duration.value.minMinutes}-${duration.value.maxMinutes}`));
    const wanted = round.duration ? `${round.duration.minMinutes}-${round.duration.maxMinutes}` : null;
    tally(score, 'duration', wanted === null ? durations.size === 0 : durations.size === 1 && durations.has(wanted), `${label}: durations [${[...durations].join(', ')}] ≠ ${wanted}`);

    for (const delegation of round.delegations) {
      const sameParty = found.delegations.filter((observed) => observed.party === delegation.party);
      const headOk = sameParty.length > 0 && sameParty.every((observed) => fold(observed.head) === fold(delegation.head));
      tally(score, 'heads', headOk, `${label}: ${delegation.party} head [${sameParty.map((observed) => observed.head).join(', ')}] ≠ ${delegation.head}`);
      const titles = sameParty.filter((observed) => fold(observed.head) === fold(delegation.head)).map((observed) => observed.headTitle);
      const titleOk = titles.length > 0 && titles.every((title) => fold(title) === fold(delegation.title));
      tally(score, 'titles', titleOk, `${label}: ${delegation.party} title [${titles.join(' | ')}] ≠ ${delegation.title}`);
    }
    const expectedParties = new Set(round.delegations.map((delegation) => delegation.party));
    for (const observed of found.delegations) {
      if (!expectedParties.has(observed.party)) tally(score, 'heads', false, `${label}: unexpected head ${observed.party}/${observed.head}`);
    }
    for (const fact of round.facts) {
      const hit = found.facts.some((observed) => observed.kind === fact.kind && observed.text.toLowerCase().includes(fact.keyword.toLowerCase()));
      tally(score, 'facts', hit, `${label}: no ${fact.kind} fact with "${fact.keyword}" (${found.facts.map((observed) => `${observed.kind}: ${observed.text.slice(0, 60)}`).join(' / ')})`);
    }
  }
  for (const round of actual.rounds) {
    if (!taken.has(round)) tally(score, 'rounds', false, `${name}: unexpected round ${round.relative}#${round.ordinal ?? '?'} ${round.status}`);
  }
}

export function overall(score: Score): number {
  const hits = SLOTS.reduce((sum, slot) => sum + score[slot].hits, 0);
  const checks = SLOTS.reduce((sum, slot) => sum + score[slot].checks, 0);
  return checks === 0 ? 0 : hits / checks;
}
