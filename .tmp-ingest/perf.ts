import { readFileSync, readdirSync } from 'node:fs';
import { extractArticle } from '../functions/ingest/index.ts';
const texts = [...readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8')), ...readdirSync('test/fixtures/corpus').filter((f) => !f.endsWith('.json')).map((f) => readFileSync(`test/fixtures/corpus/${f}`, 'utf8'))];
for (const t of texts) extractArticle({ text: t, publishedAt: '2025-04-10' });
const n = 100; const t0 = performance.now();
for (let i = 0; i < n; i++) for (const t of texts) extractArticle({ text: t, publishedAt: '2025-04-10' });
const per = (performance.now() - t0) / (n * texts.length);
console.log(`articles ${texts.length}, mean ${per.toFixed(2)} ms/article`);
let worst = 0; for (const t of texts) { const s = performance.now(); for (let i = 0; i < 10; i++) extractArticle({ text: t, publishedAt: '2025-04-10' }); worst = Math.max(worst, (performance.now() - s) / 10); }
console.log(`worst ${worst.toFixed(2)} ms`);
const big = readFileSync('seeds/000_75aa78eab0767a16.txt', 'utf8').repeat(40).slice(0, 200_000);
const s = performance.now(); extractArticle({ text: big, publishedAt: '2025-04-10' }); console.log(`200KB article ${(performance.now() - s).toFixed(0)} ms`);
const samples: number[] = [];
for (let i = 0; i < 30; i++) for (const t of texts) { const s0 = performance.now(); extractArticle({ text: t, publishedAt: '2025-04-10' }); samples.push(performance.now() - s0); }
samples.sort((a, b) => a - b);
console.log(`median ${samples[Math.floor(samples.length / 2)]!.toFixed(2)} ms, p95 ${samples[Math.floor(samples.length * 0.95)]!.toFixed(2)} ms`);
