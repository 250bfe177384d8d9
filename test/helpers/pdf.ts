// Parses a PDF with pdfjs-dist so tests can assert on what a reader sees: pages, their size, their text, the info dictionary.

import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

export interface ParsedPdf {
  pageCount: number;
  /** Per page: [x0, y0, x1, y1] in points. */
  pageBoxes: number[][];
  /** Per page: text items joined, one line per text line, spaces collapsed. */
  pages: string[];
  info: Record<string, unknown>;
}

// pdfjs-dist 6 targets Node >= 22 and calls Promise.withResolvers, which Node 20 lacks.
function polyfillWithResolvers(): void {
  const P = Promise as unknown as { withResolvers?: () => unknown };
  if (P.withResolvers) return;
  P.withResolvers = () => {
    let resolve!: (v: unknown) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

export async function parsePdf(bytes: Uint8Array): Promise<ParsedPdf> {
  polyfillWithResolvers();
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs transfers the buffer it is given; a copy leaves the caller's bytes intact.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    const pageBoxes: number[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      pageBoxes.push([...page.view]);
      const content = await page.getTextContent();
      const text = content.items
        .filter((item): item is TextItem => 'str' in item)
        .map((item) => item.str + (item.hasEOL ? '\n' : ''))
        .join('');
      pages.push(
        text
          .split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join('\n'),
      );
    }
    const { info } = await pdf.getMetadata();
    return { pageCount: pdf.numPages, pageBoxes, pages, info: info as Record<string, unknown> };
  } finally {
    await task.destroy();
  }
}

/** All pages' text as one string with wrapped lines joined, for "does the page say X" assertions. */
export function flatText(parsed: ParsedPdf): string {
  return parsed.pages.join('\n').replace(/\s+/g, ' ');
}
