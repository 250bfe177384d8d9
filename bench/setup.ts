// Bench environment: DynamoDB Local in memory on a free port, one table, the local server in a child process, seeds via GraphQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDynamoDbLocal, type DynamoDbLocal } from '../functions/local/dynamodb-local.ts';
import { SEED_TRACK, seedTrack, type GraphQLPost, type SeedLine } from '../functions/local/seeds.ts';
import { createDynamoClient } from '../functions/store/client.ts';
import { createRepository, type Repository } from '../functions/store/repository.ts';
import { ensureTable } from '../functions/store/table.ts';

export const BENCH_TOKEN = 'bench-token-not-a-secret-0123456789';
export const TABLE_NAME = 'bench-briefings';

export interface ServerProcess {
  base: string;
  pid: number;
  child: ChildProcess;
  /** VmRSS of the server process from /proc, in bytes. */
  rss(): number;
  stop(): Promise<void>;
}

export interface BenchEnv {
  dynamo: DynamoDbLocal;
  client: DynamoDBClient;
  repo: Repository;
  server: ServerProcess;
  post: GraphQLPost;
  seeded: SeedLine[];
  stop(): Promise<void>;
}

export function readRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : Number.NaN;
}

/** The environment the Lambda handlers read at import, pointed at the bench table. */
export function handlerEnv(endpoint: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TABLE_NAME,
    DYNAMODB_ENDPOINT: endpoint,
    BRIEFING_API_TOKEN: BENCH_TOKEN,
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    AWS_REGION: 'local',
  };
}

async function startServer(endpoint: string): Promise<ServerProcess> {
  const entry = fileURLToPath(new URL('./server-child.ts', import.meta.url));
  // node --import tsx runs the TypeScript in this very process, so the pid is the server's own (no tsx wrapper).
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: handlerEnv(endpoint),
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench server did not start within 30 s: ${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}: ${stderr}`)));
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'listening' && message.port) {
        clearTimeout(timer);
        resolve(message.port);
      }
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    child,
    rss: () => readRss(child.pid!),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export function httpPost(base: string, token: string | null): GraphQLPost {
  return async (query, variables) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Awaited<ReturnType<GraphQLPost>>;
  };
}

export async function startBenchEnv(log: (line: string) => void): Promise<BenchEnv> {
  // No dataDir: DynamoDB Local runs in memory, so nothing is left on disk.
  const dynamo = await startDynamoDbLocal();
  let server: ServerProcess | null = null;
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  const stop = async () => {
    await server?.stop();
    client.destroy();
    await dynamo.stop();
  };
  try {
    await ensureTable(client, TABLE_NAME);
    log(`DynamoDB Local on ${dynamo.endpoint} (in memory), table ${TABLE_NAME}`);
    server = await startServer(dynamo.endpoint);
    log(`local server (real handlers) on ${server.base}, pid ${server.pid}`);
    const post = httpPost(server.base, BENCH_TOKEN);
    const seeded = await seedTrack(post);
    log(`seeded ${seeded.length} articles into ${SEED_TRACK.slug} via the ingestArticle mutation`);
    const repo = createRepository({ client, tableName: TABLE_NAME });
    return { dynamo, client, repo, server, post, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
