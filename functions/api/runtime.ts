// What a handler needs once per container: config, the DynamoDB client and repository, Powertools, the API token.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { loadConfig } from '../config.ts';
import { createDynamoClient } from '../store/client.ts';
import { createRepository } from '../store/repository.ts';

export const config = loadConfig();
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'negotiation-briefings' });
export const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'NegotiationBriefings' });
// Tracing is on only inside Lambda with X-Ray; locally the tracer stays silent.
export const tracer = new Tracer({ enabled: Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME) && process.env.POWERTOOLS_TRACE_ENABLED !== 'false' });

const client = tracer.captureAWSv3Client(createDynamoClient({ endpoint: config.dynamodbEndpoint, region: config.region }));
export const repo = createRepository({ client, tableName: config.tableName });

/** The API token: given directly (local, tests) or read from Secrets Manager once per cold start. */
export async function loadApiToken(): Promise<string | null> {
  if (config.apiToken) return config.apiToken;
  if (!config.apiTokenSecretArn) return null;
  const secrets = new SecretsManagerClient({ region: config.region ?? undefined });
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: config.apiTokenSecretArn }));
  secrets.destroy();
  return SecretString ?? null;
}
