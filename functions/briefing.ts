// Lambda entry for /briefings/{track}/{n}.pdf: one-page PDF of a round, rendered from the table on each request.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { serveBriefing } from './api/briefing-route.ts';
import { jsonError } from './api/lambda-http.ts';
import { logger, metrics, repo } from './api/runtime.ts';
import { DomainError } from './core/errors.ts';
import { warmUpBriefing } from './briefing/render.ts';

// Parse the fonts and shape a sample page during Lambda init, so the first request does not pay for it.
const warm = warmUpBriefing().catch((error: unknown) => logger.error('Briefing warm-up failed', { error: error as Error }));

export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  logger.addContext(context ?? ({} as Context));
  await warm;
  const [, , track, file] = event.rawPath.split('/');
  try {
    const result = await serveBriefing(repo, {
      track: event.pathParameters?.track ?? track,
      file: event.pathParameters?.file ?? file,
      paper: event.queryStringParameters?.paper?.toLowerCase() ?? null,
      ifNoneMatch: event.headers['if-none-match'] ?? null,
    });
    metrics.addMetric(result.statusCode === 200 ? 'BriefingsRendered' : 'BriefingsNotRendered', 'Count', 1);
    return result;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'UNAVAILABLE') return jsonError(503, error.message, error.code);
    logger.error('Briefing failed', { error: error as Error });
    return jsonError(500, 'The briefing could not be rendered; the error was logged.', 'INTERNAL_SERVER_ERROR');
  } finally {
    metrics.publishStoredMetrics();
  }
}
