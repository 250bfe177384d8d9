import { factOfClause } from '../functions/ingest/facts.ts';
const ctx = { parties: ['Russia', 'Ukraine'], people: new Map([['lavrov', 'Sergei Lavrov'], ['medinsky', 'Vladimir Medinsky']]), sectionSpeaker: null };
for (const t of process.argv.slice(2)) console.log(factOfClause(t, t, ctx));
