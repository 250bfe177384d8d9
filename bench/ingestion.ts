// Ingestion: extraction alone, one article end to end, and how the batch path and single ingests grow with track size.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { performance } from 'node:perf_hooks';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { ArticleInput } from '../functions/core/types.ts';
import { shingles, similarity } from '../functions/ingest/dedupe.ts';
import { extractArticle } from '../functions/ingest/index.ts';
import { readSeedArticles } from '../functions/local/seeds.ts';
import { createTrack } from '../functions/service/create-track.ts';
import { MAX_BATCH, ingestArticle, ingestArticles } from '../functions/service/ingest-article.ts';
import type { Repository } from '../functions/store/repository.ts';
import { SEED_EXTRACTION_BUDGET_MS, seedInputs, timeExtraction } from './extraction.ts';
import { summarize, type Summary } from './stats.ts';
import { generateVariants } from './variants.ts';

const execFileAsync = promisify(execFile);
const EXTRACTION_CHILD = fileURLToPath(new URL('./extraction-child.ts', import.meta.url));

/** Extraction of the seeds timed in a fresh node process (see extraction-child.ts). */
async function timeExtractionFresh(repetitions: number): Promise<number[]> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', EXTRACTION_CHILD, String(repetitions)], { timeout: 120_000 });
  return JSON.parse(stdout) as number[];
}

export const GROWTH_SIZES = [10, 100, 1_000] as const;
/** Single ingests timed into each grown track (each adds one more article). */
const SINGLES_PER_SIZE = 3;

export interface GrowthStep {
  articles: number;
  /** Articles actually filed: fewer than `articles` only when the time budget ran out. */
  ingested: number;
  completed: boolean;
  totalMs: number;
  msPerArticle: number;
  batches: Summary;
  /** The product's error when a batch failed; the step stops there. */
  error: string | null;
  duplicatesFlagged: number;
  /** Largest stored projection item (DynamoDB caps an item at 400 KB). */
  largestProjectionItem: { key: string; bytes: number };
  singleIngestIntoTrack: Summary;
}

export interface IngestionResults {
  extraction: Summary & { articles: number; repetitions: number };
  /** The same seeds in a fresh process that has run nothing else. */
  extractionFresh?: Summary;
  extractionVariants: Summary;
  /** The slowest of several hostile near-limit inputs (190 KB run-on text of names, dates, agreements, datelines). */
  extractionHostile: Summary;
  singleIntoFreshTrack: Summary;
  growth: GrowthStep[];
  /** ms/article at the largest completed size divided by ms/article at 10: 1 is perfectly linear. */
  linearityRatio: number;
  linearityOf: number;
  variantCheck: { sampled: number; against: number; maxContainment: number; maxJaccard: number };
}

/** Size of each stored round/fact item as DynamoDB JSON (close to how DynamoDB counts an item's size). */
async function largestProjectionItem(repo: Repository, slug: string): Promise<{ key: string; bytes: number }> {
  // The stored form: citations reference quotes by key, as the items really are in the table.
  const { rounds, facts } = await repo.getProjectionItems(slug);
  let largest = { key: 'none', bytes: 0 };
  const measure = (key: string, item: Record<string, unknown>) => {
    const bytes = Buffer.byteLength(JSON.stringify(marshall(item, { removeUndefinedValues: true })));
    if (bytes > largest.bytes) largest = { key, bytes };
  };
  for (const r of rounds) measure(`ROUND#${r.number}`, r as unknown as Record<string, unknown>);
  for (const f of facts) measure(`FACT#${f.roundNumber}#${f.id}`, f as unknown as Record<string, unknown>);
  return largest;
}

let trackCounter = 0;
async function freshTrack(repo: Repository, label: string): Promise<string> {
  const slug = `bench-${label}-${process.pid}-${++trackCounter}`;
  await createTrack(repo, { slug, title: `Bench track (${label})` });
  return slug;
}

// Run-on text of the kinds that make rules rescan a clause: many heads, many dates, many agreements, many places.
const HOSTILE_SHAPES = [
  'Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels, ',
  'talks on Monday, May 3, June 4 and July 5 in Geneva, ',
  'Serbia and Kosovo agreed to continue the negotiations and to hold a new meeting, ',
  'the delegation was led by Foreign Minister A B and the other by Minister C D, ',
  'In the Chinese city of Kunming, talks between A and B, very very very long; ',
];

/** Highest similarity of a sample of variants to all others, with the dedupe module's own measure. */
function checkVariants(variants: ArticleInput[], sample: number): IngestionResults['variantCheck'] {
  const sets = variants.map((v) => shingles(extractArticle(v).text));
  let maxContainment = 0;
  let maxJaccard = 0;
  for (let i = 0; i < Math.min(sample, sets.length); i++) {
    for (let j = 0; j < sets.length; j++) {
      if (i === j) continue;
      const s = similarity(sets[i]!, sets[j]!);
      maxContainment = Math.max(maxContainment, s.containment);
      maxJaccard = Math.max(maxJaccard, s.jaccard);
    }
  }
  return { sampled: Math.min(sample, sets.length), against: sets.length, maxContainment, maxJaccard };
}

export async function benchIngestion(repo: Repository, log: (line: string) => void, budgetMs: number): Promise<IngestionResults> {
  const seeds = readSeedArticles();
  const inputs = seedInputs();

  log('ingestion: extraction alone (seeds × repetitions, after warm-up)');
  const repetitions = 40;
  const extractionTimes = timeExtraction(inputs, repetitions, SEED_EXTRACTION_BUDGET_MS);
  log('ingestion: extraction alone in a fresh process');
  const extractionFresh = summarize(await timeExtractionFresh(repetitions));
  const largest = GROWTH_SIZES[GROWTH_SIZES.length - 1]!;
  const variants = generateVariants(seeds, largest + GROWTH_SIZES.length * SINGLES_PER_SIZE);
  const extractionVariants = summarize(timeExtraction(variants.slice(0, 200), 1, 5_000));
  const variantCheck = checkVariants(variants.slice(0, largest), 40);
  log('ingestion: extraction of hostile 190 KB inputs');
  const hostile = HOSTILE_SHAPES.map((shape) => ({ text: shape.repeat(Math.ceil(190_000 / shape.length)).slice(0, 190_000) }));
  const extractionHostile = summarize(timeExtraction(hostile, 3, 20_000));

  log('ingestion: single ingestArticle into fresh tracks');
  const single: number[] = [];
  for (let rep = 0; rep < 2; rep++) {
    for (const input of inputs) {
      const slug = await freshTrack(repo, 'single');
      const started = performance.now();
      await ingestArticle(repo, { ...input, track: slug });
      single.push(performance.now() - started);
    }
  }

  const growth: GrowthStep[] = [];
  const extras = variants.slice(largest);
  const deadline = performance.now() + budgetMs;
  for (const [step, size] of GROWTH_SIZES.entries()) {
    log(`ingestion: ${size} articles into one track, batches of ${MAX_BATCH} (ingestArticles)`);
    const slug = await freshTrack(repo, `growth-${size}`);
    const batchTimes: number[] = [];
    let ingested = 0;
    const started = performance.now();
    let error: string | null = null;
    for (let i = 0; i < size; i += MAX_BATCH) {
      // Bounded in time: a pathological slowdown shows as an incomplete step, not a bench that never ends.
      if (performance.now() > deadline) break;
      const batch = variants.slice(i, Math.min(size, i + MAX_BATCH));
      const t0 = performance.now();
      try {
        await ingestArticles(repo, slug, batch);
      } catch (cause) {
        // A product failure is a result to report, not a reason to lose every other figure.
        error = `${(cause as Error).name}: ${(cause as Error).message} (batch of articles ${i + 1}–${i + batch.length})`;
        break;
      }
      batchTimes.push(performance.now() - t0);
      ingested += batch.length;
    }
    const totalMs = performance.now() - started;
    const duplicatesFlagged = (await repo.listArticleTexts(slug)).filter((a) => a.duplicateOf).length;
    const largestItem = await largestProjectionItem(repo, slug);
    const singles: number[] = [];
    if (!error) {
      for (const input of extras.slice(step * SINGLES_PER_SIZE, (step + 1) * SINGLES_PER_SIZE)) {
        const t0 = performance.now();
        await ingestArticle(repo, { ...input, track: slug });
        singles.push(performance.now() - t0);
      }
    }
    growth.push({
      articles: size,
      ingested,
      completed: ingested === size,
      error,
      totalMs,
      msPerArticle: totalMs / Math.max(1, ingested),
      batches: summarize(batchTimes),
      duplicatesFlagged,
      largestProjectionItem: largestItem,
      singleIngestIntoTrack: summarize(singles),
    });
    log(`  ${ingested}/${size} articles in ${(totalMs / 1000).toFixed(1)} s (${(totalMs / Math.max(1, ingested)).toFixed(1)} ms/article), ${duplicatesFlagged} flagged as duplicates, largest stored item ${largestItem.key} ${(largestItem.bytes / 1000).toFixed(0)} KB`);
    if (error) log(`  FAILED: ${error}`);
    else log(`  single ingest into it: ${summarize(singles).median.toFixed(0)} ms`);
  }
  const first = growth[0]!;
  const completed = growth.filter((g) => g.completed);
  const last = completed[completed.length - 1] ?? first;

  return {
    extraction: { ...summarize(extractionTimes), articles: inputs.length, repetitions: extractionTimes.length / inputs.length },
    extractionFresh,
    extractionVariants,
    extractionHostile,
    singleIntoFreshTrack: summarize(single),
    growth,
    linearityRatio: last.msPerArticle / first.msPerArticle,
    linearityOf: last.articles,
    variantCheck,
  };
}
