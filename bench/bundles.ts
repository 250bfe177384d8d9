// Lambda bundles: built with esbuild as the CDK construct builds them, then sized and cold-loaded in fresh node processes.
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { BRIEFING_ESBUILD_OPTIONS, BUNDLED_FONT_DIR } from '../functions/briefing/bundling.ts';
import { FONT_FILES } from '../functions/briefing/fonts.ts';
import { summarize, type Summary } from './stats.ts';

const execFileAsync = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BROTLI_STUB = join(ROOT, 'infra/bundling/brotli-decompress.ts');

export interface BundleResult {
  name: 'graphql' | 'briefing';
  bytes: number;
  sourceMapBytes: number;
  /** Everything shipped in the asset: bundle, map, fonts and data files. */
  assetBytes: number;
  /** `await import(bundle)` timed inside a fresh node, with the construct's NODE_OPTIONS (--enable-source-maps). */
  load: Summary;
  loadWithoutSourceMaps: Summary;
  /** Spawn to exit of that fresh node, as seen from outside. */
  processWall: Summary;
}

export interface BundleResults {
  optionsFrom: string;
  bundles: BundleResult[];
}

interface ConstructOptions {
  banner: string;
  fontFiles: readonly string[];
  source: string;
}

/** The construct's banner and the stack's font list when infra/ loads; the documented defaults otherwise. */
async function constructOptions(): Promise<ConstructOptions> {
  try {
    const { ESM_BANNER } = await import('../infra/constructs/handler-function.ts');
    const { BRIEFING_FONT_FILES } = await import('../infra/briefing-stack.ts');
    return { banner: ESM_BANNER, fontFiles: BRIEFING_FONT_FILES, source: 'infra/constructs/handler-function.ts (HandlerFunction bundling) + infra/briefing-stack.ts' };
  } catch (error) {
    return {
      banner: BRIEFING_ESBUILD_OPTIONS.banner.js,
      fontFiles: Object.values(FONT_FILES),
      source: `defaults from functions/briefing/bundling.ts (infra/ did not load: ${(error as Error).message.split('\n')[0]})`,
    };
  }
}

const RUNNER = `const started = performance.now();
await import('./index.mjs');
process.stdout.write(JSON.stringify({ loadMs: performance.now() - started }));
`;

async function coldLoads(dir: string, runs: number, nodeOptions: string): Promise<{ load: number[]; wall: number[] }> {
  const load: number[] = [];
  const wall: number[] = [];
  // The handler modules read config at import; no endpoint is ever contacted before the first request.
  const env = {
    PATH: process.env.PATH ?? '',
    TABLE_NAME: 'bench-cold-load',
    DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
    BRIEFING_API_TOKEN: 'cold-load-token',
    AWS_REGION: 'us-east-1',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    NODE_OPTIONS: nodeOptions,
  };
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { stdout } = await execFileAsync(process.execPath, ['runner.mjs'], { cwd: dir, env, timeout: 30_000 });
    wall.push(performance.now() - started);
    load.push((JSON.parse(stdout) as { loadMs: number }).loadMs);
  }
  return { load, wall };
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

const require = createRequire(import.meta.url);

export async function benchBundles(log: (line: string) => void, runs = 5): Promise<BundleResults> {
  const options = await constructOptions();
  const workDir = mkdtempSync(join(tmpdir(), 'bench-bundles-'));
  try {
    const bundles: BundleResult[] = [];
    for (const name of ['graphql', 'briefing'] as const) {
      const dir = join(workDir, name);
      mkdirSync(dir);
      // Mirrors HandlerFunction's bundling: ESM, node22, module-first resolution, everything bundled, minified, external map.
      const buildOptions: BuildOptions = {
        entryPoints: [join(ROOT, `functions/${name}.ts`)],
        outfile: join(dir, 'index.mjs'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node22',
        mainFields: ['module', 'main'],
        banner: { js: options.banner },
        minify: true,
        sourcemap: true,
        sourcesContent: false,
        logLevel: 'silent',
        ...(name === 'briefing' && existsSync(BROTLI_STUB) ? { alias: { 'brotli/decompress.js': BROTLI_STUB } } : {}),
      };
      await build(buildOptions);
      if (name === 'briefing') {
        // The stack's copyAssets: fonts next to the bundle, pdfkit's standard-font metrics and the imports map.
        const fontSource = dirname(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.regular}`));
        mkdirSync(join(dir, BUNDLED_FONT_DIR));
        for (const file of options.fontFiles) copyFileSync(join(fontSource, file), join(dir, BUNDLED_FONT_DIR, file));
        const standardFonts = join(ROOT, 'node_modules/pdfkit/js/standard-fonts');
        if (existsSync(standardFonts)) cpSync(standardFonts, join(dir, 'standard-fonts'), { recursive: true });
        writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, imports: { '#standard-fonts/*': './standard-fonts/*.cjs' } }));
      }
      writeFileSync(join(dir, 'runner.mjs'), RUNNER);
      log(`bundles: ${name} built, cold-loading it ${runs}× in fresh node processes`);
      const withMaps = await coldLoads(dir, runs, '--enable-source-maps');
      const withoutMaps = await coldLoads(dir, runs, '');
      bundles.push({
        name,
        bytes: statSync(join(dir, 'index.mjs')).size,
        sourceMapBytes: statSync(join(dir, 'index.mjs.map')).size,
        assetBytes: dirBytes(dir) - statSync(join(dir, 'runner.mjs')).size,
        load: summarize(withMaps.load),
        loadWithoutSourceMaps: summarize(withoutMaps.load),
        processWall: summarize(withMaps.wall),
      });
    }
    return { optionsFrom: options.source, bundles };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
