import { readFileSync } from 'node:fs';
import { cleanArticle } from '../functions/ingest/clean.ts';
import { splitSentences } from '../functions/ingest/sentences.ts';
const c = cleanArticle(readFileSync(process.argv[2]!, 'utf8'));
for (const s of splitSentences(c.text)) console.log(JSON.stringify(s.text));
