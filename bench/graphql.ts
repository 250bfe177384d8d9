// GraphQL cost: over HTTP vs a raw SDK read of the same items, the layer alone (in memory), and SDK calls per query.
import { BatchGetItemCommand, DynamoDBClient, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { performance } from 'node:perf_hooks';
import { createApi } from '../functions/api/yoga.ts';
import { LOCAL_CREDENTIALS } from '../functions/local/dynamodb-local.ts';
import { PROJECTION_RANGE, TRACK_LIST_PK, keys, trackPk } from '../functions/store/keys.ts';
import { createRepository, type Repository, type TrackProjectionItems } from '../functions/store/repository.ts';
import {
  ALL_ROUNDS_BODY,
  BENCH_ROUND,
  BENCH_SLUG,
  DASHBOARD_BODY,
  graphqlHeaders,
  ROUND_BODY,
} from './queries.ts';
import { BENCH_TOKEN, TABLE_NAME, type BenchEnv } from './setup.ts';
import { repeat, summarize, type Summary } from './stats.ts';

export interface GraphqlResults {
  roundHttp: Summary;
  roundRaw: Summary;
  roundRatio: number;
  dashboardHttp: Summary;
  dashboardRaw: Summary;
  dashboardRatio: number;
  roundInProcess: Summary;
  layerRound: Summary;
  layerDashboard: Summary;
  layerStubMatchesReal: boolean;
  layerSdkCallsDuringMeasurement: number;
  sdkCalls: { roundQuery: number; allRoundsQuery: number; dashboardQuery: number; rawRound: number; rawDashboard: number };
  sdkCommands: { roundQuery: string[]; allRoundsQuery: string[]; dashboardQuery: string[] };
  responseBytes: { round: number; dashboard: number };
}

type RawItem = Record<string, AttributeValue>;

function countingClient(endpoint: string): { client: DynamoDBClient; calls: { count: number; commands: string[] } } {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: LOCAL_CREDENTIALS });
  const calls = { count: 0, commands: [] as string[] };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      calls.count++;
      calls.commands.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'benchCountCalls' },
  );
  return { client, calls };
}

async function queryAllRaw(client: DynamoDBClient, input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<RawItem[]> {
  const items: RawItem[] = [];
  let ExclusiveStartKey: RawItem | undefined;
  do {
    const page = await client.send(new QueryCommand({ ...input, TableName: TABLE_NAME, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

async function batchGetRaw(client: DynamoDBClient, keyList: { pk: string; sk: string }[]): Promise<RawItem[]> {
  const found: RawItem[] = [];
  for (let i = 0; i < keyList.length; i += 100) {
    let pending: RawItem[] = keyList.slice(i, i + 100).map((k) => ({ pk: { S: k.pk }, sk: { S: k.sk } }));
    // Bounded: DynamoDB Local does not throttle, so UnprocessedKeys should stay empty.
    for (let attempt = 0; pending.length > 0 && attempt < 5; attempt++) {
      const response = await client.send(new BatchGetItemCommand({ RequestItems: { [TABLE_NAME]: { Keys: pending } } }));
      found.push(...(response.Responses?.[TABLE_NAME] ?? []));
      pending = response.UnprocessedKeys?.[TABLE_NAME]?.Keys ?? [];
    }
  }
  return found;
}

function collectSourceIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collectSourceIds(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sourceId' && typeof v === 'string') into.add(v);
      else if (key === 'sourceIds' && Array.isArray(v)) for (const id of v) if (typeof id === 'string') into.add(id);
      else collectSourceIds(v, into);
    }
  }
}

const projectionQuery = (slug: string) => ({
  KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
  ExpressionAttributeValues: { ':pk': { S: trackPk(slug) }, ':from': { S: PROJECTION_RANGE.from }, ':to': { S: PROJECTION_RANGE.to } },
});

/** What the round query reads, straight from the SDK: the one projection Query, then a BatchGet of the cited sources. */
export async function rawRound(client: DynamoDBClient, slug: string, number: number): Promise<RawItem[]> {
  const items = await queryAllRaw(client, projectionQuery(slug));
  const sourceIds = new Set<string>();
  for (const raw of items) {
    const item = unmarshall(raw);
    if (item.roundNumber === number || item.number === number) collectSourceIds(item, sourceIds);
  }
  return [...items, ...(await batchGetRaw(client, [...sourceIds].map((id) => keys.sourceKey(id))))];
}

/** What the dashboard reads: the track list, each track's projection, the people index, the sources. */
export async function rawDashboard(client: DynamoDBClient): Promise<RawItem[]> {
  const tracks = await queryAllRaw(client, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': { S: TRACK_LIST_PK } },
    Limit: 21,
  });
  const [projections, people] = await Promise.all([
    Promise.all(tracks.map((t) => queryAllRaw(client, projectionQuery(t.slug!.S!)))),
    queryAllRaw(client, { IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'PEOPLE' } } }),
  ]);
  const sourceIds = new Set<string>();
  for (const raw of projections.flat()) collectSourceIds(unmarshall(raw), sourceIds);
  return [...tracks, ...projections.flat(), ...people, ...(await batchGetRaw(client, [...sourceIds].map((id) => keys.sourceKey(id))))];
}

/**
 * A bench-only repository whose read paths answer from a snapshot taken from the real table, so timing
 * `yoga.fetch` measures parsing, validation, armor limits, resolvers and serialization, and no database.
 */
async function inMemoryRepository(real: Repository): Promise<Repository> {
  const list = await real.listTracks(100, null);
  const tracks = new Map(list.items.map((t) => [t.slug, t]));
  const projections = new Map<string, TrackProjectionItems>();
  for (const slug of tracks.keys()) projections.set(slug, await real.getTrackProjection(slug));
  const sources = new Map((await real.listSources()).map((s) => [s.id, s]));
  const people = await real.listPeopleParts();
  return {
    ...real,
    getTrack: async (slug) => tracks.get(slug) ?? null,
    getTracks: async (slugs) => slugs.flatMap((slug) => tracks.get(slug) ?? []),
    listTracks: async () => list,
    getTrackProjection: async (slug) => projections.get(slug) ?? { rounds: [], facts: [] },
    getSources: async (ids) => ids.flatMap((id) => sources.get(id) ?? []),
    listSources: async () => [...sources.values()],
    listPeopleParts: async () => people,
  };
}

async function postHttp(base: string, body: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: graphqlHeaders(), body });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GraphQL over HTTP answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

function assertData(text: string, what: string): void {
  const parsed = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
  if (parsed.errors?.length) throw new Error(`${what} returned errors: ${parsed.errors.map((e) => e.message).join('; ')}`);
  if (!parsed.data) throw new Error(`${what} returned no data`);
}

/** Alternates A and B run by run, so drift (GC, JIT, the other processes) lands on both sides equally. */
async function interleaved(a: () => Promise<unknown>, b: () => Promise<unknown>, options: { runs: number; maxMs: number; minRuns: number }): Promise<[number[], number[]]> {
  const timesA: number[] = [];
  const timesB: number[] = [];
  const deadline = performance.now() + options.maxMs;
  for (let i = 0; i < options.runs && (i < options.minRuns || performance.now() < deadline); i++) {
    let started = performance.now();
    await a();
    timesA.push(performance.now() - started);
    started = performance.now();
    await b();
    timesB.push(performance.now() - started);
  }
  return [timesA, timesB];
}

export async function benchGraphql(env: BenchEnv, log: (line: string) => void): Promise<GraphqlResults> {
  const { base } = env.server;
  const roundText = await postHttp(base, ROUND_BODY);
  assertData(roundText, 'round query');
  if (!(JSON.parse(roundText) as { data: { track: { round: unknown } | null } }).data.track?.round) {
    throw new Error(`round ${BENCH_ROUND} of ${BENCH_SLUG} is missing after seeding`);
  }
  const dashboardText = await postHttp(base, DASHBOARD_BODY);
  assertData(dashboardText, 'dashboard query');

  const { client: rawClient, calls: rawCalls } = countingClient(env.dynamo.endpoint);
  // Both JITs (the server's V8 and DynamoDB Local's JVM) need a few seconds before figures settle.
  log('graphql: warming up the server and DynamoDB Local (≤ 4 s)');
  await repeat(async () => {
    await postHttp(base, ROUND_BODY);
    await postHttp(base, DASHBOARD_BODY);
    await rawRound(rawClient, BENCH_SLUG, BENCH_ROUND);
  }, { runs: 150, maxMs: 4_000 });

  const loop = { runs: 250, maxMs: 10_000, minRuns: 30 };
  log('graphql: round query over HTTP vs raw SDK, interleaved');
  const [roundHttpTimes, roundRawTimes] = await interleaved(() => postHttp(base, ROUND_BODY), () => rawRound(rawClient, BENCH_SLUG, BENCH_ROUND), loop);
  log('graphql: dashboard query over HTTP vs raw SDK, interleaved');
  const [dashboardHttpTimes, dashboardRawTimes] = await interleaved(() => postHttp(base, DASHBOARD_BODY), () => rawDashboard(rawClient), { ...loop, runs: 150, maxMs: 6_000 });
  const roundHttp = summarize(roundHttpTimes);
  const roundRaw = summarize(roundRawTimes);
  const dashboardHttp = summarize(dashboardHttpTimes);
  const dashboardRaw = summarize(dashboardRawTimes);
  rawCalls.count = 0;
  await rawRound(rawClient, BENCH_SLUG, BENCH_ROUND);
  const rawRoundCalls = rawCalls.count;
  rawCalls.count = 0;
  await rawDashboard(rawClient);
  const rawDashboardCalls = rawCalls.count;
  rawClient.destroy();

  // The same yoga the handler builds, in-process over a counting client: round trips per query.
  const { client, calls } = countingClient(env.dynamo.endpoint);
  const realRepo = createRepository({ client, tableName: TABLE_NAME });
  const api = createApi({ repo: realRepo, token: BENCH_TOKEN, corsOrigins: '*', publicUrl: null });
  const fetchApi = async (yoga: typeof api, body: string) => {
    const response = await yoga.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: graphqlHeaders(), body });
    return response.text();
  };
  const countOf = async (body: string) => {
    calls.count = 0;
    calls.commands = [];
    assertData(await fetchApi(api, body), 'in-process query');
    return { count: calls.count, commands: [...calls.commands] };
  };
  const round1 = await countOf(ROUND_BODY);
  const allRounds = await countOf(ALL_ROUNDS_BODY);
  const dashboard = await countOf(DASHBOARD_BODY);
  log('graphql: yoga.fetch in-process (real DynamoDB), then the layer alone (in-memory repository)');
  const roundInProcess = summarize(await repeat(() => fetchApi(api, ROUND_BODY), loop));

  const stubApi = createApi({ repo: await inMemoryRepository(realRepo), token: BENCH_TOKEN, corsOrigins: '*', publicUrl: null });
  const realRound = await fetchApi(api, ROUND_BODY);
  const realDashboard = await fetchApi(api, DASHBOARD_BODY);
  calls.count = 0;
  const stubMatches = (await fetchApi(stubApi, ROUND_BODY)) === realRound && (await fetchApi(stubApi, DASHBOARD_BODY)) === realDashboard;
  const layerLoop = { warmup: 100, runs: 2_000, maxMs: 5_000, minRuns: 100 };
  const layerRound = summarize(await repeat(() => fetchApi(stubApi, ROUND_BODY), layerLoop));
  const layerDashboard = summarize(await repeat(() => fetchApi(stubApi, DASHBOARD_BODY), { ...layerLoop, runs: 500 }));
  const layerCalls = calls.count;
  client.destroy();

  return {
    roundHttp,
    roundRaw,
    roundRatio: roundHttp.median / roundRaw.median,
    dashboardHttp,
    dashboardRaw,
    dashboardRatio: dashboardHttp.median / dashboardRaw.median,
    roundInProcess,
    layerRound,
    layerDashboard,
    layerStubMatchesReal: stubMatches,
    layerSdkCallsDuringMeasurement: layerCalls,
    sdkCalls: {
      roundQuery: round1.count,
      allRoundsQuery: allRounds.count,
      dashboardQuery: dashboard.count,
      rawRound: rawRoundCalls,
      rawDashboard: rawDashboardCalls,
    },
    sdkCommands: { roundQuery: round1.commands, allRoundsQuery: allRounds.commands, dashboardQuery: dashboard.commands },
    responseBytes: { round: Buffer.byteLength(roundText), dashboard: Buffer.byteLength(dashboardText) },
  };
}
