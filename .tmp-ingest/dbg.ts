import { findRounds } from '../functions/ingest/rounds.ts';
import { splitSentences } from '../functions/ingest/sentences.ts';
const text = process.argv[2]!;
const plan = findRounds(splitSentences(text), process.argv[3] ?? null);
for (const c of plan.clauses) console.log(JSON.stringify({ t: c.clause.text.slice(0, 70), key: c.roundKey, pk: c.plannedKey, cues: { ...c.cues, meetingDate: c.cues.meetingDate?.date, plannedDate: c.cues.plannedDate?.date } }));
console.log(plan.slots);
