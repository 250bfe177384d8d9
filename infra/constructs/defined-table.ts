// A DynamoDB table built from the same CreateTable input the local bootstrap uses, so the two cannot drift.
import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  Table,
  TableEncryption,
  type Attribute,
} from 'aws-cdk-lib/aws-dynamodb';
import type { CreateTableCommandInput, KeySchemaElement } from '@aws-sdk/client-dynamodb';
import type { Construct } from 'constructs';

export interface DefinedTableProps {
  /** The shared definition; its TableName is ignored so CloudFormation names the table per stack. */
  definition: CreateTableCommandInput;
  timeToLiveAttribute?: string;
}

export class DefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DefinitionError';
  }
}

const ATTRIBUTE_TYPES: Record<string, AttributeType> = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
};

function keysOf(definition: CreateTableCommandInput, keySchema: KeySchemaElement[] | undefined) {
  const attribute = (keyType: 'HASH' | 'RANGE'): Attribute | undefined => {
    const name = keySchema?.find((key) => key.KeyType === keyType)?.AttributeName;
    if (!name) return undefined;
    const type = definition.AttributeDefinitions?.find((a) => a.AttributeName === name)?.AttributeType;
    const mapped = type ? ATTRIBUTE_TYPES[type] : undefined;
    if (!mapped) throw new DefinitionError(`Key attribute ${name} has no usable AttributeDefinition`);
    return { name, type: mapped };
  };
  const partitionKey = attribute('HASH');
  if (!partitionKey) throw new DefinitionError('Key schema has no HASH key');
  return { partitionKey, sortKey: attribute('RANGE') };
}

/** The production table: on demand, recoverable, encrypted with the AWS managed key, and hard to delete by accident. */
export class DefinedTable extends Table {
  constructor(scope: Construct, id: string, { definition, timeToLiveAttribute }: DefinedTableProps) {
    if (definition.BillingMode !== 'PAY_PER_REQUEST') {
      throw new DefinitionError('The shared definition must be on demand (PAY_PER_REQUEST)');
    }
    super(scope, id, {
      ...keysOf(definition, definition.KeySchema),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute,
    });
    for (const index of definition.GlobalSecondaryIndexes ?? []) {
      if (!index.IndexName) throw new DefinitionError('A global secondary index has no name');
      if (index.Projection?.ProjectionType !== 'ALL') {
        throw new DefinitionError(`Index ${index.IndexName}: only ProjectionType ALL is mapped`);
      }
      this.addGlobalSecondaryIndex({
        indexName: index.IndexName,
        ...keysOf(definition, index.KeySchema),
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
