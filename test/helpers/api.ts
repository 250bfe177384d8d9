// A yoga instance over a fresh DynamoDB Local table, with helpers to post GraphQL and count database calls.
import { createApi } from '../../functions/api/yoga.ts';
import { createRepository, type Repository } from '../../functions/store/repository.ts';
import { readSeedArticles, SEED_TRACK } from '../../functions/local/seeds.ts';
import { createTestTable, type TestTable } from './dynamodb.ts';

export const TEST_TOKEN = 'test-token-0123456789';

export interface GraphQLResult {
  status: number;
  contentType: string | null;
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestApi {
  table: TestTable;
  repo: Repository;
  api: ReturnType<typeof createApi>;
  /** SDK calls sent since the last reset. */
  calls: { count: number; commands: string[] };
  post(query: string, variables?: Record<string, unknown>, options?: { token?: string | null }): Promise<GraphQLResult>;
  seed(): Promise<void>;
}

export async function createTestApi(options: { publicUrl?: string | null } = {}): Promise<TestApi> {
  const table = await createTestTable('api');
  const calls = { count: 0, commands: [] as string[] };
  table.client.middlewareStack.add(
    (next, context) => async (args) => {
      calls.count++;
      calls.commands.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'countCalls' },
  );
  const repo = createRepository({ client: table.client, tableName: table.tableName });
  const api = createApi({ repo, token: TEST_TOKEN, corsOrigins: '*', publicUrl: options.publicUrl ?? null });
  const post: TestApi['post'] = async (query, variables = {}, { token = TEST_TOKEN } = {}) => {
    const response = await api.fetch('http://localhost:4000/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResult, 'status' | 'contentType'>;
    return { status: response.status, contentType: response.headers.get('content-type'), ...body };
  };
  const seed = async () => {
    await post('mutation ($input: CreateTrackInput!) { createTrack(input: $input) { slug } }', { input: SEED_TRACK });
    for (const { text } of readSeedArticles()) {
      const result = await post(
        'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { factsAdded } }',
        { input: { track: SEED_TRACK.slug, text } },
      );
      if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
    }
  };
  return { table, repo, api, calls, post, seed };
}
