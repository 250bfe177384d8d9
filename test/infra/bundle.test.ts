// Synthesizes the real stack with esbuild, then runs each Lambda asset alone (no node_modules) against DynamoDB Local.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEFING_FONT_FILES, BriefingStack, PROJECT_ROOT } from '../../infra/briefing-stack.ts';
import { createTestTable, type TestTable } from '../helpers/dynamodb.ts';
import { parsePdf } from '../helpers/pdf.ts';

const run = promisify(execFile);
const TOKEN = 'bundle-test-token-0123456789abcdefghijklmn';
const TRACK = { slug: 'russia-us-embassy-talks', title: 'Russia–US consultations on embassy operations' };

/** Loads the bundle, calls `handler` once per event, and writes the results: what a Lambda container does. */
const RUNNER = `
import { readFileSync, writeFileSync } from 'node:fs';
const events = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const started = performance.now();
const { handler } = await import('./index.mjs');
const loadMs = performance.now() - started;
const results = [];
for (const event of events) {
  const context = { functionName: 'bundle-test', awsRequestId: event.requestContext.requestId,
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:bundle-test', memoryLimitInMB: '1024',
    getRemainingTimeInMillis: () => 10000 };
  try { results.push({ ok: await handler(event, context) }); }
  catch (error) { results.push({ error: String(error && error.stack || error) }); }
}
writeFileSync(process.argv[3], JSON.stringify({ loadMs, results }));
`;

function httpEvent(init: {
  method: 'GET' | 'POST';
  routeKey: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  pathParameters?: Record<string, string>;
}): APIGatewayProxyEventV2 {
  const requestId = `req-${Math.random().toString(36).slice(2)}`;
  return {
    version: '2.0',
    routeKey: init.routeKey,
    rawPath: init.path,
    rawQueryString: '',
    headers: {
      host: 'api.example.test',
      'user-agent': 'bundle-test',
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    pathParameters: init.pathParameters,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'api.example.test',
      domainPrefix: 'api',
      http: { method: init.method, path: init.path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bundle-test' },
      requestId,
      routeKey: init.routeKey,
      stage: '$default',
      time: '10/Apr/2025:12:00:00 +0000',
      timeEpoch: 1744286400000,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    isBase64Encoded: false,
  };
}

function graphqlPost(query: string, variables?: Record<string, unknown>, token?: string): APIGatewayProxyEventV2 {
  return httpEvent({
    method: 'POST',
    routeKey: 'POST /graphql',
    path: '/graphql',
    body: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

interface Invocation {
  loadMs: number;
  results: Array<{ ok?: { statusCode?: number; body?: string; isBase64Encoded?: boolean; headers?: Record<string, unknown> }; error?: string }>;
}

describe('bundled Lambda assets', () => {
  let outdir: string;
  const workdirs: string[] = [];
  const assets: Record<'graphql' | 'briefing', string> = { graphql: '', briefing: '' };
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable('bundle');
    outdir = mkdtempSync(join(tmpdir(), 'briefing-synth-'));
    const app = new App({ outdir });
    const stack = new BriefingStack(app, 'BundleTest');
    const artifact = app.synth().getStackByName(stack.stackName);
    const resources = Object.values(artifact.template.Resources as Record<string, { Type: string; Properties: any }>);
    for (const [name, pattern] of [['graphql', /GraphQL/], ['briefing', /PDF/]] as const) {
      const fn = resources.find((r) => r.Type === 'AWS::Lambda::Function' && pattern.test(r.Properties.Description));
      const hash = String(fn?.Properties.Code.S3Key).replace(/\.zip$/, '');
      // Copied away from the repo so nothing can resolve from /work/main/node_modules.
      const workdir = mkdtempSync(join(tmpdir(), `briefing-${name}-`));
      cpSync(join(outdir, `asset.${hash}`), workdir, { recursive: true });
      writeFileSync(join(workdir, 'runner.mjs'), RUNNER);
      workdirs.push(workdir);
      assets[name] = workdir;
    }
  }, 120_000);

  afterAll(async () => {
    await table?.drop();
    for (const dir of [outdir, ...workdirs]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function invoke(workdir: string, events: APIGatewayProxyEventV2[]): Promise<Invocation> {
    const eventsFile = join(workdir, `events-${Date.now()}.json`);
    const resultsFile = `${eventsFile}.out`;
    writeFileSync(eventsFile, JSON.stringify(events));
    await run(process.execPath, ['runner.mjs', eventsFile, resultsFile], {
      cwd: workdir,
      // Only what Lambda would set plus the local overrides; nothing from this test process leaks in.
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: '--enable-source-maps',
        TABLE_NAME: table.tableName,
        DYNAMODB_ENDPOINT: table.endpoint,
        AWS_REGION: 'local',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        BRIEFING_API_TOKEN: TOKEN,
        PUBLIC_URL: 'https://api.example.test',
        CORS_ORIGINS: '*',
        POWERTOOLS_SERVICE_NAME: 'negotiation-briefings',
        POWERTOOLS_METRICS_NAMESPACE: 'NegotiationBriefings',
        POWERTOOLS_LOG_LEVEL: 'WARN',
        POWERTOOLS_DEV: 'true',
      },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 30_000,
    });
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as Invocation;
  }

  function graphqlData(result: Invocation['results'][number]): Record<string, any> {
    expect(result.error).toBeUndefined();
    expect(result.ok?.statusCode).toBe(200);
    const body = JSON.parse(result.ok!.body!) as { data?: Record<string, any>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  it('ships the DejaVu fonts and the files pdfkit reads at run time next to the briefing bundle', () => {
    expect(readdirSync(join(assets.briefing, 'fonts')).sort()).toEqual([...BRIEFING_FONT_FILES].sort());
    expect(readdirSync(join(assets.briefing, 'standard-fonts'))).toContain('Helvetica.cjs');
    expect(readdirSync(join(assets.briefing, 'data'))).toEqual(['sRGB_IEC61966_2_1.icc']);
    expect(JSON.parse(readFileSync(join(assets.briefing, 'package.json'), 'utf8')).imports).toHaveProperty('#standard-fonts/*');
  });

  it(
    'ingests the seed articles through the graphql bundle and renders a one-page PDF from the briefing bundle',
    async () => {
      const seedDir = join(PROJECT_ROOT, 'seeds');
      const seedFiles = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort();
      expect(seedFiles).toHaveLength(5);
      const events = [
        graphqlPost(
          'mutation($input: CreateTrackInput!) { createTrack(input: $input) { slug } }',
          { input: TRACK },
          TOKEN,
        ),
        ...seedFiles.map((file) =>
          graphqlPost(
            'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { factsAdded } }',
            { input: { track: TRACK.slug, text: readFileSync(join(seedDir, file), 'utf8') } },
            TOKEN,
          ),
        ),
        graphqlPost(`{ track(slug: "${TRACK.slug}") { rounds { number status venue } } }`),
      ];

      const graphql = await invoke(assets.graphql, events);

      const [created, ...rest] = graphql.results;
      expect(graphqlData(created!).createTrack).toEqual({ slug: TRACK.slug });
      const ingested = rest.slice(0, seedFiles.length).map((r) => graphqlData(r).ingestArticle.factsAdded as number);
      expect(ingested.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
      const rounds = graphqlData(rest.at(-1)!).track.rounds as Array<{ number: number; status: string }>;
      expect(rounds.map((r) => r.number)).toContain(2);

      const briefing = await invoke(assets.briefing, [
        httpEvent({
          method: 'GET',
          routeKey: 'GET /briefings/{track}/{file}',
          path: `/briefings/${TRACK.slug}/2.pdf`,
          pathParameters: { track: TRACK.slug, file: '2.pdf' },
        }),
      ]);

      const response = briefing.results[0]!;
      expect(response.error).toBeUndefined();
      expect(response.ok).toMatchObject({ statusCode: 200, isBase64Encoded: true });
      const pdf = Buffer.from(response.ok!.body!, 'base64');
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const parsed = await parsePdf(pdf);
      expect(parsed.pageCount).toBe(1);
      expect(parsed.pages[0]).toContain('Istanbul');
      // Informational only: this box runs other suites at the same time, so the numbers are not asserted.
      console.info(`cold import: graphql ${graphql.loadMs.toFixed(0)} ms, briefing ${briefing.loadMs.toFixed(0)} ms`);
    },
    180_000,
  );
});
