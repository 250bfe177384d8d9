import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, RoundObservation } from '../../functions/core/types.ts';
import { extractArticle } from '../../functions/ingest/index.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');
const extractions = new Map<string, ArticleExtraction>(
  readdirSync(SEEDS)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => [file.slice(0, 3), extractArticle({ text: readFileSync(join(SEEDS, file), 'utf8') })]),
);
const seed = (id: string): ArticleExtraction => {
  const extraction = extractions.get(id);
  if (!extraction) throw new Error(`seed ${id} missing`);
  return extraction;
};
const round = (id: string, ordinal: number): RoundObservation | undefined => seed(id).rounds.find((candidate) => candidate.ordinal === ordinal);
const minutes = (found: RoundObservation | undefined) => found?.durations.map((duration) => duration.value);

describe('extraction of the seed reports', () => {
  it('sees Russia and the United States as the parties of every seed', () => {
    for (const extraction of extractions.values()) expect(extraction.parties).toEqual(['Russia', 'United States']);
  });

  it('dates round 1 to 27 February 2025 at the residence of the US Consul General, over six hours', () => {
    const first = round('000', 1);
    expect(first?.dates.map((date) => date.value)).toEqual(['2025-02-27']);
    expect(first?.venues.map((venue) => venue.value)).toEqual(['Residence of the US Consul General']);
    expect(minutes(first)).toEqual([{ minMinutes: 360, maxMinutes: null }]);
  });

  it('gives round 1 the title Darchiev held then', () => {
    expect(round('000', 1)?.delegations).toEqual([expect.objectContaining({ party: 'Russia', head: 'Alexander Darchiev', headTitle: "director of the Foreign Ministry's North Atlantic Department" })]);
  });

  it('places round 2 on 10 April 2025 at the Russian Consulate General in Istanbul', () => {
    const second = round('000', 2);
    expect(second?.dates[0]?.value).toBe('2025-04-10');
    expect(new Set(second?.venues.map((venue) => venue.value))).toEqual(new Set(['Russian Consulate General']));
    expect(new Set(second?.cities.map((city) => city.value))).toEqual(new Set(['Istanbul']));
  });

  it('reads each outlet’s length of round 2 and not the forecast', () => {
    expect(minutes(round('000', 2))?.[0]).toEqual({ minMinutes: 330, maxMinutes: 330 });
    expect(minutes(round('002', 2))).toEqual([]);
    expect(minutes(seed('003').rounds.find((found) => found.relative === 'current'))).toEqual([{ minMinutes: 300, maxMinutes: null }]);
    expect(minutes(round('004', 2))).toEqual([{ minMinutes: 285, maxMinutes: 315 }]);
  });

  it('reports the heads of round 2 with each outlet’s titles', () => {
    const titles = (id: string) => (seed(id).rounds.find((found) => found.relative === 'current')?.delegations ?? []).map((delegation) => `${delegation.party}: ${delegation.head} (${delegation.headTitle})`);
    expect(titles('000')).toEqual(['Russia: Alexander Darchiev (ambassador to Washington)', 'United States: Sonata Coulter (Deputy Assistant Secretary of State for Russia and Central Europe)']);
    expect(titles('002')).toEqual(['Russia: Alexander Darchiev (Ambassador to Washington)', 'United States: Sonata Coulter (Deputy Assistant Secretary for European and Eurasian Affairs)']);
    expect(titles('003')).toEqual(['Russia: Aleksandr Darchiev (ambassador to Washington)', 'United States: Sonata Coulter (Deputy Assistant Secretary of State for European and Eurasian Affairs)']);
  });

  it('plans round 3 without a date', () => {
    for (const id of ['000', '004']) expect(seed(id).rounds.find((found) => found.status === 'PLANNED')).toMatchObject({ ordinal: 3, dates: [] });
  });

  it('attributes the outcome of round 1 reported by seed 002 to round 1', () => {
    expect(round('002', 1)?.facts.some((fact) => fact.kind === 'AGREEMENT' && /financing/.test(fact.text))).toBe(true);
  });

  it('finds the key facts of round 2', () => {
    const facts = round('000', 2)?.facts ?? [];
    const has = (kind: string, pattern: RegExp) => facts.some((fact) => fact.kind === kind && pattern.test(fact.text));
    expect(has('AGREEMENT', /banking/)).toBe(true);
    expect(has('AGREEMENT', /visa/)).toBe(true);
    expect(has('CONCERN', /local staff/)).toBe(true);
    expect(has('PROPOSAL', /direct air service/)).toBe(true);
    expect(has('NEXT_STEP', /next meeting/)).toBe(true);
    expect(round('004', 2)?.facts.some((fact) => fact.kind === 'AGREEMENT' && /roadmap/.test(fact.text))).toBe(true);
  });

  it('quotes only text found in the cleaned article', () => {
    for (const extraction of extractions.values()) {
      for (const found of extraction.rounds) {
        const quotes = [...found.dates, ...found.cities, ...found.venues, ...found.durations, ...found.delegations, ...found.facts].map((item) => item.quote);
        for (const quote of quotes) expect(extraction.text).toContain(quote);
      }
    }
  });
});
