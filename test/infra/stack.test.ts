// Template of BriefingStack (bundling skipped): table, functions, permissions, API, secret, alarms, outputs, cdk-nag.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefingStack } from '../../infra/briefing-stack.ts';
import { createTableInput, GSI1, TABLE_KEYS, TTL_ATTRIBUTE } from '../../functions/store/table.ts';

// The template does not depend on handler code, so stub entries keep this test independent of functions/.
function createStubSource() {
  const projectRoot = mkdtempSync(join(tmpdir(), 'briefing-stack-'));
  mkdirSync(join(projectRoot, 'functions'));
  writeFileSync(join(projectRoot, 'package-lock.json'), '{}');
  for (const name of ['graphql', 'briefing']) {
    writeFileSync(join(projectRoot, 'functions', `${name}.ts`), 'export const handler = async () => ({ statusCode: 200 });\n');
  }
  return {
    projectRoot,
    graphqlEntry: join(projectRoot, 'functions/graphql.ts'),
    briefingEntry: join(projectRoot, 'functions/briefing.ts'),
  };
}

const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

describe('BriefingStack', () => {
  let app: App;
  let stack: BriefingStack;
  let template: Template;
  let source: ReturnType<typeof createStubSource>;

  beforeAll(() => {
    source = createStubSource();
    app = new App({ outdir: join(source.projectRoot, 'cdk.out'), context: { 'aws:cdk:bundling-stacks': [] } });
    stack = new BriefingStack(app, 'Test', { source, corsOrigins: ['https://dash.example.org'] });
    template = Template.fromStack(stack);
  });

  afterAll(() => rmSync(source.projectRoot, { recursive: true, force: true }));

  function logicalIdOf(type: string, props: Record<string, unknown>): string {
    const ids = Object.keys(template.findResources(type, { Properties: Match.objectLike(props) }));
    expect(ids).toHaveLength(1);
    return ids[0]!;
  }

  function policyStatementsOfRole(roleId: string): Array<{ Action: string | string[] }> {
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
    });
    return Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement);
  }

  function roleOf(functionId: string): string {
    return template.toJSON().Resources[functionId].Properties.Role['Fn::GetAtt'][0];
  }

  it('builds the table keys and GSI from the shared definition', () => {
    const definition = createTableInput('ignored');
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: definition.KeySchema,
      AttributeDefinitions: Match.arrayEquals(definition.AttributeDefinitions!.map((a) => Match.objectEquals(a))),
      GlobalSecondaryIndexes: [
        {
          IndexName: GSI1.indexName,
          KeySchema: [
            { AttributeName: GSI1.partitionKey, KeyType: 'HASH' },
            { AttributeName: GSI1.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
    expect(definition.KeySchema![0]!.AttributeName).toBe(TABLE_KEYS.partitionKey);
  });

  it('makes the table on demand, recoverable, encrypted, with TTL and deletion protection', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      // SSEEnabled without a key ARN is the AWS managed key (aws/dynamodb), not the AWS owned default.
      SSESpecification: { SSEEnabled: true, KMSMasterKeyId: Match.absent() },
      DeletionProtectionEnabled: true,
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
    });
  });

  it('retains the table when the stack is deleted', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('runs both functions on nodejs22.x arm64 with tracing, the table name and Powertools settings', () => {
    for (const description of [Match.stringLikeRegexp('GraphQL'), Match.stringLikeRegexp('PDF')]) {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description: description,
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: Match.anyValue() },
        Environment: {
          Variables: Match.objectLike({
            TABLE_NAME: { Ref: Match.stringLikeRegexp('^Facts') },
            NODE_OPTIONS: '--enable-source-maps',
            CORS_ORIGINS: 'https://dash.example.org',
            PUBLIC_URL: Match.anyValue(),
            POWERTOOLS_SERVICE_NAME: 'negotiation-briefings',
            POWERTOOLS_METRICS_NAMESPACE: 'NegotiationBriefings',
            POWERTOOLS_LOG_LEVEL: 'INFO',
          }),
        },
      });
    }
  });

  it('gives only the graphql function the secret ARN', () => {
    const graphqlId = logicalIdOf('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('GraphQL') });
    const briefingId = logicalIdOf('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('PDF') });
    const resources = template.toJSON().Resources;
    expect(resources[graphqlId].Properties.Environment.Variables.BRIEFING_API_TOKEN_SECRET_ARN).toEqual({
      Ref: expect.stringMatching(/^ApiToken/),
    });
    expect(resources[briefingId].Properties.Environment.Variables).not.toHaveProperty('BRIEFING_API_TOKEN_SECRET_ARN');
  });

  it('lets the briefing role read the table but not write it or read the secret', () => {
    const briefingId = logicalIdOf('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('PDF') });
    const actions = policyStatementsOfRole(roleOf(briefingId)).flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem']));
    for (const action of [...WRITE_ACTIONS, 'secretsmanager:GetSecretValue']) expect(actions).not.toContain(action);
  });

  it('lets the graphql role write the table and read the secret', () => {
    const graphqlId = logicalIdOf('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('GraphQL') });
    const actions = policyStatementsOfRole(roleOf(graphqlId)).flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query', 'secretsmanager:GetSecretValue']));
  });

  it('uses no AWS managed policy on the function roles', () => {
    template.allResourcesProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });

  it('keeps function logs in their own log groups with retention', () => {
    template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 30 }, 3);
  });

  it('routes GraphQL and briefings to Lambda with payload format 2.0', () => {
    for (const routeKey of ['GET /graphql', 'POST /graphql', 'GET /briefings/{track}/{file}']) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: routeKey, Target: Match.anyValue() });
    }
    template.resourcePropertiesCountIs(
      'AWS::ApiGatewayV2::Integration',
      { IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' },
      2,
    );
  });

  it('answers CORS preflight for the configured origins', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: {
        AllowOrigins: ['https://dash.example.org'],
        AllowHeaders: ['content-type', 'authorization', 'if-none-match'],
        ExposeHeaders: ['etag'],
        AllowMethods: Match.arrayWith(['GET', 'POST']),
      },
    });
  });

  it('throttles and access-logs the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('\\$context.requestId') },
    });
  });

  it('generates a 40-character token without punctuation', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { ExcludePunctuation: true, PasswordLength: 40 },
    });
  });

  it('alarms on errors and throttles of each function and on API 5xx', () => {
    for (const metricName of ['Errors', 'Throttles']) {
      template.resourcePropertiesCountIs(
        'AWS::CloudWatch::Alarm',
        { Namespace: 'AWS/Lambda', MetricName: metricName, Threshold: 1 },
        2,
      );
    }
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'AWS/ApiGateway', MetricName: '5xx' });
  });

  it('outputs the GraphQL URL, briefing URL pattern, secret name and table name', () => {
    template.hasOutput('GraphqlUrl', { Value: { 'Fn::Join': ['', Match.arrayWith(['/graphql'])] } });
    template.hasOutput('BriefingUrlPattern', {
      Value: { 'Fn::Join': ['', Match.arrayWith(['/briefings/{track}/{n}.pdf'])] },
    });
    template.hasOutput('ApiTokenSecretName', { Value: Match.anyValue() });
    template.hasOutput('TableName', { Value: { Ref: Match.stringLikeRegexp('^Facts') } });
  });

  it('has no cdk-nag AwsSolutions finding that is not acknowledged with a reason', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    const findings = report.violations.map(
      (v) => `${v.ruleName} (${v.severity}): ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
  });
});
