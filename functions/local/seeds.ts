// The seed track and its articles, filed through the GraphQL API like any other article.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED_TRACK = { slug: 'russia-us-embassy-talks', title: 'Russia–US consultations on embassy operations' } as const;

export const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../seeds');

export function readSeedArticles(dir = SEEDS_DIR): { file: string; text: string }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

export type GraphQLPost = (query: string, variables: Record<string, unknown>) => Promise<{ data?: any; errors?: { message: string; extensions?: { code?: string } }[] }>;

export interface SeedLine {
  file: string;
  factsAdded: number;
  factsCorroborated: number;
  alreadyIngested: boolean;
  duplicateOf: string | null;
}

/** Creates the seed track when missing and files every seed article; returns one line per article. */
export async function seedTrack(post: GraphQLPost, dir = SEEDS_DIR): Promise<SeedLine[]> {
  const created = await post(
    'mutation ($input: CreateTrackInput!) { createTrack(input: $input) { slug } }',
    { input: SEED_TRACK },
  );
  const taken = created.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT' && /already taken/.test(e.message));
  if (created.errors && !taken) throw new Error(`createTrack failed: ${created.errors.map((e) => e.message).join('; ')}`);
  const lines: SeedLine[] = [];
  for (const { file, text } of readSeedArticles(dir)) {
    const result = await post(
      `mutation ($input: IngestArticleInput!) {
        ingestArticle(input: $input) { alreadyIngested factsAdded factsCorroborated article { duplicateOf { id } } }
      }`,
      { input: { track: SEED_TRACK.slug, text } },
    );
    if (result.errors) throw new Error(`ingestArticle failed for ${file}: ${result.errors.map((e) => e.message).join('; ')}`);
    const payload = result.data.ingestArticle;
    lines.push({
      file,
      factsAdded: payload.factsAdded,
      factsCorroborated: payload.factsCorroborated,
      alreadyIngested: payload.alreadyIngested,
      duplicateOf: payload.article.duplicateOf?.id ?? null,
    });
  }
  return lines;
}
