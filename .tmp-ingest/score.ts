import { readFileSync, readdirSync } from 'node:fs';
import { extractArticle } from '../functions/ingest/index.ts';
import { emptyScore, overall, scoreArticle, SLOTS } from '../test/ingest/corpus-score.ts';
const dir = 'test/fixtures/corpus';
const score = emptyScore();
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const name = f.replace('.json', '');
  const art = readdirSync(dir).find((o) => o.startsWith(name + '.') && !o.endsWith('.json'))!;
  const label = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  scoreArticle(name, label.expected, extractArticle({ text: readFileSync(`${dir}/${art}`, 'utf8'), ...label.input }), score);
}
console.table(SLOTS.map((s) => ({ s, hits: score[s].hits, checks: score[s].checks })));
console.log('overall', overall(score).toFixed(3));
for (const s of SLOTS) for (const m of score[s].misses) console.log(s, '|', m);
