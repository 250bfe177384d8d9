// Local HTTP server: routes requests to the same Lambda handlers that the CDK stack deploys.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { jsonError } from '../api/lambda-http.ts';
import { toApiGatewayEvent } from './api-gateway-event.ts';

type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface Handlers {
  graphql: Handler;
  briefing: Handler;
}

/** API Gateway's own payload limit; the GraphQL handler applies the stricter 1 MiB itself. */
const MAX_PAYLOAD = 10 * 1024 * 1024;

function send(res: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  const body = result.body ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  headers['content-length'] = String(body.byteLength);
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(body);
}


async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_PAYLOAD) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function createLocalServer(handlers: Handlers, log: (line: string) => void = () => undefined): Server {
  return createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const body = await readBody(req);
      if (body === null) {
        // Stop reading the rest of the upload: say so, close this connection, and let the client open a fresh one.
        const tooLarge = jsonError(413, 'Request body is larger than 10 MiB.', 'PAYLOAD_TOO_LARGE');
        send(res, { ...tooLarge, headers: { ...tooLarge.headers, connection: 'close' } });
        res.once('finish', () => req.destroy());
        return;
      }
      if (path === '/graphql') {
        send(res, await handlers.graphql(toApiGatewayEvent(req, body, { routeKey: `${req.method} /graphql` })));
        return;
      }
      const briefing = /^\/briefings\/([^/]+)\/([^/]+)$/.exec(path);
      if (briefing && (req.method === 'GET' || req.method === 'HEAD')) {
        const track = safeDecode(briefing[1]!);
        const file = safeDecode(briefing[2]!);
        if (track === null || file === null) {
          send(res, jsonError(400, 'The briefing path is not valid percent-encoding.', 'BAD_REQUEST'));
          return;
        }
        const pathParameters = { track, file };
        send(res, await handlers.briefing(toApiGatewayEvent(req, body, { routeKey: 'GET /briefings/{track}/{file}', pathParameters })));
        return;
      }
      if (path === '/' || path === '') {
        res.writeHead(302, { location: '/graphql' });
        res.end();
        return;
      }
      send(res, jsonError(404, `Nothing at ${path}. The API is at /graphql; briefings at /briefings/<track>/<round>.pdf.`, 'NOT_FOUND'));
    } catch (error) {
      log(`Request failed: ${(error as Error).message}`);
      if (!res.headersSent) send(res, jsonError(500, 'Unexpected error; it was logged.', 'INTERNAL_SERVER_ERROR'));
      else res.destroy();
    }
  });
}
