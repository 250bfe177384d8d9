import { readSeedArticles } from '../functions/local/seeds.ts';
import { generateVariants } from './variants.ts';
import { extractArticle } from '../functions/ingest/index.ts';
const v = generateVariants(readSeedArticles(), 1000);
console.log(v[879]!.text); console.log('=====CLEAN'); console.log(extractArticle(v[879]!).text);
