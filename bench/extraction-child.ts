// Child-process entry: times extraction of the seeds in a process that has done nothing else, and prints the times as JSON.
// In the bench's own process extraction runs after the GraphQL, load and PDF sections, on a heap they have grown, and its
// garbage collection costs more there; this measures the rules alone.
import { SEED_EXTRACTION_BUDGET_MS, seedInputs, timeExtraction } from './extraction.ts';

const repetitions = Number(process.argv[2] ?? 40);
process.stdout.write(JSON.stringify(timeExtraction(seedInputs(), repetitions, SEED_EXTRACTION_BUDGET_MS)));
