// Seeds a deployed API: creates the embassy-talks track and ingests every article in seeds/ (`npm run seed -- --url … --token …`).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

export const SEED_TRACK = {
  slug: 'russia-us-embassy-talks',
  title: 'Russia–US consultations on embassy operations',
} as const;

export class SeedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SeedError';
  }
}

interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: GraphqlError[];
}

export interface SeedClient {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
}

/** A GraphQL client over global fetch; `url` is the API base (the stack's ApiUrl output) or its /graphql URL. */
export function createSeedClient({ url, token }: { url: string; token: string }): SeedClient {
  const endpoint = url.replace(/\/+$/, '').replace(/(\/graphql)?$/, '/graphql');
  return {
    async request<T>(query: string, variables?: Record<string, unknown>) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
      } catch (cause) {
        throw new SeedError(`Cannot reach ${endpoint}`, { cause });
      }
      const text = await response.text();
      try {
        return JSON.parse(text) as GraphqlResponse<T>;
      } catch (cause) {
        throw new SeedError(`${endpoint} answered ${response.status} with non-JSON: ${text.slice(0, 200)}`, { cause });
      }
    },
  };
}

const CREATE_TRACK = /* GraphQL */ `
  mutation CreateTrack($input: CreateTrackInput!) {
    createTrack(input: $input) { slug }
  }
`;

const INGEST_ARTICLE = /* GraphQL */ `
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) { factsAdded alreadyIngested }
  }
`;

function describeErrors(errors: GraphqlError[]): string {
  return errors.map((e) => `${e.message}${e.extensions?.code ? ` [${e.extensions.code}]` : ''}`).join('; ');
}

/** Creates the track; a BAD_USER_INPUT error means the slug is taken, which on a re-run is what we want. */
export async function ensureSeedTrack(client: SeedClient): Promise<'created' | 'exists'> {
  const { data, errors } = await client.request<{ createTrack: { slug: string } }>(CREATE_TRACK, { input: SEED_TRACK });
  if (data?.createTrack) return 'created';
  if (errors?.length && errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT')) return 'exists';
  throw new SeedError(`createTrack failed: ${describeErrors(errors ?? [])}`);
}

export interface IngestResult {
  file: string;
  factsAdded: number;
  alreadyIngested: boolean;
}

export async function ingestSeedFile(client: SeedClient, file: string): Promise<IngestResult> {
  const text = await readFile(join(SEEDS_DIR, file), 'utf8');
  const { data, errors } = await client.request<{ ingestArticle: { factsAdded: number; alreadyIngested: boolean } }>(
    INGEST_ARTICLE,
    { input: { track: SEED_TRACK.slug, text } },
  );
  if (!data?.ingestArticle) throw new SeedError(`ingestArticle(${file}) failed: ${describeErrors(errors ?? [])}`);
  return { file, ...data.ingestArticle };
}

export async function listSeedFiles(): Promise<string[]> {
  return (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt')).sort();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, token: { type: 'string' } },
    strict: true,
  });
  const token = values.token ?? process.env.BRIEFING_API_TOKEN;
  if (!values.url || !token) {
    throw new SeedError('Usage: npm run seed -- --url <api-url> --token <token> (or BRIEFING_API_TOKEN in the environment)');
  }
  const client = createSeedClient({ url: values.url, token });
  console.log(`track ${SEED_TRACK.slug}: ${await ensureSeedTrack(client)}`);
  // One at a time: each ingestion merges into the facts the previous ones wrote.
  for (const file of await listSeedFiles()) {
    const result = await ingestSeedFile(client, file);
    console.log(`${file}: ${result.alreadyIngested ? 'already ingested' : `${result.factsAdded} facts added`}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  });
}
