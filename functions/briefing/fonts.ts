// Finds and reads the DejaVu TrueType fonts the briefing embeds, once per process.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

/** File names as shipped by the dejavu-fonts-ttf package; a deployment copies them as-is into `fonts/`. */
export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  oblique: 'DejaVuSans-Oblique.ttf',
} as const;

export type FontFace = keyof typeof FONT_FILES;
export type FontSet = Readonly<Record<FontFace, Buffer>>;

/** Directory env var that wins over every other location (tests, unusual layouts). */
export const FONT_DIR_ENV = 'BRIEFING_FONT_DIR';

export class BriefingFontError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BriefingFontError';
  }
}

/**
 * Where to look, in order: the env override, a `fonts/` folder next to this module's file
 * (in Lambda that file is the esbuild bundle, and node_modules is gone), then the npm package.
 */
export function fontDirCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const override = env[FONT_DIR_ENV];
  if (override) return [override];
  const dirs: string[] = [];
  // import.meta.url is empty when someone bundles this as CJS; skip that location rather than crash.
  try {
    dirs.push(join(dirname(fileURLToPath(import.meta.url)), 'fonts'));
  } catch {
    /* not a file URL */
  }
  try {
    const require = createRequire(import.meta.url);
    dirs.push(dirname(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.regular}`)));
  } catch {
    /* package not installed next to this file, e.g. inside a bundle */
  }
  return dirs;
}

/** First candidate directory that holds the regular face; the env override is trusted without a check so a typo fails loudly in `loadFonts`. */
export function resolveFontDir(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = fontDirCandidates(env);
  if (env[FONT_DIR_ENV]) return candidates[0]!;
  const found = candidates.find((dir) => existsSync(join(dir, FONT_FILES.regular)));
  if (!found) {
    throw new BriefingFontError(
      `DejaVu fonts not found (looked in: ${candidates.join(', ') || 'nowhere'}); set ${FONT_DIR_ENV} or ship fonts/*.ttf next to the bundle`,
    );
  }
  return found;
}

let cached: FontSet | undefined;

/** Reads the three faces on first use and keeps them for the life of the process (a Lambda container renders many briefings). */
export function loadFonts(): FontSet {
  if (cached) return cached;
  const dir = resolveFontDir();
  const read = (face: FontFace): Buffer => {
    const file = join(dir, FONT_FILES[face]);
    try {
      return readFileSync(file);
    } catch (cause) {
      throw new BriefingFontError(`Cannot read font ${file}`, { cause });
    }
  };
  cached = { regular: read('regular'), bold: read('bold'), oblique: read('oblique') };
  return cached;
}

/** The parts of a fontkit font pdfkit needs to recognise it as an already-parsed font (see PDFFontFactory.open). */
export interface ParsedFont {
  layout: (...args: never[]) => unknown;
  postscriptName: string;
}

export type ParsedFontSet = Readonly<Record<FontFace, ParsedFont>>;

let parsed: ParsedFontSet | undefined;

/**
 * The three faces parsed once and shared by every document. pdfkit accepts a parsed fontkit font wherever
 * it accepts font bytes; given bytes, it re-parses the TTF tables (cmap, GSUB, GPOS, name) for every
 * document, which is ~95% of a render. Sharing is safe: each document still builds its own subset, and
 * a render runs synchronously from first glyph to encoded subset, so two renders never interleave.
 * pdfkit does not export fontkit, and fontkit is not our dependency, so pdfkit parses them for us here.
 */
export function loadParsedFonts(): ParsedFontSet {
  if (parsed) return parsed;
  const bytes = loadFonts();
  const parse = (face: FontFace): ParsedFont => {
    const doc = new PDFDocument({ autoFirstPage: false, font: bytes[face] } as unknown as PDFKit.PDFDocumentOptions);
    const font = (doc as unknown as { _font?: { font?: ParsedFont } })._font?.font;
    if (typeof font?.layout !== 'function') {
      throw new BriefingFontError(`pdfkit did not expose a parsed font for ${FONT_FILES[face]}; has its internals changed?`);
    }
    return font;
  };
  parsed = { regular: parse('regular'), bold: parse('bold'), oblique: parse('oblique') };
  return parsed;
}
