import { readFileSync } from 'node:fs';
import { cleanArticle } from '../functions/ingest/clean.ts';
import { findPartyMentions } from '../functions/ingest/parties.ts';
const c = cleanArticle(readFileSync(process.argv[2]!, 'utf8'));
for (const m of findPartyMentions(c.text)) console.log(m.party, m.isPlace, JSON.stringify(c.text.slice(Math.max(0, m.index - 30), m.index + 30)));
