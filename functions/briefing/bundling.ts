// esbuild settings the briefing renderer needs when bundled for Lambda; shared by the bundle test and the CDK stack.

/** Where `loadFonts` looks next to the bundle: copy these files into `<bundle dir>/fonts/`. */
export const BUNDLED_FONT_DIR = 'fonts';

/**
 * Options to pass to esbuild (or NodejsFunction `bundling`) for any entry that imports the renderer.
 * - ESM only: pdfkit computes a data-file URL from `import.meta.url` at load; in CJS output that is empty
 *   and the bundle throws "TypeError: Invalid URL" before any handler runs.
 * - The banner gives bundled CommonJS dependencies a real `require`. Its import must be aliased: pdfkit's
 *   own top-level `import { createRequire } from "module"` ends up in the same scope, and the usual
 *   `import { createRequire } from 'module'` banner fails with "Identifier 'createRequire' has already been declared".
 */
export const BRIEFING_ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  minify: true,
  banner: {
    js: "import { createRequire as topLevelCreateRequire } from 'module'; const require = topLevelCreateRequire(import.meta.url);",
  },
} as const;
