// Configuration, read once from the environment and typed; a missing required variable fails fast by name.

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function getStringFromEnv(name: string, options: { default?: string } = {}): string {
  const value = process.env[name]?.trim();
  if (value) return value;
  if (options.default !== undefined) return options.default;
  throw new ConfigError(`Environment variable ${name} is required but not set.`);
}

const optional = (name: string): string | null => process.env[name]?.trim() || null;

export interface Config {
  tableName: string;
  /** DynamoDB Local or another compatible engine; null on AWS. */
  dynamodbEndpoint: string | null;
  region: string | null;
  /** The API token itself (local runs, tests) ... */
  apiToken: string | null;
  /** ... or the Secrets Manager secret that holds it (AWS). */
  apiTokenSecretArn: string | null;
  /** '*' or a list of origins allowed to call the API from a browser. */
  corsOrigins: string[] | '*';
  /** Absolute base URL for links (briefingUrl); else the request's own host. */
  publicUrl: string | null;
}

export function loadConfig(): Config {
  const cors = optional('CORS_ORIGINS');
  const publicUrl = optional('PUBLIC_URL');
  if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new ConfigError(`PUBLIC_URL must be an absolute http(s) URL, got "${publicUrl}".`);
  }
  return {
    tableName: getStringFromEnv('TABLE_NAME', { default: 'negotiation-briefings' }),
    dynamodbEndpoint: optional('DYNAMODB_ENDPOINT'),
    region: optional('AWS_REGION'),
    apiToken: optional('BRIEFING_API_TOKEN'),
    apiTokenSecretArn: optional('BRIEFING_API_TOKEN_SECRET_ARN'),
    corsOrigins: !cors || cors === '*' ? '*' : cors.split(',').map((o) => o.trim()).filter(Boolean),
    publicUrl: publicUrl ? publicUrl.replace(/\/+$/, '') : null,
  };
}
