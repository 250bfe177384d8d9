// `npm run bench`: measures the API, the PDF briefing, ingestion and the Lambda bundles; prints a table, writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { benchBundles } from './bundles.ts';
import { benchGraphql } from './graphql.ts';
import { benchIngestion } from './ingestion.ts';
import { benchLoad, benchThroughput } from './load.ts';
import { benchPdf } from './pdf.ts';
import { buildRows, formatTable, machine, type Sections } from './report.ts';
import { startBenchEnv, type BenchEnv } from './setup.ts';

const SECTIONS = ['graphql', 'throughput', 'load', 'pdf', 'ingestion', 'bundles'] as const;
type Section = (typeof SECTIONS)[number];

const full = process.env.BENCH_FULL === '1';
const loadSeconds = full ? 60 : 15;
const throughputSeconds = 10;
// BENCH_ONLY=pdf,bundles runs a subset while working on one area; the default is everything.
const only = new Set((process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean) ?? [...SECTIONS]) as Section[]);
const wants = (section: Section) => only.has(section);

const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);

async function main(): Promise<void> {
  const sections: Sections = {};
  const notes: string[] = [];
  log(`load test: ${loadSeconds} s (${full ? 'BENCH_FULL=1' : 'short; set BENCH_FULL=1 for 60 s'})`);
  let env: BenchEnv | null = null;
  const stop = async () => {
    const current = env;
    env = null;
    await current?.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }
  try {
    if (SECTIONS.slice(0, 5).some(wants)) {
      env = await startBenchEnv(log);
      if (wants('graphql')) sections.graphql = await benchGraphql(env, log);
      if (wants('throughput')) {
        log(`throughput: round query, 16 connections, ${throughputSeconds} s (autocannon)`);
        sections.throughput = await benchThroughput(env.server, throughputSeconds);
      }
      if (wants('load')) {
        log(`load: mixed GraphQL + PDF, 32 connections, ${loadSeconds} s (autocannon)`);
        sections.load = await benchLoad(env.server, loadSeconds, full);
      }
      if (wants('pdf')) sections.pdf = await benchPdf(env.repo, env.server, log);
      if (wants('ingestion')) {
        // The growth steps get what remains of a ~4 min budget, so the whole run stays under 5 minutes.
        const budget = Math.max(30_000, 240_000 - (performance.now() - started) - (wants('bundles') ? 30_000 : 0));
        sections.ingestion = await benchIngestion(env.repo, log, budget);
      }
      await stop();
      log('DynamoDB Local and the bench server stopped');
    }
    if (wants('bundles')) sections.bundles = await benchBundles(log);
  } finally {
    await stop();
  }

  if (sections.pdf && 'skipped' in sections.pdf.chromium) notes.push(`Chromium comparison skipped: ${sections.pdf.chromium.skipped}.`);
  if (sections.graphql) {
    notes.push(
      'The "GraphQL layer alone" rows time yoga.fetch over a bench-only in-memory repository (a snapshot of the real ' +
        `table's reads), so they exclude DynamoDB; its answers ${sections.graphql.layerStubMatchesReal ? 'matched' : 'DID NOT match'} the real ones byte for byte, ` +
        `and it made ${sections.graphql.layerSdkCallsDuringMeasurement} SDK calls while measured.`,
    );
  }
  if (sections.bundles) notes.push(`Bundle options from ${sections.bundles.optionsFrom}.`);

  const rows = buildRows(sections);
  const table = formatTable(rows);
  const totalSeconds = (performance.now() - started) / 1000;
  console.log(`\n${table}\n`);
  for (const note of notes) console.log(`note: ${note}`);
  const info = machine();
  console.log(`machine: ${info.cpuModel}, ${info.cores} cores, ${info.memoryGiB} GiB, node ${info.node}, ${info.os}; bench took ${totalSeconds.toFixed(0)} s`);

  const results = {
    timestamp: new Date().toISOString(),
    machine: info,
    settings: { full, loadSeconds, throughputSeconds, sections: [...only] },
    durationSeconds: totalSeconds,
    rows,
    notes,
    ...sections,
  };
  const out = fileURLToPath(new URL('./results.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${out}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
