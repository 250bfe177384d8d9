// Adapts API Gateway HTTP API (payload 2.0) events to fetch Requests and Responses back, honouring base64 bodies.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export const MAX_BODY_BYTES = 1024 * 1024;

export function bodyBytes(event: APIGatewayProxyEventV2): Buffer | null {
  if (event.body == null) return null;
  return Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
}

export function originOf(event: APIGatewayProxyEventV2): string {
  const host = event.headers['x-forwarded-host'] ?? event.headers.host ?? event.requestContext.domainName ?? 'localhost';
  const proto = event.headers['x-forwarded-proto'] ?? (/^(localhost|127\.|\[::1\])/.test(host) ? 'http' : 'https');
  return `${proto}://${host}`;
}

export function toRequest(event: APIGatewayProxyEventV2, body: Buffer | null = bodyBytes(event)): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers ?? {})) if (value !== undefined) headers.set(name, value);
  if (event.cookies?.length) headers.set('cookie', event.cookies.join('; '));
  const url = `${originOf(event)}${event.rawPath}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`;
  const method = event.requestContext.http.method;
  return new Request(url, { method, headers, body: method === 'GET' || method === 'HEAD' || !body ? null : new Uint8Array(body) });
}

const TEXT_TYPES = /^(text\/|application\/(json|graphql-response\+json|javascript|xml)|image\/svg)/;

export async function fromResponse(response: Response): Promise<APIGatewayProxyStructuredResultV2> {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') cookies.push(value);
    else headers[name] = value;
  });
  const buffer = Buffer.from(await response.arrayBuffer());
  const isText = TEXT_TYPES.test(headers['content-type'] ?? 'text/plain');
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length ? { cookies } : {}),
    body: isText ? buffer.toString('utf8') : buffer.toString('base64'),
    isBase64Encoded: !isText,
  };
}

export function jsonError(statusCode: number, message: string, code: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
    isBase64Encoded: false,
  };
}
