import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../functions/store/table.ts';
import { createTestTable, type TestTable } from '../helpers/dynamodb.ts';

describe('table definition', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await createTestTable();
  });
  afterAll(() => table.drop());

  it('creates the table with its GSI on DynamoDB Local', async () => {
    const { Table } = await table.client.send(new DescribeTableCommand({ TableName: table.tableName }));
    expect(Table?.KeySchema?.map((k) => k.AttributeName)).toEqual(['pk', 'sk']);
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName)).toEqual(['gsi1']);
  });

  it('leaves an existing table alone', async () => {
    expect(await ensureTable(table.client, table.tableName)).toBe(false);
  });
});
