// HTTP throughput (round query, 16 connections) and the mixed load test (GraphQL + PDF, 32 connections) with autocannon.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BRIEFING_PATH, DASHBOARD_BODY, graphqlHeaders, ROUND_BODY } from './queries.ts';
import type { ServerProcess } from './setup.ts';
import { summarize, type Summary } from './stats.ts';

const execFileAsync = promisify(execFile);

interface AutocannonRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  timeout?: number;
  headers?: Record<string, string>;
  requests: AutocannonRequest[];
}

interface Histogram {
  average: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '5xx': number;
  latency: Histogram;
  requests: Histogram & { total: number; sent: number };
  statusCodeStats: Record<string, { count: number }>;
}

const CHILD = fileURLToPath(new URL('./autocannon-child.ts', import.meta.url));

/** Runs autocannon in a child process (see autocannon-child.ts for why), bounded by the run's own duration. */
async function run(options: AutocannonOptions): Promise<AutocannonResult> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(options)], {
    timeout: (options.duration + 60) * 1_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as AutocannonResult;
}

export interface ThroughputResults {
  connections: number;
  durationS: number;
  requestsPerSecond: { median: number; mean: number };
  latencyMs: { p50: number; p99: number; max: number };
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

const roundRequest: AutocannonRequest = { method: 'POST', path: '/graphql', headers: graphqlHeaders(), body: ROUND_BODY };
const dashboardRequest: AutocannonRequest = { method: 'POST', path: '/graphql', headers: graphqlHeaders(), body: DASHBOARD_BODY };
const briefingRequest: AutocannonRequest = { method: 'GET', path: BRIEFING_PATH };

export async function benchThroughput(server: ServerProcess, durationS: number): Promise<ThroughputResults> {
  const connections = 16;
  const result = await run({ url: server.base, connections, duration: durationS, timeout: 10, requests: [roundRequest] });
  return {
    connections,
    durationS: result.duration,
    requestsPerSecond: { median: result.requests.p50, mean: result.requests.average },
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

export interface LoadResults {
  connections: number;
  durationS: number;
  mode: 'full (BENCH_FULL=1)' | 'short';
  mix: string;
  requests: number;
  requestsPerSecond: { median: number; mean: number };
  latencyMs: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  rssMiB: { before: number; peak: number; after: number; samples: Summary };
}

const mib = (bytes: number) => bytes / (1024 * 1024);

export async function benchLoad(server: ServerProcess, durationS: number, full: boolean): Promise<LoadResults> {
  const connections = 32;
  const before = server.rss();
  const samples: number[] = [];
  // Sampling /proc is cheap; every 250 ms catches the peak without disturbing the server.
  const sampler = setInterval(() => samples.push(server.rss()), 250);
  let result: AutocannonResult;
  try {
    result = await run({
      url: server.base,
      connections,
      duration: durationS,
      timeout: 10,
      requests: [roundRequest, briefingRequest, roundRequest, dashboardRequest],
    });
  } finally {
    clearInterval(sampler);
  }
  // Let in-flight work and keep-alive sockets settle before the last reading.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const after = server.rss();
  return {
    connections,
    durationS: result.duration,
    mode: full ? 'full (BENCH_FULL=1)' : 'short',
    mix: 'per connection, in turn: round query, round 2 PDF, round query, dashboard query',
    requests: result.requests.total,
    requestsPerSecond: { median: result.requests.p50, mean: result.requests.average },
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    rssMiB: {
      before: mib(before),
      peak: mib(Math.max(before, after, ...samples)),
      after: mib(after),
      samples: summarize(samples.map(mib)),
    },
  };
}
