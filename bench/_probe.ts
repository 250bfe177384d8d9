import { createRequire } from 'node:module';
import { startBenchEnv } from './setup.ts';
import { ROUND_BODY, GRAPHQL_HEADERS } from './queries.ts';
const autocannon = createRequire(import.meta.url)('autocannon');
const env = await startBenchEnv(console.log);
try {
  const r: any = await new Promise((res, rej) => autocannon({ url: env.server.base, connections: 2, duration: 2, timeout: 10, requests: [{ method: 'POST', path: '/graphql', headers: GRAPHQL_HEADERS, body: ROUND_BODY }] }, (e: any, x: any) => e ? rej(e) : res(x)));
  console.log(r.requests, r.latency.p50, r.errors, r['2xx'], r.statusCodeStats, r.mismatches, r.resets, r.timeouts);
  const r2: any = await new Promise((res, rej) => autocannon({ url: env.server.base, connections: 2, duration: 2, timeout: 10, method: 'POST', headers: { ...GRAPHQL_HEADERS }, body: ROUND_BODY }, (e: any, x: any) => e ? rej(e) : res(x)));
  console.log(r2.requests.total, r2['2xx'], r2.statusCodeStats);
} finally { await env.stop(); }
