// The whole service in one stack: table, API token, two functions behind an HTTP API, alarms.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { createTableInput, TTL_ATTRIBUTE } from '../functions/store/table.ts';
import { DefinedTable } from './constructs/defined-table.ts';
import { HandlerFunction } from './constructs/handler-function.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Files in dejavu-fonts-ttf the renderer reads from `fonts/` next to its bundle. */
export const BRIEFING_FONT_FILES = [
  'DejaVuSans.ttf',
  'DejaVuSans-Bold.ttf',
  'DejaVuSans-Oblique.ttf',
  'DejaVuSansCondensed.ttf',
  'DejaVuSansCondensed-Bold.ttf',
] as const;

export interface BriefingStackProps extends StackProps {
  /** Origins allowed by CORS (also passed to the handlers); default any origin, since the API is public read-only. */
  corsOrigins?: string[];
  /** Public base URL the handlers put into links; default the API's own endpoint. */
  publicUrl?: string;
  logLevel?: string;
  throttle?: { rateLimit: number; burstLimit: number };
  /** Where the code lives; tests point this at stub handlers. */
  source?: { projectRoot: string; graphqlEntry: string; briefingEntry: string };
}

const SERVICE_NAME = 'negotiation-briefings';
const METRICS_NAMESPACE = 'NegotiationBriefings';

export class BriefingStack extends Stack {
  constructor(scope: Construct, id: string, props: BriefingStackProps = {}) {
    super(scope, id, props);
    const corsOrigins = props.corsOrigins?.length ? props.corsOrigins : ['*'];
    const throttle = props.throttle ?? { rateLimit: 50, burstLimit: 100 };
    const source = props.source ?? {
      projectRoot: PROJECT_ROOT,
      graphqlEntry: join(PROJECT_ROOT, 'functions/graphql.ts'),
      briefingEntry: join(PROJECT_ROOT, 'functions/briefing.ts'),
    };

    const table = new DefinedTable(this, 'Facts', {
      definition: createTableInput('facts'),
      timeToLiveAttribute: TTL_ATTRIBUTE,
    });

    const apiToken = new Secret(this, 'ApiToken', {
      description: 'Bearer token for GraphQL mutations (createTrack, ingestArticle, ...)',
      generateSecretString: { excludePunctuation: true, passwordLength: 40 },
    });

    // Created before the functions so PUBLIC_URL can default to its endpoint (the API itself does not depend on them).
    const httpApi = new HttpApi(this, 'Api', {
      description: 'Negotiation briefings: GraphQL and PDF briefings',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: corsOrigins,
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        allowHeaders: ['content-type', 'authorization', 'if-none-match'],
        exposeHeaders: ['etag'],
        maxAge: Duration.hours(1),
      },
    });
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new HttpStage(this, 'DefaultStage', {
      httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    const apiUrl = httpApi.apiEndpoint;

    const shared = {
      projectRoot: source.projectRoot,
      depsLockFilePath: join(source.projectRoot, 'package-lock.json'),
      environment: {
        CORS_ORIGINS: corsOrigins.join(','),
        PUBLIC_URL: props.publicUrl ?? apiUrl,
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
      },
    };

    const graphql = new HandlerFunction(this, 'Graphql', {
      ...shared,
      entry: source.graphqlEntry,
      description: 'GraphQL API: queries are public, mutations need the bearer token',
      // Ingesting an article runs the whole pipeline; stay under the HTTP API's 30 s integration limit.
      timeout: Duration.seconds(25),
      environment: { ...shared.environment, BRIEFING_API_TOKEN_SECRET_ARN: apiToken.secretArn },
    });
    graphql.bindTable({ table, access: 'readWrite' });
    apiToken.grantRead(graphql);

    const briefing = new HandlerFunction(this, 'Briefing', {
      ...shared,
      entry: source.briefingEntry,
      description: 'One-page PDF briefing per round',
      copyAssets: [
        ...BRIEFING_FONT_FILES.map((file) => ({ from: `node_modules/dejavu-fonts-ttf/ttf/${file}`, to: 'fonts' })),
        // pdfkit loads its standard-font metrics with createRequire('#standard-fonts/…') at run time, which esbuild
        // cannot inline; ship the files and the package.json "imports" map that resolves them.
        { from: 'node_modules/pdfkit/js/standard-fonts', to: '.' },
        // Read via new URL('./data/…', import.meta.url), only for PDF/A output.
        { from: 'node_modules/pdfkit/js/data/sRGB_IEC61966_2_1.icc', to: 'data' },
      ],
      assetPackageJson: { private: true, imports: { '#standard-fonts/*': './standard-fonts/*.cjs' } },
      // brotli's 750 KB dictionary would be a fifth of the bundle, parsed on every cold start, for WOFF2 we never load.
      aliases: { 'brotli/decompress.js': fileURLToPath(new URL('./bundling/brotli-decompress.ts', import.meta.url)) },
    });
    briefing.bindTable({ table, access: 'read' });

    httpApi.addRoutes({
      path: '/graphql',
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', graphql, {
        payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
      }),
    });
    // HTTP API path parameters cannot carry a literal suffix, so `{file}` is "<n>.pdf" and the handler parses it.
    httpApi.addRoutes({
      path: '/briefings/{track}/{file}',
      methods: [HttpMethod.GET],
      integration: new HttpLambdaIntegration('BriefingIntegration', briefing, {
        payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
      }),
    });

    for (const [name, fn] of [['Graphql', graphql], ['Briefing', briefing]] as const) {
      this.alarm(`${name}Errors`, fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }), 1);
      this.alarm(`${name}Throttles`, fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }), 1);
    }
    this.alarm('Api5xx', httpApi.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }), 5);

    new CfnOutput(this, 'ApiUrl', { value: apiUrl });
    new CfnOutput(this, 'GraphqlUrl', { value: `${apiUrl}/graphql` });
    new CfnOutput(this, 'BriefingUrlPattern', { value: `${apiUrl}/briefings/{track}/{n}.pdf` });
    new CfnOutput(this, 'ApiTokenSecretName', { value: apiToken.secretName });
    new CfnOutput(this, 'TableName', { value: table.tableName });

    this.acknowledgeNagFindings({ table, graphql, briefing, apiToken, httpApi });
  }

  private alarm(id: string, metric: IMetric, threshold: number): Alarm {
    return new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }

  /** Every accepted cdk-nag finding, with the reason it is accepted (cdk-nag 3 reads CDK's own acknowledgements). */
  private acknowledgeNagFindings(parts: {
    table: DefinedTable;
    graphql: HandlerFunction;
    briefing: HandlerFunction;
    apiToken: Secret;
    httpApi: HttpApi;
  }): void {
    const tableLogicalId = this.getLogicalId(parts.table.node.defaultChild as CfnTable);
    for (const fn of [parts.graphql, parts.briefing]) {
      Validations.of(fn).acknowledge({
        id: 'AwsSolutions-L1',
        reason: 'Pinned to nodejs22.x on purpose: the bundle targets node22 and is tested against it; upgrade deliberately.',
      });
      Validations.of(fn.role!).acknowledge(
        {
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions.',
        },
        {
          id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
          reason: "Queries on the table's own GSI (gsi1); the wildcard covers only this table's indexes.",
        },
      );
    }
    Validations.of(parts.apiToken).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'A static bearer token for the few people who ingest articles; rotated by hand (see DEPLOY.md), no rotation Lambda to maintain.',
    });
    // Acknowledged on the API so it covers each route, and nothing else in the stack.
    Validations.of(parts.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'The API is public read-only for dashboards; mutations check a bearer token (from Secrets Manager) in the GraphQL handler.',
    });
  }
}
