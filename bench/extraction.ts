// Timing of extraction alone, shared by the bench's own process and the fresh child (extraction-child.ts).
import { performance } from 'node:perf_hooks';
import type { ArticleInput } from '../functions/core/types.ts';
import { extractArticle } from '../functions/ingest/index.ts';
import { readSeedArticles } from '../functions/local/seeds.ts';

/** How long the timed passes over the seeds may run before they stop early. */
export const SEED_EXTRACTION_BUDGET_MS = 8_000;

/** The seeds as extraction inputs: their text alone, as a user files them. */
export function seedInputs(): ArticleInput[] {
  return readSeedArticles().map(({ text }) => ({ text }));
}

/** Per-article times over `repetitions` passes after one warm-up pass; stops early (after three passes) past `maxMs`. */
export function timeExtraction(inputs: ArticleInput[], repetitions: number, maxMs: number): number[] {
  for (const input of inputs) extractArticle(input);
  const times: number[] = [];
  const deadline = performance.now() + maxMs;
  for (let r = 0; r < repetitions && (r < 3 || performance.now() < deadline); r++) {
    for (const input of inputs) {
      const started = performance.now();
      extractArticle(input);
      times.push(performance.now() - started);
    }
  }
  return times;
}
