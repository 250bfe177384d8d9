// A Node.js Lambda with this project's fixed runtime, bundling, logging and table binding.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** A file or folder (relative to the project root) that the bundle needs at run time, and where it goes in the asset. */
export interface AssetCopy {
  from: string;
  /** Folder inside the asset, '.' for its root. */
  to: string;
}

export interface HandlerFunctionProps
  extends Omit<NodejsFunctionProps, 'runtime' | 'architecture' | 'bundling' | 'logGroup' | 'role' | 'tracing'> {
  entry: string;
  projectRoot: string;
  depsLockFilePath: string;
  /** Copied after esbuild ran; for data files a bundled dependency reads from disk. */
  copyAssets?: AssetCopy[];
  /** Written into the asset root as package.json; lets `require('#name')` in bundled code resolve to copied files. */
  assetPackageJson?: Record<string, unknown>;
  /** esbuild `--alias` entries (import path → absolute file), to swap out modules the function never uses. */
  aliases?: Record<string, string>;
  logRetention?: RetentionDays;
}

export type TableAccess = 'read' | 'readWrite';

/**
 * ESM needs `require`, `__filename` and `__dirname` for the CommonJS dependencies esbuild inlines;
 * the imports are aliased so they cannot clash with names esbuild emits itself.
 */
export const ESM_BANNER = [
  "import { createRequire as __bannerCreateRequire } from 'node:module';",
  "import { fileURLToPath as __bannerFileURLToPath } from 'node:url';",
  "import { dirname as __bannerDirname } from 'node:path';",
  'const require = __bannerCreateRequire(import.meta.url);',
  'const __filename = __bannerFileURLToPath(import.meta.url);',
  'const __dirname = __bannerDirname(__filename);',
].join(' ');

export class HandlerFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    const { copyAssets = [], assetPackageJson, aliases = {}, logRetention = RetentionDays.ONE_MONTH, environment, ...rest } = props;
    // Our own role instead of AWSLambdaBasicExecutionRole: it may write only to this function's log group.
    const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: logRetention, removalPolicy: RemovalPolicy.DESTROY });
    logGroup.grantWrite(role);
    super(scope, id, {
      memorySize: 1024,
      timeout: Duration.seconds(10),
      ...rest,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      tracing: Tracing.ACTIVE,
      role,
      logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        ...environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        banner: ESM_BANNER,
        // Bundle the AWS SDK too: the version we test is the one that runs, not whatever the runtime ships.
        externalModules: [],
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        esbuildArgs: Object.keys(aliases).length
          ? { '--alias': Object.entries(aliases).map(([from, to]) => `${from}=${to}`) }
          : undefined,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => [
            ...copyAssets.flatMap(({ from, to }) => [
              `mkdir -p "${outputDir}/${to}"`,
              `cp -R "${inputDir}/${from}" "${outputDir}/${to}/"`,
            ]),
            ...(assetPackageJson
              ? [`echo '${JSON.stringify(assetPackageJson)}' > "${outputDir}/package.json"`]
              : []),
          ],
        },
      },
    });
  }

  /** Points the function at the table and grants only the access it asks for. */
  bindTable({ table, access }: { table: ITable; access: TableAccess }): void {
    this.addEnvironment('TABLE_NAME', table.tableName);
    if (access === 'read') table.grantReadData(this);
    else table.grantReadWriteData(this);
  }
}
