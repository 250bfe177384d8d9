import { readSeedArticles } from '../functions/local/seeds.ts';
import { generateVariants } from './variants.ts';
import { shingles, similarity } from '../functions/ingest/dedupe.ts';
import { extractArticle } from '../functions/ingest/index.ts';
const v = generateVariants(readSeedArticles(), 1000);
const sets = v.map((a) => shingles(extractArticle(a).text));
let max = 0, maxJ = 0, over = 0;
const t = performance.now();
for (let i = 0; i < v.length; i++) for (let j = 0; j < i; j++) { const s = similarity(sets[i]!, sets[j]!); max = Math.max(max, s.containment); maxJ = Math.max(maxJ, s.jaccard); if (s.containment >= 0.6 || s.jaccard >= 0.5) over++; }
console.log({ max, maxJ, over, ms: performance.now() - t, minSize: Math.min(...sets.map((s) => s.size)) });
