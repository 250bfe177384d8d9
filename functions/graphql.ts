// Lambda entry for /graphql: adapts the HTTP API event, lets yoga answer, maps the response back.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createApi } from './api/yoga.ts';
import { MAX_BODY_BYTES, bodyBytes, fromResponse, jsonError, toRequest } from './api/lambda-http.ts';
import { config, loadApiToken, logger, metrics, repo } from './api/runtime.ts';

const api = loadApiToken().then((token) =>
  createApi({ repo, token, corsOrigins: config.corsOrigins, publicUrl: config.publicUrl, logger }),
);

export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  logger.addContext(context ?? ({} as Context));
  const body = bodyBytes(event);
  if (body && body.byteLength > MAX_BODY_BYTES) {
    return jsonError(413, `Request body is ${body.byteLength} bytes; the limit is ${MAX_BODY_BYTES} bytes (1 MiB).`, 'PAYLOAD_TOO_LARGE');
  }
  const response = await (await api).fetch(toRequest(event, body));
  metrics.addMetric('GraphQLRequests', 'Count', 1);
  metrics.publishStoredMetrics();
  return fromResponse(response);
}
