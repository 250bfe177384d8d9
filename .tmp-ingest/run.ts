import { readFileSync, readdirSync } from 'node:fs';
import { extractArticle } from '../functions/ingest/index.ts';
const dir = process.argv[2] ?? 'seeds';
const only = process.argv[3];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.html')).sort()) {
  if (only && !f.includes(only)) continue;
  const lf = `${dir}/${f.replace(/\.(txt|html)$/, ".json")}`; let inp = {}; try { inp = JSON.parse(readFileSync(lf, "utf8")).input ?? {}; } catch {} const x = extractArticle({ text: readFileSync(`${dir}/${f}`, "utf8"), ...inp });
  console.log('=====', f, '|', x.source, x.publishedAt, '|', x.title, '|', x.parties.join(','));
  for (const r of x.rounds) {
    console.log(` ROUND ord=${r.ordinal} rel=${r.relative} ${r.status}`);
    console.log('   dates', r.dates.map((d) => `${d.value}(${d.text})`).join('; '));
    console.log('   cities', r.cities.map((d) => d.value).join('; '), '| venues', r.venues.map((d) => d.value).join('; '));
    console.log('   durations', r.durations.map((d) => `${d.value.minMinutes}-${d.value.maxMinutes}(${d.text})`).join('; '));
    for (const d of r.delegations) console.log('   DELEG', d.party, '|', d.head, '|', d.headTitle);
    for (const f of r.facts) console.log('   FACT', f.kind, '[' + f.actors.join(',') + ']', f.text);
  }
}
