// Child-process entry: a fresh process imports the renderer and renders one briefing, timing both from inside.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { BriefingData } from '../functions/briefing/data.ts';

const data = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as BriefingData;
const imported = performance.now();
const { renderBriefing } = await import('../functions/briefing/render.ts');
const importMs = performance.now() - imported;
const started = performance.now();
const pdf = await renderBriefing(data, { paper: 'A4' });
const firstRenderMs = performance.now() - started;
const again = performance.now();
await renderBriefing(data, { paper: 'A4' });
const secondRenderMs = performance.now() - again;
process.stdout.write(JSON.stringify({ importMs, firstRenderMs, secondRenderMs, bytes: pdf.byteLength }));
