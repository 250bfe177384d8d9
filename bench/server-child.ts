// Child-process entry: the local server over the real Lambda handlers, alone in its process so its RSS is its own.
import type { AddressInfo } from 'node:net';
import { createLocalServer } from '../functions/local/server.ts';

// The handlers read TABLE_NAME, DYNAMODB_ENDPOINT and BRIEFING_API_TOKEN at import; the parent sets them.
const graphql = await import('../functions/graphql.ts');
const briefing = await import('../functions/briefing.ts');

const server = createLocalServer({ graphql: graphql.handler, briefing: briefing.handler }, (line) => console.error(line));
// Keep-alive sockets from the load generator must not outlive a load phase by much, nor be cut mid-run.
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'listening', port: (server.address() as AddressInfo).port });
});

process.on('message', (message: { type?: string }) => {
  if (message?.type === 'stop') server.close(() => process.exit(0));
});
// The parent going away must take the server with it.
process.on('disconnect', () => process.exit(0));
