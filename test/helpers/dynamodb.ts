// Per-file DynamoDB Local table for tests of data access.
import { DynamoDBClient, DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { LOCAL_CREDENTIALS } from '../../functions/local/dynamodb-local.ts';
import { ensureTable } from '../../functions/store/table.ts';

export interface TestTable {
  client: DynamoDBClient;
  tableName: string;
  endpoint: string;
  drop(): Promise<void>;
}

export function createTestClient(endpoint = inject('dynamodbEndpoint')): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'local', credentials: LOCAL_CREDENTIALS });
}

export async function createTestTable(prefix = 'test'): Promise<TestTable> {
  const endpoint = inject('dynamodbEndpoint');
  const client = createTestClient(endpoint);
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  await ensureTable(client, tableName);
  return {
    client,
    tableName,
    endpoint,
    drop: async () => {
      await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      client.destroy();
    },
  };
}
