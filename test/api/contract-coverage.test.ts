import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TRACK, readSeedArticles } from '../../functions/local/seeds.ts';
import { createTestApi, type TestApi } from '../helpers/api.ts';

const contract: GraphQLSchema = buildSchema(readFileSync(new URL('../../schema/contract/contract.graphql', import.meta.url), 'utf8'));

/** Arguments a field must be given to answer on the seeds. */
const ARGS: Record<string, string> = { 'Track.round': '(number: 2)', 'Query.track': `(slug: "${SEED_TRACK.slug}")` };

/** Builds a selection of every contract field of `type`, `depth` levels down, and records what it selects. */
function select(type: GraphQLObjectType, depth: number, seen: Set<string>): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    const key = `${type.name}.${field.name}`;
    if (field.args.some((a) => isNonNullType(a.type)) && !ARGS[key]) continue;
    const args = ARGS[key] ?? '';
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(`${field.name}${args}`);
      seen.add(key);
    } else if (depth > 0) {
      const target = isInterfaceType(named) ? null : (named as GraphQLObjectType);
      const inner = target ? select(target, depth - 1, seen) : '__typename id';
      if (!inner) continue;
      parts.push(`${field.name}${args} { ${inner} }`);
      seen.add(key);
    }
  }
  return parts.join(' ');
}

describe('every field of the contract, read on the seeds', () => {
  let t: TestApi;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApi();
    await t.seed();
    const result = await t.post(`{
      track(slug: "${SEED_TRACK.slug}") { id round(number: 2) { id delegations { head { id } } facts(first: 1) { edges { node { id citations { article { id } source { id } } } } } } }
    }`);
    const track = result.data.track;
    const fact = track.round.facts.edges[0].node;
    Object.assign(ids, {
      Track: track.id,
      Round: track.round.id,
      Fact: fact.id,
      Article: fact.citations[0].article.id,
      Source: fact.citations[0].source.id,
      Person: track.round.delegations.find((d: { head: { id: string } | null }) => d.head).head.id,
    });
  }, 120_000);
  afterAll(() => t.table.drop());

  it('answers a generated query for each type and root field, and together they read every contract field', async () => {
    const seen = new Set<string>();
    const queries: string[] = [];
    for (const [typename, id] of Object.entries(ids)) {
      const type = contract.getType(typename) as GraphQLObjectType;
      queries.push(`{ node(id: "${id}") { ... on ${typename} { ${select(type, 2, seen)} } } }`);
    }
    // Two fields sit one level deeper than the generated queries reach.
    queries.push(`{ node(id: "${ids.Round}") { ... on Round { duration { reports { citations { quote } } } } } }`);
    queries.push(`{ node(id: "${ids.Track}") { ... on Track { articles(first: 2) { edges { node { id } } } } } }`);
    seen.add('ReportedValue.citations').add('ArticleEdge.node').add('Query.node');
    const query = contract.getQueryType()!;
    for (const field of Object.values(query.getFields())) {
      if (field.name === 'node') continue;
      const key = `Query.${field.name}`;
      const named = getNamedType(field.type) as GraphQLObjectType;
      queries.push(`{ ${field.name}${ARGS[key] ?? ''} { ${select(named, 2, seen)} } }`);
      seen.add(key);
    }
    for (const q of queries) {
      const result = await t.post(q);
      expect(result.errors, `${q.slice(0, 120)}…\n${JSON.stringify(result.errors)}`).toBeUndefined();
    }

    // Mutations and their payload: a re-ingestion of a seed answers every payload field without writing.
    const payload = contract.getType('IngestArticlePayload') as GraphQLObjectType;
    const [first] = readSeedArticles();
    const ingest = await t.post(
      `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { ${select(payload, 1, seen)} } }`,
      { input: { track: SEED_TRACK.slug, text: first!.text, source: 'TASS', url: 'https://tass.com/x', publishedAt: '2025-04-10', title: 'T' } },
    );
    expect(ingest.errors).toBeUndefined();
    const created = await t.post(`mutation { createTrack(input: { slug: "coverage-extra", title: "Extra" }) { ${select(contract.getType('Track') as GraphQLObjectType, 0, seen)} } }`);
    expect(created.errors).toBeUndefined();
    seen.add('Mutation.ingestArticle').add('Mutation.createTrack');

    const all = Object.values(contract.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
    expect(all.filter((key) => !seen.has(key))).toEqual([]);
  });
});
