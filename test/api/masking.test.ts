import { describe, expect, it } from 'vitest';
import { createApi } from '../../functions/api/yoga.ts';
import type { Repository } from '../../functions/store/repository.ts';

describe('unexpected errors', () => {
  it('are masked to a generic message with a request id, without stack or internals', async () => {
    const broken = {
      getTracks: async () => {
        throw new Error('secret internal detail: connection string user:pass@db');
      },
    } as unknown as Repository;
    const api = createApi({ repo: broken, token: null, corsOrigins: '*', publicUrl: null });
    const response = await api.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ track(slug: "any") { title } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    const [error] = body.errors;
    expect(error!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error!.extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error!.message).toContain(String(error!.extensions.requestId));
    expect(JSON.stringify(body)).not.toMatch(/secret internal detail|user:pass|at .*\.ts:\d+/);
  });
});
