// Turns the measurements into the printed table (metric, value, target, met?) and the machine description.
import { cpus, release, totalmem } from 'node:os';
import type { BundleResults } from './bundles.ts';
import type { GraphqlResults } from './graphql.ts';
import type { IngestionResults } from './ingestion.ts';
import type { LoadResults, ThroughputResults } from './load.ts';
import type { PdfResults } from './pdf.ts';
import type { Summary } from './stats.ts';

export interface Row {
  metric: string;
  value: string;
  target: string;
  /** null when the row has no target. */
  met: boolean | null;
}

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    os: `${process.platform} ${release()}`,
  };
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const med = (s: Summary) => `${ms(s.median)} ms (p95 ${ms(s.p95)}, n=${s.runs})`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export interface Sections {
  graphql?: GraphqlResults;
  throughput?: ThroughputResults;
  load?: LoadResults;
  pdf?: PdfResults;
  ingestion?: IngestionResults;
  bundles?: BundleResults;
}

export function buildRows(s: Sections): Row[] {
  const rows: Row[] = [];
  const add = (metric: string, value: string, target = '—', met: boolean | null = null) => rows.push({ metric, value, target, met });

  if (s.graphql) {
    const g = s.graphql;
    add('GraphQL round query over HTTP', med(g.roundHttp));
    add('Raw SDK: projection Query + sources BatchGet (same items)', med(g.roundRaw));
    add('Round query ÷ raw DynamoDB read', `${g.roundRatio.toFixed(2)}×`, '≤ 2×', g.roundRatio <= 2);
    add('GraphQL dashboard query over HTTP', med(g.dashboardHttp));
    add('Raw SDK: dashboard reads (tracks, projections, people, sources)', med(g.dashboardRaw));
    add('Dashboard query ÷ raw DynamoDB reads', `${g.dashboardRatio.toFixed(2)}×`);
    add('Round query via yoga.fetch in-process (real DynamoDB)', med(g.roundInProcess));
    add('GraphQL layer alone, round query (in-memory repo)', med(g.layerRound), '≤ 1 ms', g.layerRound.median <= 1);
    add('GraphQL layer alone, dashboard query (in-memory repo)', med(g.layerDashboard));
    add(
      'DynamoDB SDK calls: round / all rounds / dashboard',
      `${g.sdkCalls.roundQuery} / ${g.sdkCalls.allRoundsQuery} / ${g.sdkCalls.dashboardQuery} (raw: ${g.sdkCalls.rawRound} / — / ${g.sdkCalls.rawDashboard})`,
      'constant in rounds',
      g.sdkCalls.allRoundsQuery <= g.sdkCalls.roundQuery,
    );
  }
  if (s.throughput) {
    const t = s.throughput;
    add(`Round query throughput, ${t.connections} connections, ${t.durationS.toFixed(0)} s`, `${t.requestsPerSecond.median} req/s (mean ${t.requestsPerSecond.mean.toFixed(0)})`);
    add('  latency p50 / p99', `${t.latencyMs.p50} / ${t.latencyMs.p99} ms`);
    add('  errors / non-2xx', `${t.errors + t.timeouts} / ${t.non2xx} of ${t.requests}`, '0 / 0', t.errors + t.timeouts === 0 && t.non2xx === 0);
  }
  if (s.load) {
    const l = s.load;
    add(`Mixed load, ${l.connections} connections, ${l.durationS.toFixed(0)} s (${l.mode})`, `${l.requests} requests, ${l.requestsPerSecond.median} req/s`);
    add('  errors / non-2xx', `${l.errors + l.timeouts} / ${l.non2xx}`, '0 / 0', l.errors + l.timeouts === 0 && l.non2xx === 0);
    add('  latency p50 / p99', `${l.latencyMs.p50} / ${l.latencyMs.p99} ms`);
    add('  server RSS before → after (peak)', `${l.rssMiB.before.toFixed(0)} → ${l.rssMiB.after.toFixed(0)} MiB (${l.rssMiB.peak.toFixed(0)})`);
  }
  if (s.pdf) {
    const p = s.pdf;
    add('PDF first render, fresh node (bundled renderer)', med(p.firstRender), '< 150 ms', p.firstRender.median < 150);
    add('  bundle import in that process', med(p.firstImport));
    add('PDF warm render, in-process', med(p.warmRender), '< 20 ms', p.warmRender.median < 20);
    add('GET /briefings/…/2.pdf over HTTP (200)', med(p.routeOk));
    add('GET with If-None-Match (304)', med(p.routeNotModified));
    add('PDF size', kb(p.bytes), '< 100 KB', p.bytes < 100_000);
    if ('skipped' in p.chromium) add('Chromium print-to-pdf, same page', `skipped: ${p.chromium.skipped}`);
    else {
      add('Chromium print-to-pdf, same page (fresh chromium)', med(p.chromium.print));
      add('  Chromium PDF size', kb(p.chromium.bytes));
    }
  }
  if (s.ingestion) {
    const i = s.ingestion;
    if (i.extractionFresh) {
      add(`Extraction per article, fresh process (${i.extraction.articles} seeds × ${i.extractionFresh.runs / i.extraction.articles})`, med(i.extractionFresh), '≤ 10 ms', i.extractionFresh.median <= 10);
      add('  same, in the bench process after the sections above', med(i.extraction));
    } else add(`Extraction per article (${i.extraction.articles} seeds × ${i.extraction.repetitions})`, med(i.extraction), '≤ 10 ms', i.extraction.median <= 10);
    add('Extraction per generated variant (200)', med(i.extractionVariants));
    if (i.extractionHostile) add('Extraction of a hostile 190 KB run-on input (5 shapes × 3)', `${med(i.extractionHostile)}, max ${i.extractionHostile.max.toFixed(0)} ms`);
    add('Single ingestArticle into a fresh track (with writes)', med(i.singleIntoFreshTrack));
    for (const g of i.growth) {
      const status = g.completed ? '' : g.error ? ' — FAILED' : ' — stopped by time budget';
      add(
        `Batch ingest (ingestArticles ×50), ${g.articles} articles${status}`,
        `${(g.totalMs / 1000).toFixed(2)} s, ${ms(g.msPerArticle)} ms/article${g.completed ? '' : ` (${g.ingested} stored)`}, ${g.duplicatesFlagged} dup., largest item ${kb(g.largestProjectionItem.bytes)}`,
        g.completed ? '—' : 'completes',
        g.completed ? null : false,
      );
    }
    const allDone = i.growth.every((g) => g.completed);
    add(
      `  ms/article at ${i.linearityOf.toLocaleString('en')} ÷ at 10${allDone ? '' : ' (1,000 did not complete)'}`,
      `${i.linearityRatio.toFixed(2)}`,
      '≤ 2 (linear) at 1,000',
      allDone && i.linearityRatio <= 2,
    );
    for (const g of i.growth) {
      if (g.completed) add(`Single ingest into a track of ${g.articles}`, med(g.singleIngestIntoTrack), 'grows (re-merge)');
    }
  }
  if (s.bundles) {
    for (const b of s.bundles.bundles) {
      add(`${b.name} bundle size (min, map external)`, kb(b.bytes), b.name === 'graphql' ? '≤ 800 KB' : '—', b.name === 'graphql' ? b.bytes <= 800_000 : null);
      add(`${b.name} bundle cold load (import, --enable-source-maps)`, med(b.load), '≤ 150 ms', b.load.median <= 150);
      add(`  without source maps / process wall`, `${ms(b.loadWithoutSourceMaps.median)} ms / ${ms(b.processWall.median)} ms`);
    }
  }
  return rows;
}

/** A Markdown table, readable as-is in a terminal and pasteable into the README. */
export function formatTable(rows: Row[]): string {
  const cells = rows.map((r) => [r.metric, r.value, r.target, r.met === null ? '' : r.met ? 'yes' : 'NO']);
  const header = ['Metric', 'Value (median)', 'Target', 'Met'];
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
