// Held-out, multi-outlet evaluation: every report of a negotiation is extracted, deduplicated and merged, then scored slot by slot.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, TrackProjection } from '../../functions/core/types.ts';
import { extractArticle, findDuplicate } from '../../functions/ingest/index.ts';
import { mergeTrack } from '../../functions/ingest/merge.ts';
import {
  emptyHeldoutScore,
  HELDOUT_SETS,
  HELDOUT_SLOTS,
  heldoutOverall,
  partyKey,
  scoreNegotiation,
  type HeldoutNegotiation,
  type HeldoutScore,
  type HeldoutSet,
} from './heldout-score.ts';

const HELDOUT = join(import.meta.dirname, '../fixtures/heldout');
const HELDOUT_FLOOR = 0.97;
// Batches kept for measuring the rules on coverage nobody has studied: their scores print, their misses do not.
const SEALED_SETS: ReadonlySet<HeldoutSet> = new Set(['blind21', 'blind22', 'blind23', 'blind24', 'blind27', 'blind28', 'blind31', 'blind32', 'blind33', 'blind34', 'blind37', 'blind38', 'blind39', 'blind40', 'blind43', 'blind44', 'blind47', 'blind48']);
// What each batch is, with its first-contact figure where it had one (README): only those estimate unseen coverage.
const SET_NOTES: Record<HeldoutSet, string> = {
  heldout: 'rules tuned against it; floor below',
  fresh: 'written after the first rule changes; since tuned against',
  blind: 'scored before the rule changes it could inform; since tuned against',
  blind2: 'second blind batch; since tuned against',
  blind3: 'first contact 0.544; since tuned against',
  blind4: 'first contact 0.634; since tuned against',
  blind5: 'first contact 0.570; since tuned against',
  blind6: 'first contact 0.642, unchanged by a wave tuned on blind3–5; since tuned against',
  blind7: 'first contact 0.637 (0.651 a session later); since tuned against',
  blind8: 'first contact 0.525; since tuned against',
  blind9: 'first contact 0.655, 0.659 after a wave tuned on blind7–8; since tuned against',
  blind10: 'first contact 0.646, 0.646 after a wave tuned on blind7–8; since tuned against',
  blind11: 'first contact 0.535; 0.552 after two waves tuned on blind7–10; since tuned against',
  blind12: 'first contact 0.618; 0.698 after two waves tuned on blind7–10; since tuned against',
  blind13: 'first contact 0.595; 0.610 after a wave tuned on blind11–12; since tuned against',
  blind14: 'first contact 0.670; 0.656 after a wave tuned on blind11–12; since tuned against',
  blind15: 'counts of their causes guided session 7, misses read in session 8: first contact 0.695; 0.714 after session 6',
  blind16: 'counts of their causes guided session 7, misses read in session 8: first contact 0.659; 0.659 after session 6',
  blind17: 'counts of their causes guided session 7, misses read in session 8: first contact 0.722; 0.722 after session 6',
  blind18: 'counts of their causes guided session 7, misses read in session 8: first contact 0.644',
  blind19: 'first contact 0.659 (session 7 start); studied in session 7',
  blind20: 'first contact 0.623 (session 7 start); studied in session 7',
  blind21: 'SEALED, misses never read, but counts of head-miss causes over blinds 21–24 guided session 8: 0.656 with session 7 start rules',
  blind22: 'SEALED, misses never read, but counts of head-miss causes over blinds 21–24 guided session 8: 0.671 with session 7 start rules',
  blind23: "SEALED, misses never read, but counts of head-miss causes over blinds 21–24 guided session 8: first contact 0.684",
  blind24: "SEALED, misses never read, but counts of head-miss causes over blinds 21–24 guided session 8: first contact 0.615",
  blind25: 'first contact 0.690 (session 8 start); studied in session 8',
  blind26: 'first contact 0.660 (session 8 start); studied in session 8',
  blind27: 'SEALED, misses never read: written at session 8 start; 0.584 pooled with blind28 under session 8 start rules',
  blind28: 'SEALED, misses never read: written at session 8 start; 0.584 pooled with blind27 under session 8 start rules',
  blind29: 'written mid-session 8 (0.608 pooled with blind30 under session 8 start rules); studied in session 8',
  blind30: 'written mid-session 8 (0.608 pooled with blind29 under session 8 start rules); studied in session 8',
  blind31: 'SEALED, misses never read: written late in session 8; 0.696 pooled with blind32 under session 8 start rules',
  blind32: 'SEALED, misses never read: written late in session 8; 0.696 pooled with blind31 under session 8 start rules',
  blind33: "SEALED, misses never read: written after session 8's last rule change; first contact 0.641 (0.633 with session 8 start rules)",
  blind34: "SEALED, misses never read: written after session 8's last rule change; first contact 0.613 (0.613 with session 8 start rules)",
  blind35: 'written at the start of session 9 (first contact 0.592 under session 9 start rules); studied in session 9',
  blind36: 'written at the start of session 9 (first contact 0.723 under session 9 start rules); studied in session 9',
  blind37: 'SEALED, misses never read: written at the start of session 9; 0.505 under session 9 start rules',
  blind38: 'SEALED, misses never read: written at the start of session 9; 0.658 under session 9 start rules',
  blind39: 'SEALED, misses never read: written at the start of session 10; 0.620 under session 10 start rules',
  blind40: 'SEALED, misses never read: written at the start of session 10; 0.699 under session 10 start rules',
  blind41: 'written early in session 10 (first contact 0.618 under session 10 start rules, 0.624 after its first three changes); studied in session 10',
  blind42: 'written early in session 10 (first contact 0.577 under session 10 start rules, 0.577 after its first three changes); studied in session 10',
  blind43: 'SEALED, misses never read: written at the start of session 11; 0.607 under session 11 start rules (and after its first three changes)',
  blind44: 'SEALED, misses never read: written at the start of session 11; 0.526 under session 11 start rules (and after its first three changes)',
  blind45: 'written early in session 11 (first contact 0.388, 0.388 under session 11 start rules); studied in session 11',
  blind46: 'written early in session 11 (first contact 0.541, 0.534 under session 11 start rules); studied in session 11',
  blind47: 'SEALED, misses never read: written at the start of session 12; 0.554 under session 12 start rules (and after its first two changes)',
  blind48: 'SEALED, misses never read: written at the start of session 12; 0.519 under session 12 start rules (and after its first two changes), 0.534 once the scorer compared sides as entities, 0.549 once it left unreported mediators’ delegations unscored',
  blind49: 'written early in session 12 (first contact 0.485, the same under session 12 start rules); studied in session 12',
  blind50: 'written early in session 12 (first contact 0.646, the same under session 12 start rules); studied in session 12',
};
const INGESTED_AT = Date.parse('2026-01-01T00:00:00Z');

interface Negotiation {
  name: string;
  expected: HeldoutNegotiation;
  texts: Map<string, string>;
}

function loadNegotiations(): Negotiation[] {
  return readdirSync(HELDOUT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(HELDOUT, name, 'expected.json'), 'utf8')) as HeldoutNegotiation;
      const texts = new Map(expected.articles.map((a) => [a.file, readFileSync(join(HELDOUT, name, a.file), 'utf8')]));
      return { name, expected, texts };
    });
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Ingests a negotiation's reports in file order, as the service does: extract, find the earlier original, merge. */
function ingest(negotiation: Negotiation): { projection: TrackProjection; duplicates: Map<string, string | null> } {
  const records: ArticleRecord[] = [];
  const duplicates = new Map<string, string | null>();
  negotiation.expected.articles.forEach((article, index) => {
    const extraction = extractArticle({ text: negotiation.texts.get(article.file)!, source: article.outlet, publishedAt: article.publishedAt });
    const originals = records.filter((r) => r.duplicateOf === null).map((r) => ({ id: r.id, text: r.extraction.text }));
    const duplicateOf = findDuplicate(extraction.text, originals);
    duplicates.set(article.file, duplicateOf);
    records.push({
      id: article.file,
      sourceId: slug(article.outlet),
      sourceName: article.outlet,
      publishedAt: article.publishedAt,
      ingestedAt: new Date(INGESTED_AT + index * 60_000).toISOString(),
      duplicateOf,
      extraction,
    });
  });
  return { projection: mergeTrack(records), duplicates };
}

function report(label: string, score: HeldoutScore, sealed = false): void {
  console.log(label);
  console.table(
    HELDOUT_SLOTS.map((slot) => ({
      slot,
      hits: score[slot].hits,
      checks: score[slot].checks,
      accuracy: score[slot].checks === 0 ? '-' : (score[slot].hits / score[slot].checks).toFixed(3),
    })),
  );
  console.log(`${label} overall ${heldoutOverall(score).toFixed(3)}`);
  if (sealed) return console.log(`${label}: misses not printed (sealed batch)`);
  const misses = HELDOUT_SLOTS.flatMap((slot) => score[slot].misses.map((miss) => `[${slot}] ${miss}`));
  if (misses.length > 0) console.log(`misses:\n  ${misses.join('\n  ')}`);
}

describe('the scorer compares sides as entities', () => {
  it('reads an analyst\'s "Turkey" or "Côte d\'Ivoire" as the service\'s name for the same state, and unknown names as written', () => {
    expect(partyKey('Turkey')).toBe(partyKey('Türkiye'));
    expect(partyKey("Côte d'Ivoire")).toBe(partyKey('Ivory Coast'));
    expect(partyKey('Peru')).not.toBe(partyKey('Chile'));
    expect(partyKey('Patriotic Front')).toBe('patriotic front');
  });

  it('checks a mediator\'s delegation only where the service reports one, as the labelling brief defines it', () => {
    const round = { number: 1, status: 'HELD', date: '2025-01-01', city: null, venue: null, duration: null, conflicts: [], facts: [] } as const;
    const expected = {
      negotiation: 'test', set: 'heldout', parties: ['Peru', 'Chile'], optionalParties: ['Norway'], articles: [],
      rounds: [{ ...round, delegations: [
        { party: 'Peru', head: 'Quispe', titles: ['minister'] },
        { party: 'Norway', head: 'Berg', titles: ['envoy'] },
      ] }],
    } as unknown as HeldoutNegotiation;
    const view = (delegations: object[]) => ({ rounds: [{ ...round, delegations, conflicts: [], facts: [] }] }) as unknown as TrackProjection;
    const peru = { party: 'Peru', headName: 'Ana Quispe', headTitle: 'Foreign Minister' };
    const without = emptyHeldoutScore();
    scoreNegotiation('t', expected, view([peru]), new Map(), without);
    expect(without.heads).toMatchObject({ hits: 1, checks: 1 });
    const wrong = emptyHeldoutScore();
    scoreNegotiation('t', expected, view([peru, { party: 'Norway', headName: 'Ola Dahl', headTitle: 'envoy' }]), new Map(), wrong);
    expect(wrong.heads).toMatchObject({ hits: 1, checks: 2 });
  });
});

describe('merged tracks over held-out multi-outlet negotiations', () => {
  const negotiations = loadNegotiations();

  it('holds at least five negotiations reported by three or more outlets', () => {
    const heldout = negotiations.filter((n) => n.expected.set === 'heldout');
    expect(heldout.length).toBeGreaterThanOrEqual(5);
    for (const n of heldout) expect(n.expected.articles.length).toBeGreaterThanOrEqual(3);
  });

  // The held-out set has been tuned against; the floor guards against regressions. The later and blind sets are printed
  // without thresholds: only a batch's first-contact figure (README) estimates unseen coverage.
  it('keeps held-out slot accuracy at its measured floor and prints every other set separately', () => {
    const scores = Object.fromEntries(HELDOUT_SETS.map((set) => [set, emptyHeldoutScore()])) as Record<HeldoutSet, HeldoutScore>;
    for (const negotiation of negotiations) {
      const { projection, duplicates } = ingest(negotiation);
      const own = emptyHeldoutScore();
      scoreNegotiation(negotiation.name, negotiation.expected, projection, duplicates, own);
      scoreNegotiation(negotiation.name, negotiation.expected, projection, duplicates, scores[negotiation.expected.set]);
      console.log(`${negotiation.expected.set} ${negotiation.name}: ${heldoutOverall(own).toFixed(3)}`);
    }
    for (const set of HELDOUT_SETS) if (scores[set].rounds.checks > 0) report(`${set.toUpperCase()} (${SET_NOTES[set]})`, scores[set], SEALED_SETS.has(set));
    expect(heldoutOverall(scores.heldout)).toBeGreaterThanOrEqual(HELDOUT_FLOOR);
  });
});
