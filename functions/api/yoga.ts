// The GraphQL server (graphql-yoga over the Pothos schema), created once per process; tests call `yoga.fetch`.
import { Logger } from '@aws-lambda-powertools/logger';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, parse } from 'graphql';
import { createGraphQLError, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { randomUUID } from 'node:crypto';
import { schema } from '../../schema/index.ts';
import type { GraphQLContext } from '../../schema/context.ts';
import { DomainError } from '../core/errors.ts';
import { createLoaders } from '../store/loaders.ts';
import type { Repository } from '../store/repository.ts';
import { hasValidToken } from './auth.ts';

export interface ApiOptions {
  repo: Repository;
  token: string | null;
  corsOrigins: string[] | '*';
  publicUrl: string | null;
  logger?: Logger;
}

/** Limits against abusive queries, near graphql-armor's defaults. */
// Depth sits above armor's 8 because the contract's own dashboard shape needs it: tracks → edges → node → rounds →
// facts → edges → node → citations → source → name is depth 10. Cost is limited by the schema's complexity plugin
// (schema/builder.ts), which multiplies by page sizes; armor's depth-weighted cost cannot tell a dashboard from an attack.
export const QUERY_LIMITS = { depth: 10, tokens: 1000, aliases: 15, directives: 50 } as const;

const HTTP_STATUS: Partial<Record<DomainError['code'], number>> = { UNAVAILABLE: 503, UNAUTHENTICATED: 401 };

/** graphql-js's own token limit: parsing stops after `maxTokens` tokens, before any other work is done. */
export function useMaxTokens(maxTokens: number): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => parse(source, { ...options, maxTokens }));
    },
  };
}

/**
 * A request that never reached execution (rejected by a limit, invalid variables) answers 400, as GraphQL over HTTP
 * asks; errors that carry their own status (401, 503) keep it.
 */
export function useRejectedRequestStatus(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const { errors, data } = result as { errors?: readonly GraphQLError[]; data?: unknown };
      if (!errors?.length || data !== undefined) return;
      setResult({
        ...result,
        errors: errors.map((error) =>
          error.extensions?.http
            ? error
            : createGraphQLError(error.message, {
                nodes: error.nodes,
                path: error.path,
                extensions: { ...error.extensions, code: error.extensions?.code ?? 'BAD_REQUEST', http: { status: 400 } },
              }),
        ),
      } as typeof result);
    },
  };
}

export function createApi(options: ApiOptions): YogaServerInstance<Record<string, never>, GraphQLContext> {
  const logger = options.logger ?? new Logger({ serviceName: 'negotiation-briefings' });
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    batching: false,
    graphiql: { title: 'Negotiation briefings' },
    cors: {
      origin: options.corsOrigins === '*' ? '*' : options.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'accept'],
      credentials: false,
      maxAge: 600,
    },
    logging: {
      debug: () => undefined,
      info: (...args) => logger.info(String(args[0])),
      warn: (...args) => logger.warn(String(args[0])),
      // Expected errors (bad input, missing token) pass through here; unexpected ones are logged in maskError.
      error: (...args) => logger.debug(String(args[0])),
    },
    context: ({ request }) => ({
      repo: options.repo,
      loaders: createLoaders(options.repo),
      authenticated: hasValidToken(request.headers.get('authorization'), options.token),
      baseUrl: options.publicUrl ?? new URL(request.url).origin,
    }),
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof DomainError) {
          const status = HTTP_STATUS[original.code];
          return createGraphQLError(original.message, {
            ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
            extensions: { code: original.code, ...(status ? { http: { status } } : {}) },
          });
        }
        if (original instanceof GraphQLError) return original;
        if (error instanceof GraphQLError && !error.originalError) return error;
        const requestId = randomUUID();
        logger.error('Unexpected error while resolving a request', { requestId, error: original as Error });
        return createGraphQLError(`${message} Quote request id ${requestId} when reporting it.`, {
          ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        });
      },
    },
    plugins: [
      maxDepthPlugin({ n: QUERY_LIMITS.depth, flattenFragments: true }),
      useMaxTokens(QUERY_LIMITS.tokens),
      maxAliasesPlugin({ n: QUERY_LIMITS.aliases }),
      maxDirectivesPlugin({ n: QUERY_LIMITS.directives }),
      blockFieldSuggestionsPlugin(),
      useRejectedRequestStatus(),
    ],
  });
}
