// `npm start`: DynamoDB Local (unless DYNAMODB_ENDPOINT is set), the table, the seeds once, and the local server.
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDynamoClient } from '../store/client.ts';
import { ensureTable } from '../store/table.ts';
import { JavaMissingError, startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local.ts';
import { SEED_TRACK, seedTrack, type GraphQLPost } from './seeds.ts';
import { createLocalServer } from './server.ts';

class StartError extends Error {}

function parsePort(raw: string | undefined): number {
  const port = Number(raw ?? 4000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartError(`PORT must be a number from 1 to 65535, got "${raw}".`);
  return port;
}

/** BRIEFING_API_TOKEN, else the token kept in DATA_DIR, else a new one written there (owner-only). */
function resolveToken(dataDir: string): { token: string; origin: string } {
  if (process.env.BRIEFING_API_TOKEN?.trim()) return { token: process.env.BRIEFING_API_TOKEN.trim(), origin: 'BRIEFING_API_TOKEN' };
  const file = join(dataDir, 'api-token');
  if (existsSync(file)) return { token: readFileSync(file, 'utf8').trim(), origin: file };
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return { token, origin: `${file} (new)` };
}

async function assertReachable(endpoint: string): Promise<void> {
  const client = createDynamoClient({ endpoint });
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }));
  } catch (error) {
    throw new StartError(`Cannot reach DynamoDB at DYNAMODB_ENDPOINT=${endpoint}: ${(error as Error).message || (error as Error).name}. Start it, or unset DYNAMODB_ENDPOINT to use the embedded DynamoDB Local.`);
  } finally {
    client.destroy();
  }
}

function graphqlEvent(body: string, token: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}`, host: 'localhost' },
    requestContext: {
      accountId: 'local', apiId: 'local', domainName: 'localhost', domainPrefix: 'localhost',
      http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'seed' },
      requestId: 'seed', routeKey: 'POST /graphql', stage: '$default', time: new Date().toUTCString(), timeEpoch: Date.now(),
    },
    body,
    isBase64Encoded: false,
  };
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT);
  const dataDir = resolve(process.env.DATA_DIR ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  process.env.TABLE_NAME ||= 'negotiation-briefings';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';

  let db: DynamoDbLocal | null = null;
  const stop = async (code: number) => {
    await db?.stop();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => void stop(0));
  // Last resort: never leave the JVM behind, whatever ends this process.
  process.once('exit', () => db?.process.kill('SIGKILL'));

  try {
    if (process.env.DYNAMODB_ENDPOINT) {
      await assertReachable(process.env.DYNAMODB_ENDPOINT);
    } else {
      db = await startDynamoDbLocal({ dataDir: join(dataDir, 'dynamodb') });
      process.env.DYNAMODB_ENDPOINT = db.endpoint;
    }
    const { token, origin } = resolveToken(dataDir);
    process.env.BRIEFING_API_TOKEN = token;

    const client = createDynamoClient({ endpoint: process.env.DYNAMODB_ENDPOINT });
    await ensureTable(client, process.env.TABLE_NAME);
    client.destroy();

    // The handlers read their configuration at import, so they are loaded once the environment is settled.
    const graphql = await import('../graphql.ts');
    const briefing = await import('../briefing.ts');
    const { repo } = await import('../api/runtime.ts');

    if (!(await repo.getTrack(SEED_TRACK.slug))) {
      const post: GraphQLPost = async (query, variables) => {
        const result = await graphql.handler(graphqlEvent(JSON.stringify({ query, variables }), token));
        return JSON.parse(result.body ?? '{}');
      };
      for (const line of await seedTrack(post)) {
        console.log(`  seeded ${line.file}: ${line.alreadyIngested ? 'already ingested' : `${line.factsAdded} facts added, ${line.factsCorroborated} corroborated`}${line.duplicateOf ? ' (duplicate of an earlier article)' : ''}`);
      }
    }

    const server = createLocalServer({ graphql: graphql.handler, briefing: briefing.handler }, (line) => console.error(line));
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new StartError(`Port ${port} is already in use on 127.0.0.1; set PORT to a free port, e.g. PORT=4001 npm start.`) : error),
      );
      server.listen(port, '127.0.0.1', () => resolveListen());
    });
    const base = `http://127.0.0.1:${port}`;
    console.log(`
Negotiation briefings is running.
  GraphQL API + GraphiQL   ${base}/graphql
  Briefing PDF             ${base}/briefings/${SEED_TRACK.slug}/2.pdf
  Database                 ${db ? `DynamoDB Local on ${db.endpoint}, data in ${join(dataDir, 'dynamodb')}` : process.env.DYNAMODB_ENDPOINT}, table ${process.env.TABLE_NAME}
  API token (mutations)    Authorization: Bearer ${token}   (from ${origin})
Press CTRL-C to stop.`);
  } catch (error) {
    const message = error instanceof StartError || error instanceof JavaMissingError ? error.message : `Could not start: ${(error as Error).message}`;
    console.error(message);
    await stop(1);
  }
}

void main();
