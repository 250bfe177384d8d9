// Held-out, multi-outlet evaluation: every report of a negotiation is extracted, deduplicated and merged, then scored slot by slot.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, TrackProjection } from '../../functions/core/types.ts';
import { extractArticle, findDuplicate } from '../../functions/ingest/index.ts';
import { mergeTrack } from '../../functions/ingest/merge.ts';
import {
  emptyHeldoutScore,
  HELDOUT_SLOTS,
  heldoutOverall,
  scoreNegotiation,
  type HeldoutNegotiation,
  type HeldoutScore,
} from './heldout-score.ts';

const HELDOUT = join(import.meta.dirname, '../fixtures/heldout');
const HELDOUT_FLOOR = 0.97;
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

function report(label: string, score: HeldoutScore): void {
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
  const misses = HELDOUT_SLOTS.flatMap((slot) => score[slot].misses.map((miss) => `[${slot}] ${miss}`));
  if (misses.length > 0) console.log(`misses:\n  ${misses.join('\n  ')}`);
}

describe('merged tracks over held-out multi-outlet negotiations', () => {
  const negotiations = loadNegotiations();

  it('holds at least five negotiations reported by three or more outlets', () => {
    const heldout = negotiations.filter((n) => n.expected.set === 'heldout');
    expect(heldout.length).toBeGreaterThanOrEqual(5);
    for (const n of heldout) expect(n.expected.articles.length).toBeGreaterThanOrEqual(3);
  });

  // The held-out set has been tuned against (0.989 now); the floor guards against regressions. The later and blind
  // sets are printed without thresholds: only a batch's first-contact figure (README) estimates unseen coverage, and
  // blind7 and blind8 are the batches not tuned on.
  it('keeps held-out slot accuracy at its measured floor and prints the fresh set separately', () => {
    const scores = { heldout: emptyHeldoutScore(), fresh: emptyHeldoutScore(), blind: emptyHeldoutScore(), blind2: emptyHeldoutScore(), blind3: emptyHeldoutScore(), blind4: emptyHeldoutScore(), blind5: emptyHeldoutScore(), blind6: emptyHeldoutScore(), blind7: emptyHeldoutScore(), blind8: emptyHeldoutScore() };
    for (const negotiation of negotiations) {
      const { projection, duplicates } = ingest(negotiation);
      const own = emptyHeldoutScore();
      scoreNegotiation(negotiation.name, negotiation.expected, projection, duplicates, own);
      scoreNegotiation(negotiation.name, negotiation.expected, projection, duplicates, scores[negotiation.expected.set]);
      console.log(`${negotiation.expected.set} ${negotiation.name}: ${heldoutOverall(own).toFixed(3)}`);
    }
    report('HELD-OUT (rules tuned against it)', scores.heldout);
    if (scores.fresh.rounds.checks > 0) report('LATER SET (written after the first rule changes; since tuned against)', scores.fresh);
    // Blind fixtures are scored and printed only: no threshold, so nobody is tempted to tune against them.
    if (scores.blind.rounds.checks > 0) report('BLIND (scored before the rule changes it could inform; no threshold)', scores.blind);
    // A second blind batch, written before the side-discovery changes the first one prompted; printed on its own.
    if (scores.blind2.rounds.checks > 0) report('BLIND2 (second blind batch; no threshold)', scores.blind2);
    // The third batch: five negotiations, 0.544 on first contact (README); printed on its own.
    if (scores.blind3.rounds.checks > 0) report('BLIND3 (third blind batch; no threshold)', scores.blind3);
    // The fourth batch: three negotiations written while the third was being fixed, 0.634 on first contact (README).
    if (scores.blind4.rounds.checks > 0) report('BLIND4 (fourth blind batch; no threshold)', scores.blind4);
    // The fifth batch: 0.570 on first contact, then tuned on in the next session.
    if (scores.blind5.rounds.checks > 0) report('BLIND5 (fifth blind batch; no threshold)', scores.blind5);
    // The sixth batch: 0.642 on first contact (bfa2c12), still 0.642 after a first wave of fixes tuned on blind3–5; then tuned on.
    if (scores.blind6.rounds.checks > 0) report('BLIND6 (sixth blind batch; no threshold)', scores.blind6);
    // The seventh batch: 0.637 on first contact (4b6ee37; the rules at the start of that session scored it 0.602); not tuned on.
    if (scores.blind7.rounds.checks > 0) report('BLIND7 (seventh blind batch, not tuned on; no threshold)', scores.blind7);
    // The eighth batch: 0.525 on first contact (4746270; 0.504 with the rules at the start of that session); not tuned on.
    if (scores.blind8.rounds.checks > 0) report('BLIND8 (eighth blind batch, not tuned on; no threshold)', scores.blind8);
    expect(heldoutOverall(scores.heldout)).toBeGreaterThanOrEqual(HELDOUT_FLOOR);
  });
});
