// The GraphQL documents the bench sends: a round page, the same for every round, and a dashboard over all tracks.
import { SEED_TRACK } from '../functions/local/seeds.ts';

export const BENCH_SLUG = SEED_TRACK.slug;
export const BENCH_ROUND = 2;

const ROUND_FIELDS = `
  number status date city venue
  delegations { party headTitle }
  duration { text minMinutes maxMinutes }
  conflicts { field party values { text citations { source { name } } } }
  facts(first: 50) { totalCount edges { node { text kind sourceCount citations { quote source { name } } } } }`;

export const ROUND_QUERY = `query Round($slug: String!) { track(slug: $slug) { round(number: ${BENCH_ROUND}) { ${ROUND_FIELDS} } } }`;

export const ALL_ROUNDS_QUERY = `query Rounds($slug: String!) { track(slug: $slug) { rounds { ${ROUND_FIELDS} } } }`;

export const DASHBOARD_QUERY = `query Dashboard {
  tracks(first: 20) { edges { node { slug title parties rounds {
    number status date city
    delegations { party headTitle head { name } }
    conflicts { field party values { text citations { source { name } } } }
    sources { name }
    facts(first: 50) { totalCount edges { node { text kind sourceCount citations { quote source { name } } } } }
  } } } }
}`;

export const graphqlBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

export const ROUND_BODY = graphqlBody(ROUND_QUERY, { slug: BENCH_SLUG });
export const ALL_ROUNDS_BODY = graphqlBody(ALL_ROUNDS_QUERY, { slug: BENCH_SLUG });
export const DASHBOARD_BODY = graphqlBody(DASHBOARD_QUERY);

/**
 * A fresh object per call: yoga.fetch (@whatwg-node) writes a content-length into the headers object it is given,
 * and a shared one then carried a stale length into every later request (autocannon's included).
 */
export const graphqlHeaders = (): Record<string, string> => ({ 'content-type': 'application/json', accept: 'application/graphql-response+json' });

export const BRIEFING_PATH = `/briefings/${BENCH_SLUG}/${BENCH_ROUND}.pdf`;
