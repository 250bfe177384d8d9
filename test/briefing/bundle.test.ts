// Bundles the renderer the way Lambda gets it (esbuild ESM, fonts/ beside the bundle, no node_modules) and renders in a fresh node.

import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { BRIEFING_ESBUILD_OPTIONS, BUNDLED_FONT_DIR } from '../../functions/briefing/bundling.ts';
import { FONT_DIR_ENV, FONT_FILES } from '../../functions/briefing/fonts.ts';
import { unicodeBriefing } from '../helpers/briefing-fixtures.ts';
import { flatText, parsePdf } from '../helpers/pdf.ts';

const run = promisify(execFile);
const entry = fileURLToPath(new URL('../../functions/briefing/render.ts', import.meta.url));
const fontSource = dirname(createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.regular}`));
const workDir = mkdtempSync(join(tmpdir(), 'briefing-bundle-'));

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('bundled renderer', () => {
  it('renders from an esbuild ESM bundle with only fonts/ beside it', async () => {
    const result = await build({
      ...BRIEFING_ESBUILD_OPTIONS,
      entryPoints: [entry],
      outfile: join(workDir, 'index.mjs'),
      logLevel: 'silent',
    });
    mkdirSync(join(workDir, BUNDLED_FONT_DIR));
    for (const file of Object.values(FONT_FILES)) {
      copyFileSync(join(fontSource, file), join(workDir, BUNDLED_FONT_DIR, file));
    }
    writeFileSync(join(workDir, 'data.json'), JSON.stringify(unicodeBriefing()));
    writeFileSync(
      join(workDir, 'run.mjs'),
      [
        "import { readFileSync, writeFileSync } from 'node:fs';",
        "import { renderBriefing } from './index.mjs';",
        "const data = JSON.parse(readFileSync(new URL('./data.json', import.meta.url), 'utf8'));",
        "writeFileSync(new URL('./out.pdf', import.meta.url), await renderBriefing(data, {}));",
      ].join('\n'),
    );

    const env = { ...process.env };
    delete env[FONT_DIR_ENV];
    await run(process.execPath, ['run.mjs'], { cwd: workDir, env });
    const text = flatText(await parsePdf(readFileSync(join(workDir, 'out.pdf'))));

    expect(result.errors).toEqual([]);
    expect(text).toContain('Дарчиев');
    expect(text).toContain('Çırağan');
  });
});
