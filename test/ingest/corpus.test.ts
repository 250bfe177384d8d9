// Per-slot accuracy of the extraction over hand-labelled reports of other negotiations.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../functions/ingest/index.ts';
import { emptyScore, overall, scoreArticle, SLOTS, type ExpectedArticle } from './corpus-score.ts';

const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

interface Label {
  input: { publishedAt?: string; source?: string; title?: string };
  expected: ExpectedArticle;
}

function loadCorpus(): Array<{ name: string; text: string; label: Label }> {
  return readdirSync(CORPUS)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.json$/, '');
      const article = readdirSync(CORPUS).find((other) => other.startsWith(`${name}.`) && !other.endsWith('.json'));
      if (!article) throw new Error(`No article for label ${file}`);
      return { name, text: readFileSync(join(CORPUS, article), 'utf8'), label: JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as Label };
    });
}

describe('extraction over the labelled corpus', () => {
  const corpus = loadCorpus();

  it('holds at least twelve labelled reports of other negotiations', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
  });

  it('reaches 95 % overall slot accuracy and prints the per-slot figures', () => {
    const score = emptyScore();
    for (const { name, text, label } of corpus) {
      const extraction = extractArticle({ text, ...label.input });
      scoreArticle(name, label.expected, extraction, score);
    }
    const rows = SLOTS.map((slot) => ({
      slot,
      hits: score[slot].hits,
      checks: score[slot].checks,
      accuracy: score[slot].checks === 0 ? '-' : (score[slot].hits / score[slot].checks).toFixed(3),
    }));
    console.log(`Corpus: ${corpus.length} articles`);
    console.table(rows);
    console.log(`overall ${overall(score).toFixed(3)}`);
    const misses = SLOTS.flatMap((slot) => score[slot].misses);
    if (misses.length > 0) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(overall(score)).toBeGreaterThanOrEqual(0.95);
  });
});
