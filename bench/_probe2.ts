import { readSeedArticles } from '../functions/local/seeds.ts';
import { generateVariants } from './variants.ts';
import { shingles, similarity } from '../functions/ingest/dedupe.ts';
import { extractArticle } from '../functions/ingest/index.ts';
const v = generateVariants(readSeedArticles(), 1000);
const texts = v.map((a) => extractArticle(a).text);
const sets = texts.map((t) => shingles(t));
console.log('sizes', [...sets.map(s=>s.size)].sort((a,b)=>a-b).slice(0,10));
outer: for (let i = 0; i < 60; i++) for (let j = 0; j < v.length; j++) if (i !== j) { const s = similarity(sets[i]!, sets[j]!); if (s.containment >= 0.9) { console.log(i, j, s, sets[i]!.size, sets[j]!.size); console.log('---A', texts[i]); console.log('---B', texts[j]!.slice(0, 3000)); break outer; } }
