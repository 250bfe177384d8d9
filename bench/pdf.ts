// Briefing PDF: first render in a fresh process, warm renders, the HTTP route (200 and 304), size; Chromium for comparison.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { BRIEFING_ESBUILD_OPTIONS, BUNDLED_FONT_DIR } from '../functions/briefing/bundling.ts';
import { toBriefingData, type BriefingData } from '../functions/briefing/data.ts';
import { FONT_FILES, resolveFontDir } from '../functions/briefing/fonts.ts';
import { renderBriefing, warmUpBriefing } from '../functions/briefing/render.ts';
import type { RoundView } from '../functions/core/types.ts';
import type { Repository } from '../functions/store/repository.ts';
import { BENCH_ROUND, BENCH_SLUG, BRIEFING_PATH } from './queries.ts';
import type { ServerProcess } from './setup.ts';
import { repeat, summarize, type Summary } from './stats.ts';

const execFileAsync = promisify(execFile);

export const CHROMIUM = '/usr/bin/chromium';
const RENDER_ENTRY = fileURLToPath(new URL('../functions/briefing/render.ts', import.meta.url));

export interface PdfResults {
  firstRender: Summary;
  firstImport: Summary;
  warmRender: Summary;
  routeOk: Summary;
  routeNotModified: Summary;
  bytes: number;
  chromium: { skipped: string } | { print: Summary; bytes: number; version: string };
}

/** The round-2 briefing's data, read the way the briefing route reads it. */
export async function loadBriefingData(repo: Repository): Promise<BriefingData> {
  const track = await repo.getTrack(BENCH_SLUG);
  if (!track) throw new Error(`track ${BENCH_SLUG} is missing`);
  const projection = await repo.getTrackProjection(BENCH_SLUG);
  const round = projection.rounds.find((r) => r.number === BENCH_ROUND);
  if (!round) throw new Error(`round ${BENCH_ROUND} is missing`);
  const facts = projection.facts.filter((f) => f.roundNumber === round.number);
  const sourceIds = [...new Set([...round.sourceIds, ...facts.flatMap((f) => f.citations.map((c) => c.sourceId))])];
  const sources = await repo.getSources(sourceIds);
  return toBriefingData(track, { ...round, facts } as unknown as RoundView, new Map(sources.map((s) => [s.id, s.name])));
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The same content as the PDF (header, delegations, facts by kind, quotes, disagreements, outlets) as one A4 HTML page. */
export function briefingHtml(data: BriefingData, fontDir: string): string {
  const font = (file: string) => pathToFileURL(join(fontDir, file)).href;
  const r = data.round;
  const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '');
  const kinds: [string, string[]][] = [
    ['Outcomes', ['AGREEMENT']],
    ['Proposals and concerns', ['PROPOSAL', 'CONCERN']],
    ['Next steps', ['NEXT_STEP']],
    ['Background', ['CONTEXT']],
  ];
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(data.track.title)}</title><style>
@font-face { font-family: DejaVu; src: url('${font(FONT_FILES.regular)}'); }
@font-face { font-family: DejaVu; font-weight: bold; src: url('${font(FONT_FILES.bold)}'); }
@font-face { font-family: DejaVu; font-style: italic; src: url('${font(FONT_FILES.oblique)}'); }
@page { size: A4; margin: 16mm; }
body { font-family: DejaVu; font-size: 9.5pt; color: #222; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 11pt; margin: 10pt 0 4pt; border-bottom: 1px solid #999; }
.meta { color: #555; } ul { margin: 0; padding-left: 14pt; } li { margin-bottom: 3pt; } .note { color: #777; font-size: 8pt; }
blockquote { font-style: italic; margin: 4pt 0 4pt 10pt; }
</style></head><body>
<h1>${escape(data.track.title)}</h1>
<div class="meta">Round ${r.number} · ${escape(r.status)} · ${escape(r.date ?? 'date unknown')} · ${escape([r.city, r.venue].filter(Boolean).join(', '))}${r.duration ? ` · ${escape(r.duration)}` : ''}</div>
<h2>Delegations</h2>
${list(data.delegations.map((d) => `<b>${escape(d.party)}</b>: ${escape(d.headName ?? 'head not reported')}${d.headTitle ? `, ${escape(d.headTitle)}` : ''}`))}
${kinds
  .map(([title, k]) => {
    const facts = data.facts.filter((f) => k.includes(f.kind));
    return facts.length ? `<h2>${title}</h2>${list(facts.map((f) => `${f.side ? `<b>${escape(f.side)}</b>: ` : ''}${escape(f.text)} <span class="note">(${f.sourceCount} sources)</span>`))}` : '';
  })
  .join('\n')}
${data.quotes.slice(0, 2).map((q) => `<blockquote>“${escape(q.text)}” — ${escape(q.speaker ?? 'unattributed')}</blockquote>`).join('')}
${data.conflicts.length ? `<h2>Where outlets disagree</h2>${list(data.conflicts.map((c) => `${escape(c.field)}${c.party ? ` (${escape(c.party)})` : ''}: ${c.values.map((v) => `${escape(v.text)} — ${escape(v.sources.join(', '))}`).join('; ')}`))}` : ''}
<p class="note">Sources: ${escape(data.outlets.join(', '))}. Data as of ${escape(r.updatedAt)}.</p>
</body></html>`;
}

const FIRST_RENDER_RUNNER = `import { readFileSync } from 'node:fs';
const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const imported = performance.now();
const { renderBriefing } = await import('./render.mjs');
const importMs = performance.now() - imported;
const started = performance.now();
const pdf = await renderBriefing(data, { paper: 'A4' });
process.stdout.write(JSON.stringify({ importMs, firstRenderMs: performance.now() - started, bytes: pdf.byteLength }));
`;

/**
 * The renderer bundled as Lambda gets it (the product's BRIEFING_ESBUILD_OPTIONS, fonts/ beside it), loaded by a
 * fresh plain `node` per run: the first render pays font parsing and a cold V8, as the first request of a container does.
 */
async function firstRenders(workDir: string, dataFile: string, runs: number): Promise<{ render: number[]; importMs: number[] }> {
  const dir = join(workDir, 'first-render');
  mkdirSync(join(dir, BUNDLED_FONT_DIR), { recursive: true });
  await build({ ...BRIEFING_ESBUILD_OPTIONS, entryPoints: [RENDER_ENTRY], outfile: join(dir, 'render.mjs'), logLevel: 'silent' });
  const fontDir = resolveFontDir();
  for (const file of Object.values(FONT_FILES)) copyFileSync(join(fontDir, file), join(dir, BUNDLED_FONT_DIR, file));
  writeFileSync(join(dir, 'runner.mjs'), FIRST_RENDER_RUNNER);
  const render: number[] = [];
  const importMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await execFileAsync(process.execPath, ['runner.mjs', dataFile], {
      cwd: dir,
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? '' },
    });
    const parsed = JSON.parse(stdout) as { importMs: number; firstRenderMs: number };
    render.push(parsed.firstRenderMs);
    importMs.push(parsed.importMs);
  }
  return { render, importMs };
}

async function chromiumPrint(data: BriefingData, workDir: string): Promise<PdfResults['chromium']> {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is absent; install Debian's chromium to compare` };
  const html = join(workDir, 'briefing.html');
  writeFileSync(html, briefingHtml(data, resolveFontDir()));
  const out = join(workDir, 'chromium.pdf');
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const version = (await execFileAsync(CHROMIUM, ['--version'], { timeout: 30_000 })).stdout.trim();
  try {
    const times: number[] = [];
    // A fresh chromium per print, as a per-request renderer would launch it; the first run is kept (it is the common case).
    for (let i = 0; i < 3; i++) {
      rmSync(out, { force: true });
      const started = performance.now();
      await execFileAsync(
        CHROMIUM,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--no-pdf-header-footer',
          `--user-data-dir=${profile}`,
          `--print-to-pdf=${out}`,
          pathToFileURL(html).href,
        ],
        { timeout: 60_000 },
      );
      times.push(performance.now() - started);
    }
    return { print: summarize(times), bytes: statSync(out).size, version };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function getBriefing(base: string, headers: Record<string, string> = {}): Promise<{ status: number; etag: string | null; bytes: number }> {
  const response = await fetch(`${base}${BRIEFING_PATH}`, { headers });
  const body = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, etag: response.headers.get('etag'), bytes: body.byteLength };
}

export async function benchPdf(repo: Repository, server: ServerProcess, log: (line: string) => void): Promise<PdfResults> {
  const data = await loadBriefingData(repo);
  const workDir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const dataFile = join(workDir, 'data.json');
    writeFileSync(dataFile, JSON.stringify(data));
    log('pdf: first render in fresh node processes (bundled renderer)');
    const first = await firstRenders(workDir, dataFile, 5);

    log('pdf: warm renders in-process');
    await warmUpBriefing();
    const warm = summarize(await repeat(() => renderBriefing(data, { paper: 'A4' }), { warmup: 10, runs: 100, maxMs: 5_000, minRuns: 20 }));
    const bytes = (await renderBriefing(data, { paper: 'A4' })).byteLength;

    log('pdf: route over HTTP (200, then 304 with If-None-Match)');
    const probe = await getBriefing(server.base);
    if (probe.status !== 200 || !probe.etag) throw new Error(`GET ${BRIEFING_PATH} answered ${probe.status} (etag ${probe.etag})`);
    const routeOk = summarize(
      await repeat(async () => {
        const r = await getBriefing(server.base);
        if (r.status !== 200) throw new Error(`GET ${BRIEFING_PATH} answered ${r.status}`);
      }, { warmup: 5, runs: 60, maxMs: 6_000, minRuns: 10 }),
    );
    const routeNotModified = summarize(
      await repeat(async () => {
        const r = await getBriefing(server.base, { 'if-none-match': probe.etag! });
        if (r.status !== 304) throw new Error(`GET ${BRIEFING_PATH} with If-None-Match answered ${r.status}`);
      }, { warmup: 5, runs: 100, maxMs: 4_000, minRuns: 10 }),
    );

    log(existsSync(CHROMIUM) ? 'pdf: chromium print-to-pdf of the equivalent HTML' : `pdf: ${CHROMIUM} absent, skipping the chromium comparison`);
    const chromium = await chromiumPrint(data, workDir);
    if (probe.bytes !== bytes) log(`pdf: note: route PDF is ${probe.bytes} B, in-process render ${bytes} B`);
    return { firstRender: summarize(first.render), firstImport: summarize(first.importMs), warmRender: warm, routeOk, routeNotModified, bytes, chromium };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
